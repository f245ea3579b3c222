package org.jixiao.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One source file read into the model.
 *
 * @param id stable id derived from the file's path within its data directory
 * @param sourceFile the path within its data directory
 * @param kind target table or self-evaluation
 * @param title the table's title line
 * @param city city of the publishing unit
 * @param district district of the publishing unit, or null
 * @param department 主管部门 / 部门名称
 * @param unit 单位名称 / 预算单位 where the whole document has one, else null
 * @param year the budget year, or null
 * @param yearBasis how the year was found
 * @param declaredTotal the 合计 row in 万元, or null
 * @param projects the projects in table order
 * @param warnings what looked wrong but did not stop the reading (合计 not matching, …)
 */
public record Document(
    String id,
    String sourceFile,
    DocumentKind kind,
    String title,
    String city,
    String district,
    String department,
    String unit,
    Integer year,
    YearBasis yearBasis,
    BigDecimal declaredTotal,
    List<Project> projects,
    List<String> warnings) {

  public Document {
    projects = List.copyOf(projects);
    warnings = List.copyOf(warnings);
  }

  /** Indicators in all projects (budget-execution items excluded). */
  public int indicatorCount() {
    return projects.stream().mapToInt(p -> p.indicators().size()).sum();
  }
}
