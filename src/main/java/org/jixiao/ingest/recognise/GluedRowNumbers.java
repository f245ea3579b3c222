package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-evaluation row glued into one cell leaves numbers with nothing between them as one: the
 * target, actual, weight and score (100100109), or the weight and score (109); under a header that puts
 * the weight first (分值 | 年度指标值 | 实际完成值 | 得分), the weight between the name and the target
 * (工程质量管理10≥95%, 10100%). Where the header's roles say which numbers a row holds and only one reading
 * fits ({@link GluedNumbers}), they are given to their roles.
 */
final class GluedRowNumbers {

  /** The roles that take numbers, in the national template's order (年度指标值 | 实际完成值 | 分值 | 得分); the cuts give them so. */
  private static final List<ColumnRole> TARGET_FIRST = List.of(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
  /** The roles that take numbers, in a header that puts the weight first (分值 | 年度指标值 | 实际完成值 | 得分). */
  private static final List<ColumnRole> WEIGHT_FIRST = List.of(ColumnRole.WEIGHT, ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.SCORE);
  /** A name with a weight after it, and the comparison sign that opens the target after that: 工程质量管理10≥. */
  private static final Pattern WEIGHT_AFTER_NAME = Pattern.compile("(.*[^\\d.\\s])(\\d{1,3})(>=|<=|[≥≤＞＜><=＝≧≦])?");
  /** A name, a weight, and words after it: 带动农民增收10农民增收 (the last number between words). */
  private static final Pattern WEIGHT_INSIDE_NAME = Pattern.compile("(.*[^\\d.\\s])(\\d{1,3})([^\\d.\\s%．][^\\d]*)");

  private GluedRowNumbers() {}

  /** Gives the numbers of {@code r}, a row glued into one cell, to their roles where one reading fits. */
  static void spread(PartialIndicator r) {
    if (r.dealt || r.lines.size() != 1 || r.row.filledCells().size() != 1) {
      return;
    }
    List<ColumnRole> numbers = r.tail.stream().filter(ColumnRole::takesValue).toList();
    if (numbers.equals(WEIGHT_FIRST)) {
      spreadWeightFirst(r);
      return;
    }
    if (numbers.equals(TARGET_FIRST) && r.values.containsKey(ColumnRole.TARGET) && reasonTakenForActual(r)) {
      return;
    }
    if (numbers.equals(TARGET_FIRST) && r.values.containsKey(ColumnRole.TARGET)
        && TARGET_FIRST.subList(1, 4).stream().noneMatch(r.values::containsKey)) {
      List<String> cut = GluedNumbers.targetActualWeightScore(r.values.get(ColumnRole.TARGET));
      for (int i = 0; cut != null && i < 4; i++) {
        r.values.put(TARGET_FIRST.get(i), cut.get(i));
      }
      if (cut != null) {
        r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
      }
    } else if (numbers.equals(TARGET_FIRST) && r.values.containsKey(ColumnRole.TARGET) && r.values.containsKey(ColumnRole.ACTUAL)
        && TARGET_FIRST.subList(2, 4).stream().noneMatch(r.values::containsKey)) {
      // ≥3次 | 3109: the target stood apart, the actual, weight and score did not.
      List<String> cut = GluedNumbers.actualWeightScore(r.values.get(ColumnRole.ACTUAL), r.values.get(ColumnRole.TARGET));
      for (int i = 0; cut != null && i < 3; i++) {
        r.values.put(TARGET_FIRST.get(i + 1), cut.get(i));
      }
      if (cut != null) {
        r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
      }
    } else if (numbers.containsAll(TARGET_FIRST.subList(2, 4)) && r.values.containsKey(ColumnRole.WEIGHT) && !r.values.containsKey(ColumnRole.SCORE)) {
      List<String> cut = GluedNumbers.weightScore(r.values.get(ColumnRole.WEIGHT));
      if (cut != null) {
        r.values.put(ColumnRole.WEIGHT, cut.get(0));
        r.values.put(ColumnRole.SCORE, cut.get(1));
        r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
      }
    }
  }

  /**
   * The reason or measure written after the numbers (偏差原因分析, 改进措施 after the score: 100100109加强项目管理, or its
   * empty mark /), taken for the actual because the numbers before it stayed one: where those numbers cut into a
   * target, an actual, a weight and a score, the text is the reason. True when the row was read so.
   */
  private static boolean reasonTakenForActual(PartialIndicator r) {
    int reason = r.tail.indexOf(ColumnRole.DESCRIPTION);
    String actual = r.values.get(ColumnRole.ACTUAL);
    if (reason < r.tail.indexOf(ColumnRole.SCORE) || actual == null || r.values.containsKey(ColumnRole.DESCRIPTION)
        || r.values.containsKey(ColumnRole.WEIGHT) || r.values.containsKey(ColumnRole.SCORE)
        || Cell.of(actual, r.row.line()).isTargetLike() && !actual.strip().equals("/")) {
      return false;
    }
    List<String> cut = GluedNumbers.targetActualWeightScore(r.values.get(ColumnRole.TARGET));
    if (cut == null) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      r.values.put(TARGET_FIRST.get(i), cut.get(i));
    }
    r.values.put(ColumnRole.DESCRIPTION, actual);
    r.next = Math.max(r.next, reason + 1);
    return true;
  }

  /**
   * The same under a header that puts the weight first: digits alone (1052109) were taken as the weight, and a
   * target that followed its weight with nothing between (10100%) as the target.
   */
  private static void spreadWeightFirst(PartialIndicator r) {
    String weight = r.values.get(ColumnRole.WEIGHT);
    if (weightInsideName(r)) {
      return;
    }
    if (weight != null && TARGET_FIRST.subList(0, 2).stream().noneMatch(r.values::containsKey) && !r.values.containsKey(ColumnRole.SCORE)) {
      List<String> cut = GluedNumbers.weightTargetActualScore(weight);
      for (int i = 0; cut != null && i < 4; i++) {
        r.values.put(TARGET_FIRST.get(i), cut.get(i));
      }
      if (cut != null) {
        r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
      }
    } else if (weight == null && r.values.containsKey(ColumnRole.TARGET) && weightClosingName(r)) {
      return;
    } else if (weight == null && r.values.containsKey(ColumnRole.TARGET)) {
      List<String> cut = GluedNumbers.weightBeforeTarget(r.values.get(ColumnRole.TARGET), r.values.get(ColumnRole.ACTUAL),
          r.values.get(ColumnRole.SCORE));
      for (int i = 0; cut != null && i < 4; i++) {
        if (cut.get(i) != null) {
          r.values.put(WEIGHT_FIRST.get(i), cut.get(i));
        }
      }
      if (cut != null && cut.get(3) != null) {
        r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
      }
    }
  }

  /**
   * A weight left at the end of the name, where the target after it opened with a sign or with words (工程质量管理10≥ |
   * 95%, 修缮建筑数量10 | 完成…): the name's own text does not end in a bare number of points, so the number, 1 to 100
   * and at least the row's score, is the weight, and a sign after it opens the target. True when it was moved.
   */
  private static boolean weightClosingName(PartialIndicator r) {
    Matcher m = WEIGHT_AFTER_NAME.matcher(r.name);
    String score = r.values.get(ColumnRole.SCORE);
    if (!m.matches() || !GluedNumbers.isWeight(Double.parseDouble(m.group(2))) || m.group(2).startsWith("0")
        || score != null && score.strip().matches("\\d+(\\.\\d+)?") && Double.parseDouble(score.strip()) > Double.parseDouble(m.group(2))) {
      return false;
    }
    r.name = m.group(1);
    r.values.put(ColumnRole.WEIGHT, m.group(2));
    if (m.group(3) != null) {
      r.values.put(ColumnRole.TARGET, m.group(3) + r.values.get(ColumnRole.TARGET).strip());
    }
    return true;
  }

  /**
   * A weight inside the name, the target in words after it (带动农民增收10农民增收 | 达成预期指标 | 9; 粮食储备设备维护及安全性10高高
   * | 9, the target and actual written alike): the name ends where the weight begins, and the cells read after it move
   * one place on, when that makes exactly a weight, a target, an actual and a score at most the weight. A number in
   * the name with its unit after it (资助10名学生) is the name's own. True when the row was read so.
   */
  private static boolean weightInsideName(PartialIndicator r) {
    Matcher m = WEIGHT_INSIDE_NAME.matcher(r.name);
    if (!m.matches() || m.group(1).length() < 2 || m.group(2).startsWith("0") || !GluedNumbers.isWeight(Double.parseDouble(m.group(2)))) {
      return false;
    }
    String words = m.group(3);
    if (GluedNumbers.unitOpens(words)) {
      return false;
    }
    List<String> cells = new ArrayList<>();
    cells.add(m.group(2));
    int half = words.length() / 2;
    if (words.length() % 2 == 0 && words.substring(0, half).equals(words.substring(half))) {
      cells.add(words.substring(0, half));
      cells.add(words.substring(half));
    } else {
      cells.add(words);
    }
    for (ColumnRole role : WEIGHT_FIRST) {
      if (r.values.containsKey(role)) {
        cells.add(r.values.get(role).strip());
      }
    }
    String score = cells.get(cells.size() - 1);
    if (cells.size() != 4 || !score.matches("\\d+(\\.\\d+)?") || Double.parseDouble(score) > Double.parseDouble(m.group(2))) {
      return false;
    }
    r.name = m.group(1);
    for (int i = 0; i < 4; i++) {
      r.values.put(WEIGHT_FIRST.get(i), cells.get(i));
    }
    r.next = Math.max(r.next, r.tail.indexOf(ColumnRole.SCORE) + 1);
    return true;
  }
}
