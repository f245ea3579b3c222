package org.jixiao.search;

import org.jixiao.model.ProjectRecord;

/**
 * A project found by a search: the project's one record, and how the search found it. In the API's
 * JSON ({@code api.JsonViews}) the record's fields come first, flat (the project's name is {@code
 * name}, as on every project the API gives), then {@code type}, {@code score}, {@code foundBy},
 * {@code highlight} and {@code snippet}.
 *
 * @param highlight the name with matching text in {@code <em>}; everything else HTML-escaped
 * @param snippet the sentence of the goal that matches best, highlighted the same way
 */
public record ProjectHit(ProjectRecord record, float score, FoundBy foundBy, String highlight, String snippet)
    implements Hit {

  @Override
  public String id() {
    return record.id();
  }

  @Override
  public String type() {
    return org.jixiao.index.Fields.TYPE_PROJECT;
  }
}
