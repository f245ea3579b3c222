package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * An indicator while its cells are being read: its name, the categories it was found under, and the
 * cells given so far to the roles its header names after the name.
 */
final class PartialIndicator {

  /** Name endings that a target never has: a text ending so starts the next indicator. */
  static final Pattern NAME_END = Pattern.compile(".*(率|数|量|度|性|额|次数|人数|面积|时间|时长|周期|情况|水平|能力|影响)$");
  /** Prose: an explanation or scoring rule rather than a name. */
  static final Pattern PROSE = Pattern.compile(".*([，,。；;：:]|得\\d|扣\\d|反映|按照|根据).*");

  /** A calendar year opening a cell (2021年…): a date or a heading, never a measured target. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");

  final Row row;
  String name;
  String level1;
  String level2;
  final List<ColumnRole> tail;
  final Map<ColumnRole, String> values = new EnumMap<>(ColumnRole.class);
  final List<Integer> lines = new ArrayList<>();
  int next;
  boolean anyTail;

  /** Cells are dealt to the columns after the name in order, empty ones included. */
  final boolean dealt;
  /**
   * Read by position under a header without category columns (指标名称 | 指标值): each cell stood under its own
   * column's heading, so a target in words is known for one by its place, not its form.
   */
  boolean placedWithoutCategories;

  PartialIndicator(Row row, String name, String level1, String level2, List<ColumnRole> tail, boolean dealt) {
    this.row = row;
    this.name = name;
    this.level1 = level1;
    this.level2 = level2;
    this.tail = tail;
    this.dealt = dealt;
    lines.add(row.line());
  }

  /** An empty cell in a line-per-cell export: the role it stands for stays empty. */
  void skip() {
    if (next < tail.size()) {
      next++;
    }
  }

  /** Gives the cell to the next role it can fill; false when none can take it. */
  boolean offer(Cell c) {
    if (dealt) {
      if (next >= tail.size()) {
        return false;
      }
      ColumnRole role = tail.get(next++);
      if (role != null) {
        values.putIfAbsent(role, c.text());
        anyTail = true;
      }
      if (!lines.contains(c.line())) {
        lines.add(c.line());
      }
      return true;
    }
    for (int r = next; r < tail.size(); r++) {
      if (fits(tail.get(r), c) || r == next && c.is(Cell.Kind.TEXT) && unitOfABareNumber(tail.get(r), c.text())) {
        // A role a header names twice (实际完成值 | 完成情况) keeps its first column's cell.
        values.putIfAbsent(tail.get(r), c.text());
        next = r + 1;
        anyTail = true;
        if (!lines.contains(c.line())) {
          lines.add(c.line());
        }
        return true;
      }
    }
    return false;
  }

  /**
   * In a row read as one indicator, a cell that is a second one all the same: this one has its target,
   * and the cell is a name (…次数, …率) with a target of its own after it ({@code 足额保障率 | =100% |
   * 22.5 | 科目调整次数 | ≤10次}), where an explanation would be followed by a number at most (a bare
   * number is such a target too where the header has no weight, score or actual for it).
   */
  boolean secondInRow(Cell c, Cell after) {
    if (!dealt && values.containsKey(ColumnRole.TARGET) && after != null && tail.contains(ColumnRole.SIGN)
        && (after.shape() == ValueGrammar.Shape.SIGN || after.shape() == ValueGrammar.Shape.KIND)
        && c.text().length() <= 30 && !PROSE.matcher(c.text()).matches()) {
      // … ≥ 70 村 文物宣传教育短信 ≥ 3: under a 指标性质 column a name is followed by its sign or 定性.
      return true;
    }
    if (dealt || tail.contains(ColumnRole.DESCRIPTION) || !values.containsKey(ColumnRole.TARGET) || after == null || !after.isTargetLike()
        || after.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.NUMBER && numbersBesideTheTarget()) {
      return false;
    }
    String t = org.jixiao.vocabulary.Hanzi.foldChars(c.text());
    // A text that does not end as names end is still a name when a signed target follows it (系统服务对象
    // ≥600万): an explanation runs on in words, it does not carry a comparison of its own. So is one
    // followed by a measured value where no role of this indicator is left that a text could fill
    // (项目成本 20万元 after 验收合格率 ≥98%, under 三级指标 | 指标值).
    // So is a deadline after a name (项目完成时限 2025年12月), and a yes-no answer after a question
    // (已建工程是否存在质量问题 否).
    boolean measured = (after.shape() == ValueGrammar.Shape.MEASURE || after.shape() == ValueGrammar.Shape.NUMBER)
        && !YEAR.matcher(after.text()).lookingAt() // 2021年培训人数 is a heading, not 2021 years
        || after.shape() == ValueGrammar.Shape.DATE
        || t.contains("是否") && (after.text().strip().equals("是") || after.text().strip().equals("否"));
    return t.length() <= 30 && (NAME_END.matcher(t).matches() || after.isSignedMeasure() || measured && noRoleLeftForText())
        && !PROSE.matcher(t).matches();
  }

  /** True when every role after those filled takes a number only (a weight, a score), or none is left. */
  private boolean noRoleLeftForText() {
    for (int r = next; r < tail.size(); r++) {
      ColumnRole role = tail.get(r);
      if (role != ColumnRole.WEIGHT && role != ColumnRole.SCORE && role != ColumnRole.COMPLETION) {
        return false;
      }
    }
    return true;
  }

  /** True when the header gives a bare number a place besides the target: a weight, a score, an actual. */
  private boolean numbersBesideTheTarget() {
    return tail.stream().anyMatch(r -> r.takesValue() && r != ColumnRole.TARGET);
  }

  /**
   * True when a text cell starts the next indicator rather than filling a role of this one. A
   * text followed by a value is a name with its target, unless a value role of this indicator is
   * still waiting after a text target; a text followed by more text or a category is this one's
   * explanation where the header has one; a text in the target's place is the target when it does
   * not read as a name.
   */
  boolean startsNew(Cell c, Cell after) {
    if (dealt) {
      return next >= tail.size();
    }
    String t = c.text();
    if (awaitsActualBeforeNumbers() && after != null && after.shape() == ValueGrammar.Shape.NUMBER && t.length() <= 25
        && !NAME_END.matcher(t).matches() && !PROSE.matcher(t).matches() && !IndicatorRecords.NUMBERING.find(t)) {
      // 设备维护情况 / 高 / 较高 / 10 / 9, one cell per line: after the target, a short text that does not
      // end as a name and is followed by the weight or score is the actual in words (达成预期指标).
      return false;
    }
    int targetAt = indexOf(ColumnRole.TARGET);
    int descriptionAt = indexOf(ColumnRole.DESCRIPTION);
    boolean valueFollows = after != null && after.isTargetLike();
    if (fillsTheNextRole(t, after)) {
      return false;
    }
    if (inReasonsPlace(descriptionAt) && after != null && after.is(Cell.Kind.CATEGORY) && values.containsKey(ColumnRole.TARGET)) {
      // … 10 9 加强项目管理,确保按期完成 产出指标 …: the text in the reason's place before the next row's category is
      // that reason, met or not; a name would be followed by its target.
      return false;
    }
    if (metWithOnlyTheReasonLeft(descriptionAt) && !reasonBeforeTheNextName(t, after)) {
      return true;
    }
    if (targetAt < 0) {
      // 指标2:建设…数量 then ≥200: the colon of the item's numbering is no clause of a reason. Under the national
      // template's 指标性质 the next name is followed by its sign or 定性 (… 10 / 9 / 开展活动次数 / ≥ / 28 / 次), a
      // reason by neither.
      boolean kindFollows = after != null && (after.shape() == ValueGrammar.Shape.SIGN || after.shape() == ValueGrammar.Shape.KIND);
      return descriptionAt < 0 || (valueFollows || kindFollows) && !PROSE.matcher(IndicatorRecords.NUMBERING.replaceFirst(t, "")).matches();
    }
    if (descriptionAt >= 0 && descriptionAt < targetAt) {
      return false;
    }
    if (valueFollows && !valueRoleAfter(targetAt)) {
      return true;
    }
    // The target's place is next also after the roles a header puts before it (分值 | 年度指标值: name / 10 / 高 / 高 / 9).
    boolean targetsPlace = next < tail.size() && tail.get(next) == ColumnRole.TARGET && !values.containsKey(ColumnRole.TARGET);
    return anyTail && !targetsPlace || NAME_END.matcher(t).matches() || t.length() > 25 || IndicatorRecords.NUMBERING.find(t);
  }

  /** Values of a 指标性质 column that say the target is written in words. */
  private static final Pattern QUALITATIVE_KIND = Pattern.compile("定性|定性指标|文字描述|描述");
  /** A unit in words the value grammar does not know: 万条, km, 畝, %(百分比), %及以上. */
  private static final Pattern UNIT_WORD = Pattern.compile(
      "[^\\d\\s，,。；;：:()（）]{1,4}(?:[(（][^()（）]{1,6}[)）])?(?:及以上|以上|及以下|以下|以内)?");

  /**
   * True when a text is the one the national template's columns wait for: the target after 指标性质
   * says 定性 (定性 | 影响程度明显), or the unit of a bare number (≥ | 3 | 万条). A short name of the
   * next indicator would be followed by its own sign or 定性, an actual or a unit is not.
   */
  private boolean fillsTheNextRole(String t, Cell after) {
    if (next >= tail.size()) {
      return false;
    }
    ColumnRole waiting = tail.get(next);
    if (waiting == ColumnRole.TARGET && values.containsKey(ColumnRole.SIGN)) {
      return QUALITATIVE_KIND.matcher(values.get(ColumnRole.SIGN).strip()).matches();
    }
    boolean signFollows = after != null && (after.shape() == ValueGrammar.Shape.SIGN || after.shape() == ValueGrammar.Shape.KIND);
    return !signFollows && unitOfABareNumber(waiting, t);
  }

  /** A unit in words the value grammar does not know (万条, km) in the unit's column after a bare number. */
  private boolean unitOfABareNumber(ColumnRole role, String t) {
    String target = values.get(ColumnRole.TARGET);
    return role == ColumnRole.MEASURE_UNIT && target != null && target.strip().matches("\\d+(?:\\.\\d+)?")
        && UNIT_WORD.matcher(t.strip()).matches() && !NAME_END.matcher(t.strip()).matches();
  }

  /** True when the reason (the header's last column, a description) is the only role left to fill. */
  private boolean inReasonsPlace(int descriptionAt) {
    return descriptionAt >= 0 && next == descriptionAt && descriptionAt == tail.size() - 1;
  }

  /**
   * True when every role up to a last explanation column (偏差原因分析 after the score) is filled and
   * the actual is the target: a row that met its target gives no reason for a deviation, so a text
   * after its score is the next indicator's name (专款专用 / 专款专用 / 10 / 10, then 修缮级别 …).
   */
  private boolean metWithOnlyTheReasonLeft(int descriptionAt) {
    if (!inReasonsPlace(descriptionAt)) {
      return false;
    }
    String target = values.get(ColumnRole.TARGET);
    String actual = values.get(ColumnRole.ACTUAL);
    return target != null && actual != null && !target.isBlank() && target.strip().equals(actual.strip())
        && (values.containsKey(ColumnRole.SCORE) || values.containsKey(ColumnRole.WEIGHT));
  }

  /**
   * True when a text in the reason's place reads as one, in clauses (按计划完成,无偏差), and words, not a value,
   * follow it: a form that asks for a reason gets one where the target was met too, and the next row's name is
   * what those words begin. A name ends as one does (…率, …情况) or is followed by its target.
   */
  private static boolean reasonBeforeTheNextName(String t, Cell after) {
    return after != null && after.is(Cell.Kind.TEXT) && PROSE.matcher(t).matches() && !NAME_END.matcher(t.strip()).matches();
  }

  /** True when the target is given and the actual is the next role, with a weight or a score after it. */
  private boolean awaitsActualBeforeNumbers() {
    // A unit column between them (定性 | 高 | (no unit) | 高 | 10 | 9) is left empty by a target in words.
    int at = next < tail.size() && tail.get(next) == ColumnRole.MEASURE_UNIT ? next + 1 : next;
    return values.containsKey(ColumnRole.TARGET) && at + 1 < tail.size() && tail.get(at) == ColumnRole.ACTUAL
        && (tail.get(at + 1) == ColumnRole.WEIGHT || tail.get(at + 1) == ColumnRole.SCORE);
  }

  /** True when a role after the target can take a value (an actual, a weight, a score). */
  private boolean valueRoleAfter(int targetAt) {
    for (int r = targetAt + 1; r < tail.size(); r++) {
      ColumnRole role = tail.get(r);
      if (role == ColumnRole.ACTUAL || role == ColumnRole.WEIGHT || role == ColumnRole.SCORE || role == ColumnRole.COMPLETION
          || role == ColumnRole.MEASURE_UNIT) {
        return true;
      }
    }
    return false;
  }

  private int indexOf(ColumnRole role) {
    for (int r = next; r < tail.size(); r++) {
      if (tail.get(r) == role) {
        return r;
      }
    }
    return -1;
  }

  /**
   * In a row read as one indicator, a text in the target's place that explains the indicator, where
   * the header names no explanation column: a sentence (享受补贴政策人数占…的比例) followed by a
   * measured target and as many values as the roles from the target on can take. A text target
   * (按规定公开) is followed by fewer values, or by none that is measured.
   */
  boolean explainsBeforeTarget(Cell c, List<Cell> rest) {
    if (dealt || values.containsKey(ColumnRole.TARGET) || c.text().length() < 8 || !c.is(Cell.Kind.TEXT)) {
      return false;
    }
    int targetAt = indexOf(ColumnRole.TARGET);
    int descriptionAt = indexOf(ColumnRole.DESCRIPTION);
    if (targetAt < 0 || descriptionAt >= 0 && descriptionAt < targetAt) {
      return false;
    }
    for (int r = next; r < targetAt; r++) {
      if (fits(tail.get(r), c)) {
        return false; // a role before the target takes the text
      }
    }
    long roles = tail.subList(targetAt, tail.size()).stream().filter(ColumnRole::takesValue).count();
    Cell first = null;
    int values = 0;
    for (Cell after : rest) {
      if (after.isBlank()) {
        continue;
      }
      if (!after.is(Cell.Kind.VALUE)) {
        break;
      }
      if (first == null) {
        first = after;
      }
      if (after.isTargetLike()) {
        values++;
      }
    }
    return first != null && (first.shape() == ValueGrammar.Shape.MEASURE || first.shape() == ValueGrammar.Shape.DATE) && values >= roles;
  }

  /**
   * True when the next role to fill is the target, with nothing given yet: the name stood alone on
   * its line and its target is to come.
   */
  boolean awaitsTarget() {
    return !dealt && !anyTail && next < tail.size() && tail.get(next) == ColumnRole.TARGET;
  }

  /**
   * True when the next role to fill is the target and only the explanation the header puts before it was
   * given, on the line after the name (name / 反映…情况 / its target, one cell per line).
   */
  boolean awaitsTargetAfterItsExplanation() {
    return explainedOnly() && lines.size() == 2;
  }

  /** As {@link #awaitsTargetAfterItsExplanation()} in a line of many cells, where {@code before} is that explanation's cell. */
  boolean awaitsTargetRightAfterItsExplanation(Cell before) {
    return explainedOnly() && before != null && before.text().strip().equals(values.get(ColumnRole.DESCRIPTION).strip());
  }

  private boolean explainedOnly() {
    return !dealt && next < tail.size() && tail.get(next) == ColumnRole.TARGET && values.size() == 1
        && values.containsKey(ColumnRole.DESCRIPTION);
  }

  /**
   * True when a text is the rest of this indicator's target in words, cut off where the value grammar
   * found a value at its start ({@code 完成时限2021年12月底完成项目规划相关工作。}, {@code 开放质量全面落实学校体育设施向社会开放工作。}):
   * the row is one glued cell, the text ends it right after the target, the target is the last role the
   * header gives, and the text does not end as a name ends (a second indicator would, or have a value).
   */
  boolean continuesTarget(Cell c, Cell after) {
    String target = values.get(ColumnRole.TARGET);
    if (dealt || target == null || target.isBlank() || !c.is(Cell.Kind.TEXT) || c.line() != row.line()
        || after != null && after.line() == row.line() || !CellCutter.isGluedRow(row) || tail.indexOf(ColumnRole.TARGET) != tail.size() - 1) {
      return false;
    }
    String t = c.text().strip();
    return row.filledCells().get(0).strip().endsWith(target.strip() + t) && !NAME_END.matcher(org.jixiao.vocabulary.Hanzi.foldChars(t)).matches()
        && !IndicatorRecords.NUMBERING.lookingAt(t);
  }

  /** The rest of the target in words (see {@link #continuesTarget}). */
  void continueTarget(Cell c) {
    values.put(ColumnRole.TARGET, values.get(ColumnRole.TARGET).strip() + c.text().strip());
  }

  /** True when the name was its line's only text (one cell per line), and no later line has been read into it. */
  boolean aloneOnItsLine() {
    return lines.size() == 1 && row.filledCells().size() == 1
        && IndicatorRecords.NUMBERING.replaceFirst(row.text().strip(), "").strip().equals(name.strip());
  }

  /** Takes a whole line as the target (see {@link #awaitsTarget()}). */
  void target(String text, int line) {
    values.put(ColumnRole.TARGET, text);
    next++;
    anyTail = true;
    if (!lines.contains(line)) {
      lines.add(line);
    }
  }

  /**
   * The explanation that was glued to the name ({@link GluedExplanation}) fills the explanation column
   * before the target, and the target too when the cell held it (null when not); the roles after them stay open.
   */
  void explainedInItsName(String name, String explanation, String target) {
    this.name = name;
    int description = tail.indexOf(ColumnRole.DESCRIPTION);
    values.put(ColumnRole.DESCRIPTION, explanation);
    next = Math.max(next, description + 1);
    if (target != null) {
      values.put(ColumnRole.TARGET, target);
      next = Math.max(next, tail.indexOf(ColumnRole.TARGET) + 1);
    }
    anyTail = true;
  }

  /** The name, the kind (定性, 定量) and the target in words a glued cell held ({@link GluedKind}). */
  void kindInItsName(String name, String kind, String target) {
    this.name = name;
    values.put(ColumnRole.SIGN, kind);
    values.put(ColumnRole.TARGET, target);
    next = Math.max(next, tail.indexOf(ColumnRole.TARGET) + 1);
    anyTail = true;
  }

  /** Keeps an explanation read in the target's place; the roles stay open for the values after it. */
  void explain(Cell c) {
    values.merge(ColumnRole.DESCRIPTION, c.text(), (a, b) -> a + b);
    if (!lines.contains(c.line())) {
      lines.add(c.line());
    }
  }

  /** Whether a cell can fill a role. */
  static boolean fits(ColumnRole role, Cell c) {
    ValueGrammar.Shape s = c.shape();
    return switch (role) {
      case TARGET, CYCLE_TARGET, ACTUAL -> c.isTargetLike() || c.is(Cell.Kind.TEXT) && c.text().length() <= 40;
      case COMPLETION -> s == ValueGrammar.Shape.MEASURE || s == ValueGrammar.Shape.NUMBER;
      case WEIGHT, SCORE -> s == ValueGrammar.Shape.NUMBER || s == ValueGrammar.Shape.EMPTY;
      case SIGN -> s == ValueGrammar.Shape.SIGN || s == ValueGrammar.Shape.KIND;
      case MEASURE_UNIT -> s == ValueGrammar.Shape.UNIT || s == ValueGrammar.Shape.EMPTY;
      case DESCRIPTION -> c.is(Cell.Kind.TEXT) || s == ValueGrammar.Shape.QUALITATIVE || s == ValueGrammar.Shape.KIND;
      default -> false;
    };
  }
}
