package org.jixiao.search;

import org.jixiao.model.IndicatorRecord;

/**
 * An indicator found by a search: the indicator's one record (what the index stores and every
 * lookup returns), and how the search found it. In the API's JSON ({@code api.JsonViews}) the
 * record's fields come first, flat, then
 * {@code type}, {@code score}, {@code foundBy} and {@code highlight}.
 *
 * @param highlight the name with matching text in {@code <em>}; everything else HTML-escaped
 */
public record IndicatorHit(IndicatorRecord record, float score, FoundBy foundBy, String highlight)
    implements Hit {

  @Override
  public String id() {
    return record.id();
  }

  @Override
  public String type() {
    return org.jixiao.index.Fields.TYPE_INDICATOR;
  }
}
