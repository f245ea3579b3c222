package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jixiao.util.Regex;

/**
 * What a table's header says about its rows: which part comes in which column. It is a hint, not a
 * gate: rows that keep every column are read by position; rows that lost empty or merged cells, and
 * tables with no header at all, are read by the parts their cells are (see {@link IndicatorRecords}).
 *
 * <p>Tables with a 中期 (or 长期, 实施周期) half and a 年度 half side by side name level 2, level 3
 * and the target twice; the later (年度) columns are this year's, the earlier ones become the
 * {@code CYCLE_} roles, as every template that labels its halves has it.
 *
 * @param columns the role of each column, null where the header names none (序号, a label column)
 * @param positional true when the header came from one row of cells, so that positions mean columns
 */
record Schema(List<ColumnRole> columns, boolean positional) {

  /** Headings that name the indicators only where no more specific heading does. */
  static final java.util.Set<String> NAME_HEADINGS = java.util.Set.of("指标", "评价指标", "考核指标", "绩效指标内容", "评价内容", "绩效内容");

  /** True for a heading that names the indicators, perhaps with a note in brackets: 评价指标(分值). */
  static boolean isNameHeading(String text) {
    String t = text.replaceAll("\\s+", "").replaceFirst("[(（][^()（）]*[)）]$", "");
    return NAME_HEADINGS.contains(t);
  }

  /**
   * True when {@code other} has the same columns, where neither leaves a column unnamed: the header a PDF
   * repeats at the top of each page, though the first one carried the page's text into its first cell.
   */
  boolean sameColumnsAs(Schema other) {
    if (other == null || other.columns().size() != columns.size() || other.positional() != positional) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      ColumnRole a = columns.get(i);
      ColumnRole b = other.columns().get(i);
      if (a != null && b != null && a != b) {
        return false;
      }
    }
    return true;
  }

  /** The default when a table shows no header: a name, then its target. */
  static final Schema NONE = new Schema(List.of(ColumnRole.LEVEL3, ColumnRole.TARGET), false);

  /**
   * The default in a self-evaluation that shows no header (its page opens below it): a name, its target, then its
   * actual, as the national template orders them. The weight and score after them are not given roles: without a
   * header a number after a target is as likely an evaluation framework's points, and a name followed by numbers is
   * no actual in words.
   */
  static final Schema NONE_SELF_EVALUATION = new Schema(
      List.of(ColumnRole.LEVEL3, ColumnRole.TARGET, ColumnRole.ACTUAL), false);

  Schema {
    columns = Collections.unmodifiableList(new ArrayList<>(columns));
  }

  /** The schema of a header given as cells (of one row, or of several lines read in order). */
  static Schema of(List<Cell> cells, boolean positional) {
    List<ColumnRole> roles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Cell c : cells) {
      if (c.isBlank() && !positional) {
        continue;
      }
      roles.add(c.is(Cell.Kind.HEADER) ? c.role() : null);
      texts.add(ColumnRole.fold(c.text()));
    }
    if (!roles.contains(ColumnRole.LEVEL3)) {
      // 绩效指标 | 指标 | 指标权重 …, 评价指标 | 分值 | 评价标准: a general heading names the indicators
      // where no column says 三级指标 or 指标名称.
      // Of two (评价内容 | 评价指标, 评价内容 | 绩效内容), the later: the earlier spans the sections.
      for (int i = roles.size() - 1; i >= 0; i--) {
        if (roles.get(i) == null && isNameHeading(texts.get(i))) {
          int names = i;
          while (positional && names + 1 < roles.size() && roles.get(names + 1) == null && texts.get(names + 1).isEmpty()) {
            names++;
          }
          if (names > i && !roles.contains(ColumnRole.LEVEL2)) {
            // 评价指标 | (empty) | 指标值: the general heading, merged over two columns, spans the categories'
            // and the names'; the names stand in the last.
            roles.set(i, ColumnRole.LEVEL2);
          }
          roles.set(names, ColumnRole.LEVEL3);
          break;
        }
      }
    }
    int indicators = roles.indexOf(ColumnRole.INDICATORS);
    if (indicators >= 0 && !roles.contains(ColumnRole.LEVEL3) && !roles.contains(ColumnRole.LEVEL1) && !roles.contains(ColumnRole.LEVEL2)
        && roles.subList(indicators, roles.size()).contains(ColumnRole.TARGET)) {
      // 序号 | 绩效指标 | 指标值: with no level columns for it to span, 绩效指标 heads the names.
      roles.set(indicators, ColumnRole.LEVEL3);
    }
    targetHeadingGlued(roles, texts, positional);
    nameColumnUnnamed(roles, texts, positional);
    halves(roles, texts);
    valueColumnsUnnamed(roles, texts);
    return new Schema(roles, positional);
  }

  /**
   * A header with no target heading whose explanation's heading begins with one ({@code 指标值说明} in
   * {@code 一级指标二级指标三级指标指标值说明}): a copy that glued the header's cells ran the target's heading and the
   * explanation's together, and the longer heading was read. Where the cells stand apart it is one column's heading.
   */
  private static void targetHeadingGlued(List<ColumnRole> roles, List<String> texts, boolean positional) {
    if (positional || roles.contains(ColumnRole.TARGET) || roles.contains(ColumnRole.ACTUAL)) {
      return;
    }
    for (int i = 0; i < roles.size(); i++) {
      String text = texts.get(i);
      for (int cut = 2; roles.get(i) == ColumnRole.DESCRIPTION && cut < text.length() - 1; cut++) {
        if (ColumnRole.of(text.substring(0, cut)) == ColumnRole.TARGET && ColumnRole.of(text.substring(cut)) == ColumnRole.DESCRIPTION) {
          roles.add(i, ColumnRole.TARGET);
          texts.set(i, text.substring(cut));
          texts.add(i, text.substring(0, cut));
          return;
        }
      }
    }
  }

  /** A heading the vocabulary does not know that may head the indicators: 评价内容, 绩效内容, 考核指标项. */
  private static final Regex CONTENTS_HEADING = Regex.of("^[^目]{0,10}(指标|内容)[^目]{0,4}$");

  /**
   * A header that leaves the names' column unnamed. Under category headings (一级指标 | 二级指标 | (empty or 考核内容) |
   * 年度指标值) the first column after them that names no role heads the names: the names stand between the
   * categories and the values in every such table. Without category headings, in a self-evaluation's header whose
   * value headings the vocabulary knows (目标值, 实际完成值) and whose name's it does not (评价内容 | 绩效内容 |
   * 绩效目标值 | 实际完成值), the last heading before the target that speaks of indicators or contents, or is empty,
   * heads the names; where the header's cells start with the target (the words before it glued to the text
   * above), the names stand before it. (A goal's heading, 年度总体目标, is not one: the goals block of a
   * self-evaluation has the same value headings.)
   */
  private static void nameColumnUnnamed(List<ColumnRole> roles, List<String> texts, boolean positional) {
    int target = roles.indexOf(ColumnRole.TARGET);
    if (target < 0 || roles.contains(ColumnRole.LEVEL3) || roles.contains(ColumnRole.GOAL)) {
      return;
    }
    int categories = Math.max(roles.indexOf(ColumnRole.LEVEL1), roles.indexOf(ColumnRole.LEVEL2));
    if (categories >= 0) {
      for (int i = categories + 1; i < target; i++) {
        if (roles.get(i) == null) {
          roles.set(i, ColumnRole.LEVEL3);
          return;
        }
      }
      return;
    }
    if (!roles.contains(ColumnRole.ACTUAL) || roles.contains(ColumnRole.INDICATORS) || roles.stream().filter(Objects::nonNull).count() < 3) {
      // (预期目标 | 实际完成情况 alone head a self-evaluation's goals, not its indicators.)
      return;
    }
    if (target == 0 && !positional) {
      roles.add(0, ColumnRole.LEVEL3);
      texts.add(0, "");
      return;
    }
    for (int i = target - 1; i >= 0; i--) {
      if (roles.get(i) == null && (texts.get(i).isEmpty() || CONTENTS_HEADING.matches(texts.get(i)))) {
        roles.set(i, ColumnRole.LEVEL3);
        return;
      }
    }
  }

  /**
   * An indicator header whose value columns' headings the vocabulary does not know (年度绩效目标, or 年度目标
   * over the targets, which elsewhere heads the goal): the first heading after the name that names no role,
   * or names the goal, heads the targets, since every indicator table has them; where the header has a
   * weight or score column and no actual, the next unnamed heading before those heads the actuals. So does it where the
   * target's heading is known and the header scores its indicators (年度指标值 | 实际成效 | 分值 | 得分): a self-evaluation
   * puts what was achieved right after the target, whatever it calls it.
   */
  private static void valueColumnsUnnamed(List<ColumnRole> roles, List<String> texts) {
    int name = roles.indexOf(ColumnRole.LEVEL3);
    int known = roles.indexOf(ColumnRole.TARGET);
    if (name >= 0 && known > name && !roles.contains(ColumnRole.ACTUAL) && roles.contains(ColumnRole.SCORE)) {
      int actual = nextUnnamed(roles, texts, known + 1, false);
      if (actual >= 0) {
        roles.set(actual, ColumnRole.ACTUAL);
      }
      return;
    }
    if (name < 0 || roles.contains(ColumnRole.TARGET) || roles.contains(ColumnRole.CYCLE_TARGET)) {
      return;
    }
    int target = nextUnnamed(roles, texts, name + 1, true);
    if (target < 0) {
      return;
    }
    roles.set(target, ColumnRole.TARGET);
    if (!roles.contains(ColumnRole.ACTUAL) && (roles.contains(ColumnRole.SCORE) || roles.contains(ColumnRole.WEIGHT))) {
      int actual = nextUnnamed(roles, texts, target + 1, false);
      if (actual >= 0) {
        roles.set(actual, ColumnRole.ACTUAL);
      }
    }
  }

  /** The first column from {@code from} whose heading names no role (or the goal, when {@code goal}), before any value column; else -1. */
  private static int nextUnnamed(List<ColumnRole> roles, List<String> texts, int from, boolean goal) {
    for (int i = from; i < roles.size(); i++) {
      ColumnRole r = roles.get(i);
      if (r == null && !texts.get(i).isEmpty() || goal && r == ColumnRole.GOAL) {
        return i;
      }
      if (r != null && r.takesValue()) {
        return -1;
      }
    }
    return -1;
  }

  /** Marks the 中期 half's level 2, level 3 and target as CYCLE_ roles where a table has two halves. */
  private static void halves(List<ColumnRole> roles, List<String> texts) {
    int firstName = roles.indexOf(ColumnRole.LEVEL3);
    int secondName = firstName < 0 ? -1 : indexOf(roles, ColumnRole.LEVEL3, firstName + 1);
    if (secondName < 0) {
      return;
    }
    // The 年度 half starts at its own level 2 where it has one, else at its name.
    int secondLevel2 = indexOf(roles, ColumnRole.LEVEL2, firstName + 1);
    int split = secondLevel2 >= 0 && secondLevel2 < secondName ? secondLevel2 : secondName;
    for (int i = 0; i < split; i++) {
      ColumnRole r = roles.get(i);
      if (r == ColumnRole.LEVEL3) {
        roles.set(i, ColumnRole.CYCLE_LEVEL3);
      } else if (r == ColumnRole.LEVEL2 && split == secondLevel2) {
        roles.set(i, ColumnRole.CYCLE_LEVEL2);
      } else if (r == ColumnRole.TARGET && i > firstName) {
        roles.set(i, ColumnRole.CYCLE_TARGET);
      }
    }
  }

  private static int indexOf(List<ColumnRole> roles, ColumnRole role, int from) {
    for (int i = from; i < roles.size(); i++) {
      if (roles.get(i) == role) {
        return i;
      }
    }
    return -1;
  }

  boolean has(ColumnRole role) {
    return columns.contains(role);
  }

  /** The column of the indicator's name: this year's level 3, else the cycle half's, else -1. */
  int nameColumn() {
    int annual = columns.indexOf(ColumnRole.LEVEL3);
    return annual >= 0 ? annual : columns.indexOf(ColumnRole.CYCLE_LEVEL3);
  }

  /**
   * The roles that follow the name, in order, as a row without empty cells gives them. With two
   * halves, those after this year's name.
   */
  List<ColumnRole> tail() {
    int name = nameColumn();
    List<ColumnRole> tail = new ArrayList<>();
    for (int i = Math.max(name + 1, 0); i < columns.size(); i++) {
      ColumnRole r = columns.get(i);
      if (r != null && r != ColumnRole.LEVEL1 && r != ColumnRole.LEVEL2 && r != ColumnRole.CYCLE_LEVEL2
          && r != ColumnRole.LEVEL3 && r != ColumnRole.CYCLE_LEVEL3) {
        tail.add(r);
      }
    }
    if (name < 0 && tail.isEmpty()) {
      tail.add(ColumnRole.TARGET);
    }
    return tail;
  }

  /**
   * Every column after the name, unnamed ones as null: in a one-cell-per-line export whose empty
   * cells are kept, the cells after a name are dealt to these in order.
   */
  List<ColumnRole> columnsAfterName() {
    int name = nameColumn();
    return name < 0 ? List.of(ColumnRole.TARGET) : new ArrayList<>(columns.subList(name + 1, columns.size()));
  }

  /** Indicator-per-row tables name categories or indicators. */
  boolean isIndicatorTable() {
    return has(ColumnRole.LEVEL1) || has(ColumnRole.LEVEL3) || has(ColumnRole.CYCLE_LEVEL3);
  }

  /** Project-per-row tables name projects and pack their indicators or goals into cells. */
  boolean isProjectTable() {
    return has(ColumnRole.PROJECT_NAME) && (has(ColumnRole.INDICATORS) || has(ColumnRole.GOAL)) && !isIndicatorTable();
  }

  /** Self-evaluations state what was achieved. */
  boolean hasActuals() {
    return has(ColumnRole.ACTUAL) || has(ColumnRole.SCORE);
  }
}
