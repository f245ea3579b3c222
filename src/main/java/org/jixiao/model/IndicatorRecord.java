package org.jixiao.model;

import java.util.List;

/**
 * What one indicator entry of the index stores and every lookup and hit carries: the indicator as
 * read, where it sits, and what it measures. The indicator and its placement are kept whole (the
 * model's own records); the accessors below read through them, so code that places an indicator
 * need not know which of the two holds a field. The API writes the record flat (see {@code
 * api.JsonViews}); the index stores it nested.
 *
 * @param concept what the indicator measures (see {@code ConceptCatalog}, which the index asks when
 *     it stores the record)
 */
public record IndicatorRecord(Indicator indicator, Placement placement, ConceptRef concept) {

  /** The id of what the indicator measures: what its concept's benchmark and peers are found by. */
  public String conceptId() {
    return concept.id();
  }

  public String conceptLabel() {
    return concept.label();
  }

  public String id() {
    return indicator.id();
  }

  public String name() {
    return indicator.name();
  }

  public String level1() {
    return indicator.level1();
  }

  public String level2() {
    return indicator.level2();
  }

  public String formula() {
    return indicator.formula();
  }

  public List<Target> targets() {
    return indicator.targets();
  }

  /** The annual target where given, else the first. */
  public Target target() {
    return indicator.target();
  }

  public Evaluation evaluation() {
    return indicator.evaluation();
  }

  public Provenance source() {
    return indicator.source();
  }

  public String documentId() {
    return placement.documentId();
  }

  public String projectId() {
    return placement.projectId();
  }

  public String documentKind() {
    return placement.documentKind();
  }

  public String city() {
    return placement.city();
  }

  public String district() {
    return placement.district();
  }

  public String department() {
    return placement.department();
  }

  public String unit() {
    return placement.unit();
  }

  /** The project's name. */
  public String project() {
    return placement.project();
  }

  public Integer year() {
    return placement.year();
  }

  /** Where the indicator's unit sits: its district, else its city. */
  public String region() {
    return placement.region();
  }
}
