package org.jixiao.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jixiao.index.IndicatorRecord;

/**
 * An indicator found by a search: the indicator's one record (what the index stores and every
 * lookup returns), and how the search found it. In JSON the record's fields come first, flat, then
 * {@code type}, {@code score}, {@code foundBy} and {@code highlight}.
 *
 * @param highlight the name with matching text in {@code <em>}; everything else HTML-escaped
 */
@JsonPropertyOrder({"type"})
public record IndicatorHit(@JsonUnwrapped IndicatorRecord record, float score, FoundBy foundBy, String highlight)
    implements Hit {

  @Override
  public String id() {
    return record.id();
  }

  @Override
  @JsonProperty("type")
  public String type() {
    return org.jixiao.index.Fields.TYPE_INDICATOR;
  }

  static IndicatorHit of(IndicatorRecord r, float score, FoundBy foundBy, String highlight) {
    return new IndicatorHit(r, score, foundBy, highlight);
  }
}
