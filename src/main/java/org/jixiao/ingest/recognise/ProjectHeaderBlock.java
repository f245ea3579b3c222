package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.Money;
import org.jixiao.model.Budget;
import org.jixiao.model.Provenance;
import org.jixiao.util.Regex;

/**
 * Reads the label–value cells above an indicator table ({@code 项目名称 | 12345政府服务热线外包服务项目 |
 * 采购金额（元） | 17,160,681.00 | … | 主管部门 | 中山市政务服务数据管理局}) and the goal cells
 * ({@code 实施周期绩效目标： …}). A new 项目名称 starts a new project.
 */
final class ProjectHeaderBlock {

  private static final Regex NAME_LABEL = Regex.of("^(项目名称|项目支出名称|专项资金名称|项目名)(?:(?:\\s*[:：]\\s*|\\s+)(.*))?$");
  private static final Regex DEPARTMENT_LABEL = Regex.of("^(主管部门|项目主管部门|预算部门)(?:及编码|及代码)?(?:(?:\\s*[:：]\\s*|\\s+)(.*))?$");
  private static final Regex UNIT_LABEL = Regex.of("^(实施单位|预算单位|项目执行单位|单位名称|部门\\(单位\\)名称|单位\\(部门\\)名称|部门名称|评价部门名称)(?:(?:\\s*[:：]\\s*|\\s+)(.*))?$");
  private static final Regex MONEY_LABEL =
      Regex.of("^(采购金额|项目资金|资金总额|年度资金总额|项目总金额|预算金额|年度预算金额|预算数)([（(][^)）]*[)）])?\\s*(?:[:：]\\s*(.*))?$");
  private static final Regex GOAL_LABEL =
      Regex.of(Pattern.compile("^(实施周期绩效目标|年度实施周期目标|年度绩效目标|实施期绩效目标|本年度绩效目标|绩效目标|总体目标|年度目标)\\s*[:：]\\s*(.+)$", Pattern.DOTALL));

  private final RecognitionContext context;

  ProjectHeaderBlock(RecognitionContext context) {
    this.context = context;
  }

  /** The label words, longest first, for finding a label a wrap or a traditional font changed. */
  private static final List<String> LABEL_WORDS = java.util.stream.Stream.of(
          "项目名称", "项目支出名称", "专项资金名称", "主管部门及代码", "主管部门及编码", "主管部门", "项目主管部门", "预算部门",
          "实施单位", "预算单位", "项目执行单位", "单位名称", "采购金额", "项目资金", "资金总额", "年度资金总额", "项目总金额",
          "预算金额", "年度预算金额", "预算数", "实施周期绩效目标", "年度实施周期目标", "年度绩效目标", "实施期绩效目标",
          "本年度绩效目标", "绩效目标", "总体目标", "年度目标")
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

  /**
   * The cell with its label written as the patterns expect: traditional characters folded and spaces
   * inside the label removed ({@code 項目 名稱：…} → {@code 项目名称：…}); the value is left as written.
   */
  static String normalise(String cell) {
    String c = cell.strip();
    String folded = org.jixiao.vocabulary.Hanzi.foldChars(c);
    for (String w : LABEL_WORDS) {
      int end = org.jixiao.vocabulary.Hanzi.endOfWord(folded, 0, w);
      if (end > 0) {
        return w + c.substring(end);
      }
    }
    return c;
  }

  /** True when a cell is the project name's label alone (项目名称, 项目名称:), without the name. */
  static boolean isNameLabel(String cell) {
    Matcher m = NAME_LABEL.pattern().matcher(normalise(cell));
    return m.matches() && (m.group(2) == null || m.group(2).isBlank());
  }

  /** True when a cell is one of the block's labels (项目名称, 主管部门, 年度资金总额, 绩效目标：…). */
  static boolean isLabel(String cell) {
    String c = normalise(cell);
    return NAME_LABEL.matches(c) || DEPARTMENT_LABEL.matches(c) || UNIT_LABEL.matches(c)
        || MONEY_LABEL.matches(c) || GOAL_LABEL.matches(c);
  }

  /**
   * Labels of the project's own particulars that the form prints beside the indicator table. They
   * are never indicators, whatever value stands beside them (项目总投资 | 229.66).
   */
  private static final java.util.Set<String> PARTICULARS = java.util.Set.of(
      "项目类型", "项目分类", "项目类别", "项目属性", "项目开始日期", "项目完成日期", "项目起止日期", "项目期限",
      "实施期限", "项目实施期限", "项目总投资", "总投资", "当年预算", "年度预算", "项目概况", "立项依据", "资金用途",
      "项目资金用途", "业务主管部门", "编制单位", "填报单位", "申报单位", "项目负责人", "负责人", "联系电话",
      "资金来源", "预算规模及资金用途", "预算规模", "当年绩效目标", "项目单位", "单位代码", "项目代码", "项目编码");

  /**
   * Rows and headings of a self-evaluation's money block (总额 | 0.00 | 3.36 | 3.36 | 100.00%): the
   * budget, not indicators, however the block is headed.
   */
  private static final java.util.Set<String> MONEY_ROWS = java.util.Set.of(
      "总额", "年度资金总额", "资金总额", "财政资金", "财政拨款", "当年财政拨款", "财政专户管理资金", "财政专户拨款",
      "单位资金", "其他资金", "上年结转资金", "上年结转", "预算数", "年度预算数", "年初预算数", "年初预算", "全年预算数",
      "调整后预算数", "预算执行数", "全年执行数");
  private static final Regex MONEY_NOTE = Regex.of("^其中|[(（][^)）]*[)）]$");

  /**
   * True when a would-be indicator name is a label of the project's particulars (项目完成日期) or a
   * row of its money block (其中:财政资金).
   */
  static boolean isParticular(String name) {
    String c = org.jixiao.vocabulary.Hanzi.foldChars(name.strip()).replaceAll("[:：\\s]+", "");
    if (isOneLabel(c)) {
      return true;
    }
    // 预算规模及资金用途预算数: a label and the heading of the cell beside it, glued where the row lost its borders.
    for (String label : PARTICULARS) {
      if (c.length() > label.length() && c.startsWith(label) && isOneLabel(c.substring(label.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A particular's label, a label of the block, or a row of the money block (folded, without colons and spaces). */
  private static boolean isOneLabel(String c) {
    return PARTICULARS.contains(c) || LABEL_WORDS.contains(c) || MONEY_ROWS.contains(MONEY_NOTE.replaceAll(c, ""));
  }

  private static final Regex TRAILING_COLON = Regex.of("[:：\\s]+$");

  /** A label with no value beside it ({@code 项目名称}, {@code 主管部门及代码:}): its value is on the next line. */
  static boolean isLoneLabel(String cell) {
    String c = TRAILING_COLON.replaceAll(normalise(cell), "");
    return LABEL_WORDS.contains(c) || MONEY_LABEL.matches(c) && c.length() <= 12;
  }

  /** Starts a project named outside any label (the line above its 【项目概况】). */
  ProjectDraft startNamed(String name, Row row) {
    startProject(name, row);
    return context.lastProject();
  }

  /** True when the row names a project ({@code 项目名称 | …}): it ends the table above it. */
  boolean startsProject(Row row) {
    List<String> filled = row.filledCells();
    return !filled.isEmpty() && NAME_LABEL.matches(normalise(filled.get(0)));
  }

  /** Reads label cells of a row that is not table data; returns true when it found any. */
  boolean accept(Row row) {
    List<String> cells = row.cells().stream().map(ProjectHeaderBlock::normalise).toList();
    boolean found = false;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (cell.isEmpty()) {
        continue;
      }
      Matcher goal = GOAL_LABEL.pattern().matcher(cell);
      if (goal.matches()) {
        // The label stays: it says which period the goal is for (实施周期 or 年度).
        current(row).goals.add(cell);
        found = true;
        continue;
      }
      Matcher name = NAME_LABEL.pattern().matcher(cell);
      if (name.matches()) {
        String value = valueOf(name.group(2), cells, i);
        if (!value.isEmpty()) {
          startProject(value, row);
          found = true;
        }
        continue;
      }
      Matcher dept = DEPARTMENT_LABEL.pattern().matcher(cell);
      if (dept.matches()) {
        String value = valueOf(dept.group(2), cells, i);
        if (!value.isEmpty()) {
          current(row).department = value;
          found = true;
        }
        continue;
      }
      Matcher unit = UNIT_LABEL.pattern().matcher(cell);
      if (unit.matches()) {
        String value = valueOf(unit.group(2), cells, i);
        if (!value.isEmpty()) {
          current(row).unitRaw = value;
          found = true;
        }
        continue;
      }
      Matcher money = MONEY_LABEL.pattern().matcher(cell);
      if (money.matches()) {
        String raw = valueOf(money.group(3), cells, i);
        String moneyUnit = Money.unitIn(cell) != null ? Money.unitIn(cell) : context.meta().moneyUnit();
        BigDecimal amount = Money.toWan(raw, moneyUnit);
        ProjectDraft project = current(row);
        if (amount != null && project.budget == null) {
          project.budget = new Budget(amount, null, null, null, raw, moneyUnit);
          found = true;
        }
      }
    }
    return found;
  }

  /** The value after the label in the same cell, else the next non-empty cell. */
  private static String valueOf(String sameCell, List<String> cells, int labelIndex) {
    if (sameCell != null && !sameCell.isBlank()) {
      return sameCell.strip();
    }
    for (int j = labelIndex + 1; j < cells.size(); j++) {
      if (!cells.get(j).isBlank()) {
        return cells.get(j).strip();
      }
    }
    return "";
  }

  /**
   * A project named in a column of an indicator table (单位名称 | 项目名称 | 预算数 | … | 一级指标 …): a
   * name other than the last project's starts a new project, with the row's unit and budget.
   */
  void projectRow(Row row, String name, String unit, String total) {
    ProjectDraft last = context.lastProject();
    if (last != null && name.equals(last.name)) {
      return;
    }
    ProjectDraft project = last != null && last.name == null && last.indicators.isEmpty() && last.budgetExecution.isEmpty()
        ? last : new ProjectDraft(null, context.provenance(row));
    if (project != last) {
      context.addProject(project);
    }
    project.name = name;
    project.source = context.provenance(row);
    project.unitRaw = unit != null ? unit : context.meta().unit();
    project.department = context.meta().department();
    String moneyUnit = context.meta().moneyUnit();
    BigDecimal amount = total.isEmpty() ? null : Money.toWan(total, moneyUnit);
    project.budget = amount == null ? null : new Budget(amount, null, null, null, total, moneyUnit);
  }

  /**
   * The project the block is describing. Indicators already attached mean the block belongs to a
   * new project (files that hold several self-evaluations one after another).
   */
  ProjectDraft current(Row row) {
    ProjectDraft last = context.lastProject();
    if (last == null || !last.indicators.isEmpty() || !last.budgetExecution.isEmpty()) {
      last = new ProjectDraft(null, context.provenance(row));
      last.unitRaw = context.meta().unit();
      last.department = context.meta().department();
      context.addProject(last);
    }
    return last;
  }

  private void startProject(String name, Row row) {
    ProjectDraft project = current(row);
    if (project.name != null) {
      project = new ProjectDraft(null, context.provenance(row));
      project.unitRaw = context.meta().unit();
      project.department = context.meta().department();
      context.addProject(project);
    }
    project.name = name;
    project.source = new Provenance(project.source.file(), row.line());
  }
}
