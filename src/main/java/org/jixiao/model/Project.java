package org.jixiao.model;

import java.util.List;

/**
 * A funded project with its goal and indicators.
 *
 * @param id stable id: {@code <documentId>-p<n>}
 * @param name 项目名称
 * @param unit 预算单位 / 实施单位 (canonical: an alias in brackets removed)
 * @param unitRaw the unit as written, when it differs from {@code unit}
 * @param department 主管部门
 * @param city city from the unit or department name ({@code 广州市})
 * @param district district or county ({@code 海珠区}), or null for city-level units
 * @param budget money in 万元, or null where the table gives none
 * @param goal 绩效目标 text
 * @param indicators output, outcome, satisfaction and cost indicators
 * @param budgetExecution self-evaluation items scored apart (预算执行率, 预算调整率)
 * @param assessment self-evaluation total score and grade, or null
 * @param flags data problems found while reading ({@code name-repeats-unit})
 * @param source file and line of the project's row
 */
public record Project(
    String id,
    String name,
    String unit,
    String unitRaw,
    String department,
    String city,
    String district,
    Budget budget,
    String goal,
    List<Indicator> indicators,
    List<Indicator> budgetExecution,
    Assessment assessment,
    List<String> flags,
    Provenance source) {

  /** Flag: the 项目名称 cell repeats the 预算单位 (a slipped column in the source). */
  public static final String FLAG_NAME_REPEATS_UNIT = "name-repeats-unit";

  public Project {
    indicators = List.copyOf(indicators);
    budgetExecution = List.copyOf(budgetExecution);
    flags = List.copyOf(flags);
  }
}
