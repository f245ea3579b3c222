package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.ingest.value.Numbers;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.vocabulary.Categories;
import org.jixiao.util.Regex;

/**
 * Turns an indicator read by parts into the model's indicators: the name without its list number or
 * the points an evaluation framework gives it, the target in brackets of a 指标1:名称(目标) item, a cell
 * that lists several indicators split into them, the sign, number and unit joined into one target,
 * and the self-evaluation's actual, weight and score. Names that are not (a heading fragment, an
 * ellipsis, a number) and rows under no category that state no target are left out.
 */
final class IndicatorAssembly {

  /** A heading and its value in one part of a cell: 目标值200, 完成值:100%, 分值 10. */
  private static final Regex LABELLED = Regex.of("^(年度指标值|年初目标值|目标值|指标值|实际完成值|完成值|实际值|分值|权重|得分|自评得分)\\s*[:：为是]?\\s*(\\S.*)$");
  /** Points in brackets at the end of a name: 任务分解 (2分). */
  static final Regex SCORED = Regex.of("\\s*[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]\\s*$");
  /** An item of the numbered form 指标1:名称(目标). */
  static final Regex NUMBERED_ITEM = Regex.of("^" + ItemMark.MARK + "\\s*(.+?)\\s*[(（]([^()（）]+)[)）]$");
  /** Names that are not: a fragment of a heading or category broken over lines, an ellipsis, a placeholder. */
  private static final Regex NOT_A_NAME = Regex.of("^(指标|目标|一级|二级|三级|年度|实际|全年|指标值|序号|绩效|项目|百分比|备注|说明|等|[.。…·\\-—_\\s]*)$");

  /** A name with a bound and a number in brackets after it: 收集率(不低于80%或…), 机柜数量（≥77台）. */
  private static final Regex BRACKETED_TARGET = Regex.of(
      "^(.{2,}?)[(（]((?:[≥≤><=≧≦]|不低于|不少于|不高于|不超过|不大于|不小于|大于等于|小于等于|大于|小于|高于|低于)[^()（）]*\\d[^()（）]*)[)）]$");

  /** Clause punctuation: a long text holding it and nothing beside it is a sentence, not a name. */
  private static final Regex SENTENCE = Regex.of("[，,。；;：:]");
  /** A report's sentence about an indicator, never its name: …绩效目标值是2023年12月前. */
  private static final Regex REPORTED = Regex.of("(?:目标值|完成值|指标值)[是为]");

  private final RecognitionContext context;

  IndicatorAssembly(RecognitionContext context) {
    this.context = context;
  }

  /**
   * Adds what {@code r} holds to the project; false when it is not an indicator.
   *
   * @param underIndicatorHeader a header named the indicators' column, so that a name under no
   *     category word may still be one
   */
  boolean add(PartialIndicator r, boolean underIndicatorHeader, ProjectDraft project) {
    labelledValues(r);
    Matcher scored = SCORED.pattern().matcher(r.name);
    if (scored.find()) {
      // 任务分解 (2分): the points an evaluation framework gives the indicator are its weight.
      r.values.putIfAbsent(ColumnRole.WEIGHT, scored.group(1));
      r.name = r.name.substring(0, scored.start()).strip();
    }
    String name = IndicatorRecords.NUMBERING.replaceFirst(r.name, "").strip();
    Matcher numbered = NUMBERED_ITEM.pattern().matcher(r.name.strip());
    if (numbered.matches() && r.values.isEmpty()) {
      // 指标1:名称(目标): the form puts the target in brackets after the name, whatever it says (≥77台, 正面支撑).
      name = numbered.group(1).strip();
      r.values.put(ColumnRole.TARGET, numbered.group(2).strip());
      r.anyTail = true;
    }
    name = NameShape.withoutLeadingPoints(name);
    Matcher bracketed = BRACKETED_TARGET.pattern().matcher(name);
    if (bracketed.matches() && r.values.getOrDefault(ColumnRole.TARGET, "").isBlank()) {
      // 城市生活污水集中收集率(不低于80%或比2023年提升不少于5個百分點) | 定量: the target in brackets after the
      // name, where the target's own column is empty.
      name = bracketed.group(1).strip();
      r.values.put(ColumnRole.TARGET, bracketed.group(2).strip());
    }
    if (name.isEmpty() || NOT_A_NAME.matches(name) || ProjectHeaderBlock.isParticular(name) || NameShape.isNotAName(name) || isNothing(name) && isNothing(r.values.getOrDefault(ColumnRole.TARGET, ""))) {
      return false;
    }
    String l1 = r.level1;
    String l2 = r.level2;
    String category = Categories.level1(l1);
    if (category == null) {
      category = Categories.parentOf(Categories.level2(l2));
    }
    if (category == null && !underIndicatorHeader) {
      return false;
    }
    if (Categories.DEDUCTIONS.equals(categoryOf(l1))) {
      return false;
    }
    if (category == null && r.level1.isEmpty() && !hasTarget(r) && !placedTarget(r) && !r.values.containsKey(ColumnRole.WEIGHT)) {
      // Under a header but no category: only a name beside a target is an indicator, not every text.
      return false;
    }
    int letters = name.codePointCount(0, name.length());
    if (letters < 2 || name.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    if (letters == 2 && r.values.values().stream().allMatch(String::isBlank)) {
      // 时效, 读者, 长效 alone: a category word or the broken-off end of a wrapped cell. No table names
      // an indicator in two characters without giving it a value.
      return false;
    }
    if (REPORTED.find(name)) {
      return false;
    }
    String bare = IndicatorNames.trimPunctuation(name);
    if (bare.endsWith("指标") && bare.length() <= 10 && r.values.values().stream().allMatch(String::isBlank)) {
      // 监督检查指标 alone on its line: a heading of the form's own block, not an indicator.
      return false;
    }
    if (name.length() > 20 && SENTENCE.find(name) && name.chars().anyMatch(Character::isDigit)
        && r.values.values().stream().allMatch(String::isBlank)) {
      // (二)項目財務管理狀況本項目累計安排資金10萬元,,其中:…: prose after the table that states its figures
      // in the sentence and has no value beside it. (A goal-like name without figures may be an
      // indicator whose target was left blank.)
      return false;
    }
    var source = context.provenance(r.row);
    if (Categories.BUDGET_EXECUTION.equals(category)) {
      // 预算执行过程 | 预算执行率 | 预算执行率=实际支出金额/…: the item is named in the level-2 column.
      boolean definition = name.contains("=") || name.contains("＝") || name.length() > 30;
      String item = definition && !l2.isEmpty() && Categories.word(l2) == null ? l2 : name;
      String formula = IndicatorNames.formulaIn(item.equals(name) ? name : r.name);
      project.budgetExecution.add(RowIndicators.indicator(l1, null, item, formula, targets(r), evaluation(r, null, false), source));
      return true;
    }
    List<NumberedItems.Item> items = NumberedItems.split(r.name);
    if (items.size() > 1 || (items.size() == 1 && items.get(0).value() != null)) {
      boolean shared = items.size() > 1;
      for (NumberedItems.Item item : items) {
        IndicatorNames.Split split = IndicatorNames.split(item.name());
        List<Target> targets = new ArrayList<>();
        Evaluation evaluation;
        if (context.selfEvaluation()) {
          evaluation = evaluation(r, item.value(), shared);
        } else {
          if (item.value() != null) {
            targets.add(TargetParser.parse(item.value(), Period.ANNUAL));
          }
          evaluation = null;
        }
        project.indicators.add(RowIndicators.indicator(l1, emptyToNull(l2), split.name(), split.formula(), targets, evaluation, source));
      }
      return true;
    }
    IndicatorNames.Split split = IndicatorNames.split(name);
    String formula = split.formula() != null ? split.formula() : IndicatorNames.formulaIn(r.values.get(ColumnRole.TARGET));
    project.indicators.add(RowIndicators.indicator(l1, emptyToNull(l2), split.name(), formula, targets(r), evaluation(r, null, false), source));
    return true;
  }

  /**
   * A name followed by its values each under its heading ({@code 项目完成及时率(%),目标值90,完成值100,分值8,得分8}):
   * the parts after the name that start with a target, actual, weight or score heading fill those roles.
   */
  static void labelledValues(PartialIndicator r) {
    String[] parts = r.name.split("[,，;；]");
    if (parts.length < 2) {
      return;
    }
    int taken = 0;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      Matcher m = LABELLED.pattern().matcher(part);
      if (!m.matches()) {
        continue;
      }
      ColumnRole role = ColumnRole.of(m.group(1));
      if (role == ColumnRole.TARGET || role == ColumnRole.ACTUAL || role == ColumnRole.WEIGHT || role == ColumnRole.SCORE) {
        r.values.putIfAbsent(role, m.group(2).strip());
        taken++;
      }
    }
    if (taken >= 1) {
      r.name = parts[0].strip();
      r.anyTail = true;
    }
  }

  private static String categoryOf(String cell) {
    Categories.Category c = Categories.word(cell);
    return c == null ? null : c.standard();
  }

  private static boolean hasTarget(PartialIndicator r) {
    String t = r.values.getOrDefault(ColumnRole.TARGET, r.values.getOrDefault(ColumnRole.CYCLE_TARGET, ""));
    return !t.isEmpty() && Cell.of(t, 0).isTargetLike();
  }

  /**
   * True when the row was read by position under a header without category columns (指标名称 | 指标值) and its
   * target's column holds words (按照资金测算控制各项成本。): such a table gives a target in words its place.
   */
  private static boolean placedTarget(PartialIndicator r) {
    return r.placedWithoutCategories && !isNothing(r.values.getOrDefault(ColumnRole.TARGET, "").strip());
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static boolean isNothing(String cell) {
    return cell.isEmpty() || cell.matches("[无/／\\-—\\s]+");
  }

  /** A scoring rule or the evidence it rests on, never a target: …得10分,否则不得分。, 以检查报告为依据。 */
  private static final Regex SCORING_RULE = Regex.of("得\\d+(?:\\.\\d+)?分|扣\\d+(?:\\.\\d+)?分|不得分|计\\d+(?:\\.\\d+)?分|为依据[。.]?$");

  private static List<Target> targets(PartialIndicator r) {
    List<Target> targets = new ArrayList<>();
    String stated = r.values.getOrDefault(ColumnRole.TARGET, "");
    if (SCORING_RULE.find(stated)) {
      // Read without a header, the framework's scoring column lands where the target would.
      r.values.remove(ColumnRole.TARGET);
    }
    String annual = TargetCells.join(r.values.getOrDefault(ColumnRole.SIGN, ""), r.values.getOrDefault(ColumnRole.TARGET, ""),
        r.values.getOrDefault(ColumnRole.MEASURE_UNIT, ""));
    if (!annual.isEmpty()) {
      targets.add(TargetParser.parse(annual, Period.ANNUAL));
    }
    String cycle = r.values.getOrDefault(ColumnRole.CYCLE_TARGET, "");
    if (!cycle.isEmpty()) {
      targets.add(TargetParser.parse(cycle, Period.CYCLE));
    }
    return targets;
  }

  private Evaluation evaluation(PartialIndicator r, String itemActual, boolean shared) {
    boolean hasColumns = r.tail.contains(ColumnRole.ACTUAL) || r.tail.contains(ColumnRole.SCORE) || r.tail.contains(ColumnRole.WEIGHT)
        || r.values.containsKey(ColumnRole.ACTUAL) || r.values.containsKey(ColumnRole.SCORE) || r.values.containsKey(ColumnRole.WEIGHT);
    if (!hasColumns && itemActual == null) {
      return null;
    }
    String actual = itemActual != null ? itemActual : r.values.getOrDefault(ColumnRole.ACTUAL, "");
    String completion = r.values.getOrDefault(ColumnRole.COMPLETION, "");
    return new Evaluation(
        actual.isEmpty() ? null : TargetParser.parse(actual, null),
        Numbers.result(r.values.getOrDefault(ColumnRole.WEIGHT, "")),
        completion.isEmpty() || completion.equals("-") ? null : completion,
        Numbers.result(r.values.getOrDefault(ColumnRole.SCORE, "")),
        shared);
  }

}
