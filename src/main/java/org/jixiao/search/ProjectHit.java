package org.jixiao.search;

import org.jixiao.index.ProjectRecord;
import org.jixiao.model.Budget;
import org.jixiao.model.Provenance;

/**
 * A project found by a search.
 *
 * @param highlight the name with matching text in {@code <em>}; everything else HTML-escaped
 * @param snippet the sentence of the goal that matches best, highlighted the same way
 */
public record ProjectHit(
    String id,
    String type,
    String city,
    String district,
    String department,
    String unit,
    String project,
    Integer year,
    Budget budget,
    String goal,
    int indicatorCount,
    Provenance source,
    float score,
    FoundBy foundBy,
    String highlight,
    String snippet)
    implements Hit {

  static ProjectHit of(ProjectRecord r, float score, FoundBy foundBy, String highlight, String snippet) {
    return new ProjectHit(
        r.id(), "project", r.city(), r.district(), r.department(), r.unit(), r.name(), r.year(), r.budget(),
        r.goal(), r.indicatorCount(), r.source(), score, foundBy, highlight, snippet);
  }
}
