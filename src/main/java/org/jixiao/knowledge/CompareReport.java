package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Two or three districts, cities or units side by side.
 *
 * @param by the dimension compared (city, district or unit)
 * @param shared concepts every side measures, with each side's targets
 * @param only concepts only one side measures: side value → concepts
 */
public record CompareReport(String by, List<Side> sides, List<SharedConcept> shared, Map<String, List<ConceptRef>> only) {

  /**
   * One side.
   *
   * @param budget total budget of its projects in 万元; null when none of them states one
   * @param quantitativeShare share of indicators with a numeric target, 0..1
   * @param meanScore mean quality score of its projects (lint), 0..100
   */
  public record Side(String value, int projects, BigDecimal budget, int indicators, Map<String, Long> byLevel1,
      Map<String, Long> byLevel2, double quantitativeShare, double meanScore) {}

  /** A concept all sides measure: per side, how often, the median numeric target and examples. */
  public record SharedConcept(ConceptRef concept, Map<String, SideTargets> bySide) {}

  /**
   * @param median median numeric target in {@code unit}, or null without numeric targets
   * @param examples up to three raw targets as written
   */
  public record SideTargets(int count, Double median, @com.fasterxml.jackson.annotation.JsonProperty("valueUnit") String unit,
      List<String> examples) {}

  /** What can be compared along a dimension ({@code by}): its values, most indicators first. */
  public record Options(String by, List<Option> values) {}

  /** A district, city or unit and how many indicators it has. */
  public record Option(String value, long indicators) {}
}
