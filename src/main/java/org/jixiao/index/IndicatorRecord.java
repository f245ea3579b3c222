package org.jixiao.index;

import org.jixiao.ingest.concept.Concept;
import org.jixiao.ingest.concept.ConceptCatalog;
import java.util.List;
import org.jixiao.model.Document;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;

/**
 * An indicator with the context that places it (region, unit, project, year): what one indicator
 * entry of the index stores and what a search hit shows.
 *
 * @param concept the id of what the indicator measures (see {@code ConceptCatalog})
 * @param conceptLabel its readable label
 */
public record IndicatorRecord(
    String id,
    String documentId,
    String projectId,
    String kind,
    String city,
    String district,
    String department,
    String unit,
    String project,
    Integer year,
    String level1,
    String level2,
    String name,
    String level1Raw,
    String level2Raw,
    String formula,
    List<Target> targets,
    Evaluation evaluation,
    Provenance source,
    String concept,
    String conceptLabel) {

  public IndicatorRecord {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  static IndicatorRecord of(Document d, Project p, Indicator i) {
    Concept c = ConceptCatalog.standard().classify(i.name());
    return new IndicatorRecord(
        i.id(), d.id(), p.id(), d.kind().code(), p.city(), p.district(), p.department(), p.unit(), p.name(),
        d.year(), i.level1(), i.level2(), i.name(), i.level1Raw(), i.level2Raw(), i.formula(), i.targets(),
        i.evaluation(), i.source(), c.id(), c.label());
  }

  /** Where the indicator's unit sits: its district, else its city. */
  public String region() {
    return district != null ? district : city;
  }

  /** The indicator itself, without its context. */
  public Indicator indicator() {
    return new Indicator(id, level1, level2, name, level1Raw, level2Raw, formula, targets, evaluation, source);
  }

  /**
   * The annual target where given, else the first. In JSON as on every indicator the API gives (a
   * hit, a project's list, a lookup): {@code target} beside {@code targets}; not stored twice.
   */
  @com.fasterxml.jackson.annotation.JsonProperty("target")
  public Target target() {
    return indicator().target();
  }
}
