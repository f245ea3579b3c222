package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.Money;
import org.jixiao.model.Budget;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Provenance;

/**
 * Reads tables with one project per row (项目名称 | 总计 | 财政拨款 | … | 绩效目标 | 绩效指标, or
 * 主管部门 | 预算单位 | 项目名称 | 绩效目标 | 绩效指标). A 合计 row gives the declared total; a row with money
 * but neither goal nor indicators is a unit's subtotal and names the unit of the projects below it.
 */
final class ProjectTableReader {

  private static final Set<String> TOTAL_NAMES = Set.of("合计", "总计", "小计", "合 计", "总 计");

  private final RecognitionContext context;
  private String currentUnit;

  ProjectTableReader(RecognitionContext context) {
    this.context = context;
  }

  void accept(Header header, Row row) {
    String name = header.cell(row, ColumnRole.PROJECT_NAME);
    String goal = header.cell(row, ColumnRole.GOAL);
    String indicatorText = header.cell(row, ColumnRole.INDICATORS);
    Provenance source = context.provenance(row);
    if (name.isEmpty()) {
      continuation(goal, indicatorText, source);
      return;
    }
    if (TOTAL_NAMES.contains(name)) {
      BigDecimal total = Money.toWan(header.cell(row, ColumnRole.TOTAL), context.meta().moneyUnit());
      if (total != null) {
        context.declareTotal(total);
      }
      return;
    }
    if (goal.isEmpty() && indicatorText.isEmpty()) {
      // A unit's subtotal row: the projects below belong to it.
      currentUnit = name;
      return;
    }
    ProjectDraft project = new ProjectDraft(name, source);
    project.unitRaw =
        header.has(ColumnRole.UNIT) ? header.cell(row, ColumnRole.UNIT) : firstNonBlank(currentUnit, context.meta().unit(), context.meta().department());
    project.department =
        header.has(ColumnRole.DEPARTMENT) ? header.cell(row, ColumnRole.DEPARTMENT) : firstNonBlank(context.meta().department(), context.meta().unit());
    project.budget = budget(header, row);
    if (!goal.isEmpty()) {
      project.goals.add(goal);
    }
    addIndicators(project, indicatorText, source);
    if (project.unitRaw != null && OrgNames.canonical(name).equals(OrgNames.canonical(project.unitRaw))) {
      project.flags.add(Project.FLAG_NAME_REPEATS_UNIT);
      context.warn(
          "第" + source.line() + "行的项目名称与预算单位相同（" + name + "），可能是错列 / line " + source.line()
              + ": the project name repeats the budget unit");
    }
    context.addProject(project);
  }

  /** A row without a project name continues the project above (cells split across rows). */
  private void continuation(String goal, String indicatorText, Provenance source) {
    ProjectDraft last = context.lastProject();
    if (last == null || (goal.isEmpty() && indicatorText.isEmpty())) {
      return;
    }
    if (!goal.isEmpty()) {
      last.goals.add(goal);
    }
    addIndicators(last, indicatorText, source);
  }

  private void addIndicators(ProjectDraft project, String text, Provenance source) {
    if (text.isEmpty()) {
      return;
    }
    List<Indicator> found = PackedIndicatorParser.parse(text, source);
    if (found.isEmpty() && !text.matches("[\\s无/／-]*")) {
      context.warn(
          "第" + source.line() + "行的绩效指标无法分条读取 / line " + source.line()
              + ": the indicator cell could not be split into indicators");
    }
    project.indicators.addAll(found);
  }

  private Budget budget(Header header, Row row) {
    String unit = context.meta().moneyUnit();
    String totalRaw = header.cell(row, ColumnRole.TOTAL);
    BigDecimal total = Money.toWan(totalRaw, unit);
    if (total == null) {
      return null;
    }
    return new Budget(
        total,
        Money.toWan(header.cell(row, ColumnRole.FISCAL), unit),
        Money.toWan(header.cell(row, ColumnRole.SPECIAL_ACCOUNT), unit),
        Money.toWan(header.cell(row, ColumnRole.OTHER_FUNDS), unit),
        totalRaw,
        unit);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
