package org.jixiao.search;

import org.jixiao.index.IndicatorRecord;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;

/**
 * An indicator found by a search, with the context that places it.
 *
 * @param target the annual target where given, else the first
 * @param highlight the name with matching text in {@code <em>}; everything else HTML-escaped
 * @param concept what the indicator measures (id), for its benchmark
 */
public record IndicatorHit(
    String id,
    String type,
    String city,
    String district,
    String department,
    String unit,
    String project,
    String projectId,
    Integer year,
    String level1,
    String level2,
    String name,
    String formula,
    Target target,
    java.util.List<Target> targets,
    Evaluation evaluation,
    Provenance source,
    float score,
    FoundBy foundBy,
    String highlight,
    String concept,
    String conceptLabel)
    implements Hit {

  static IndicatorHit of(IndicatorRecord r, float score, FoundBy foundBy, String highlight) {
    return new IndicatorHit(
        r.id(), "indicator", r.city(), r.district(), r.department(), r.unit(), r.project(), r.projectId(),
        r.year(), r.level1(), r.level2(), r.name(), r.formula(), r.target(), r.targets(), r.evaluation(),
        r.source(), score, foundBy, highlight, r.concept(), r.conceptLabel());
  }
}
