package org.jixiao.model;

import java.util.List;

/**
 * One performance indicator (三级指标) with its category path and targets.
 *
 * @param id stable id: {@code <projectId>-i<n>}
 * @param level1 standard 一级指标 ({@code 产出指标}, {@code 效益指标}, {@code 满意度指标}, {@code 成本指标}),
 *     or the budget-execution category for self-evaluation items
 * @param level2 standard 二级指标 where the table gives one ({@code 数量指标} …), else null
 * @param name the indicator's own name, without numbering, unit hints or formula
 * @param level1Raw the level-1 words as written, when they differ from {@code level1}
 * @param level2Raw the level-2 words as written, when they differ from {@code level2}
 * @param formula a formula or definition the text gives ({@code 物业巡检完成率=实际数/计划数*100%})
 * @param targets one target per period given (年度, 实施周期)
 * @param evaluation the self-evaluation of this indicator, or null in a target table
 * @param source file and line
 */
public record Indicator(
    String id,
    String level1,
    String level2,
    String name,
    String level1Raw,
    String level2Raw,
    String formula,
    List<Target> targets,
    Evaluation evaluation,
    Provenance source) {

  public Indicator {
    targets = List.copyOf(targets);
  }

  /** The annual target where given, else the first target, else null; in JSON beside {@code targets}. */
  @com.fasterxml.jackson.annotation.JsonProperty("target")
  public Target target() {
    return targets.stream()
        .filter(t -> t.period() == Period.ANNUAL)
        .findFirst()
        .orElse(targets.isEmpty() ? null : targets.get(0));
  }

  /** The target for one period, or null. */
  public Target target(Period period) {
    return targets.stream().filter(t -> t.period() == period).findFirst().orElse(null);
  }

  /** The same indicator under another id (ids are assigned once the project's order is known). */
  public Indicator withId(String newId) {
    return new Indicator(
        newId, level1, level2, name, level1Raw, level2Raw, formula, targets, evaluation, source);
  }
}
