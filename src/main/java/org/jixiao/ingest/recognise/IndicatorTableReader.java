package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.Money;
import org.jixiao.ingest.value.Numbers;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Budget;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;

/**
 * Reads tables with one indicator (or one level-2 group of indicators) per row:
 * 一级指标 | 二级指标 | 三级指标 / 指标内容 | 指标值 | 完成值 | 权重 | 自评分 …, columns in any order.
 * Blank level-1 and level-2 cells repeat the row above (merged cells). Rows under categories that
 * are not indicators (导向指标, 逆向指标, 自评结论, subtotals) are passed over.
 */
final class IndicatorTableReader {

  private final RecognitionContext context;
  private final ProjectHeaderBlock headerBlock;
  private String level1 = "";
  private String level2 = "";

  IndicatorTableReader(RecognitionContext context, ProjectHeaderBlock headerBlock) {
    this.context = context;
    this.headerBlock = headerBlock;
  }

  /** A new header: merged cells do not reach across it. */
  void reset() {
    level1 = "";
    level2 = "";
  }

  /**
   * A row holding only a category ({@code 一、投入目标}, {@code 1.数量目标}) heads the rows under it in
   * tables that have no category columns; returns true when it was one.
   */
  boolean section(Header header, Row row) {
    List<String> filled = row.filledCells();
    if (header.has(ColumnRole.LEVEL1) || filled.size() != 1) {
      return false;
    }
    String cell = filled.get(0).strip();
    if (Categories.level1(cell) != null) {
      level1 = cell;
      level2 = "";
      return true;
    }
    if (Categories.parentOf(Categories.level2(cell)) != null) {
      level2 = cell;
      return true;
    }
    return false;
  }

  void accept(Header header, Row row) {
    row = ShiftedRows.align(header, row);
    String l1 = header.cell(row, ColumnRole.LEVEL1);
    String l2 = header.cell(row, ColumnRole.LEVEL2);
    String content = header.cell(row, ColumnRole.LEVEL3);
    if (content.isEmpty() && l2.isEmpty()) {
      // A row cut before its 年度 half still names the indicator in its 中期 half.
      content = header.cell(row, ColumnRole.CYCLE_LEVEL3);
      l2 = header.cell(row, ColumnRole.CYCLE_LEVEL2);
    }
    String first = row.filledCells().isEmpty() ? "" : row.filledCells().get(0);
    if (first.contains("小计") || first.contains("合计") || first.contains("总分")) {
      return;
    }
    if (!l1.isEmpty()) {
      level1 = l1;
      level2 = "";
    }
    if (!l2.isEmpty()) {
      level2 = l2;
    }
    String category = Categories.level1(level1);
    if (category == null) {
      category = Categories.parentOf(Categories.level2(level2));
    }
    if (category == null) {
      return;
    }
    ProjectDraft project = project(header, row);
    Provenance source = context.provenance(row);
    if (Categories.BUDGET_EXECUTION.equals(category)) {
      String name = level2.isEmpty() ? content : level2;
      if (!name.isEmpty()) {
        project.budgetExecution.add(
            RowIndicators.indicator(level1, null, name, IndicatorNames.formulaIn(content), targets(header, row), evaluation(header, row, null, false), source));
      }
      return;
    }
    if (isNothing(content) && isNothing(header.cell(row, ColumnRole.TARGET))) {
      return;
    }
    List<NumberedItems.Item> items = NumberedItems.split(content);
    if (items.isEmpty()) {
      IndicatorNames.Split split = IndicatorNames.split(content.isEmpty() ? level2 : content);
      String formula = split.formula() != null ? split.formula() : IndicatorNames.formulaIn(header.cell(row, ColumnRole.TARGET));
      project.indicators.add(
          RowIndicators.indicator(level1, level2, split.name(), formula, targets(header, row), evaluation(header, row, null, false), source));
      return;
    }
    boolean shared = items.size() > 1;
    for (NumberedItems.Item item : items) {
      IndicatorNames.Split split = IndicatorNames.split(item.name());
      List<Target> targets = new ArrayList<>();
      Evaluation evaluation;
      if (context.selfEvaluation()) {
        // In a self-evaluation the value listed with each name is what was achieved.
        evaluation = evaluation(header, row, item.value(), shared);
      } else {
        if (item.value() != null) {
          targets.add(TargetParser.parse(item.value(), Period.ANNUAL));
        }
        evaluation = null;
      }
      project.indicators.add(
          RowIndicators.indicator(level1, level2, split.name(), split.formula(), targets, evaluation, source));
    }
  }

  private ProjectDraft project(Header header, Row row) {
    String name = header.cell(row, ColumnRole.PROJECT_NAME);
    ProjectDraft last = context.lastProject();
    if (!name.isEmpty() && (last == null || !name.equals(last.name))) {
      ProjectDraft project = new ProjectDraft(name, context.provenance(row));
      project.unitRaw = header.has(ColumnRole.UNIT) ? header.cell(row, ColumnRole.UNIT) : context.meta().unit();
      project.department = context.meta().department();
      project.budget = budget(header.cell(row, ColumnRole.TOTAL));
      context.addProject(project);
      return project;
    }
    return last != null ? last : headerBlock.current(row);
  }

  /** The 预算数 cell of a project-per-row table, in the file's money unit. */
  private Budget budget(String raw) {
    String unit = context.meta().moneyUnit();
    BigDecimal amount = raw.isEmpty() ? null : Money.toWan(raw, unit);
    return amount == null ? null : new Budget(amount, null, null, null, raw, unit);
  }

  private static List<Target> targets(Header header, Row row) {
    List<Target> targets = new ArrayList<>();
    String annual = TargetCells.join(header.cell(row, ColumnRole.SIGN), header.cell(row, ColumnRole.TARGET), header.cell(row, ColumnRole.MEASURE_UNIT));
    if (!annual.isEmpty()) {
      targets.add(TargetParser.parse(annual, Period.ANNUAL));
    }
    String cycle = header.cell(row, ColumnRole.CYCLE_TARGET);
    if (!cycle.isEmpty()) {
      targets.add(TargetParser.parse(cycle, Period.CYCLE));
    }
    return targets;
  }

  /** The self-evaluation columns of the row, or null in a table without them. */
  private static Evaluation evaluation(Header header, Row row, String itemActual, boolean shared) {
    boolean hasColumns =
        header.has(ColumnRole.ACTUAL) || header.has(ColumnRole.SCORE) || header.has(ColumnRole.WEIGHT);
    if (!hasColumns && itemActual == null) {
      return null;
    }
    String actual = itemActual != null ? itemActual : header.cell(row, ColumnRole.ACTUAL);
    String completion = header.cell(row, ColumnRole.COMPLETION);
    return new Evaluation(
        actual == null || actual.isEmpty() ? null : TargetParser.parse(actual, null),
        Numbers.result(header.cell(row, ColumnRole.WEIGHT)),
        completion.isEmpty() || completion.equals("-") ? null : completion,
        Numbers.result(header.cell(row, ColumnRole.SCORE)),
        shared);
  }

  private static boolean isNothing(String cell) {
    return cell.isEmpty() || cell.matches("[无/／\\-—\\s]+");
  }
}
