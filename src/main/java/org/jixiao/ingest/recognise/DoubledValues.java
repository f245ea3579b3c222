package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Regex;

/**
 * A self-evaluation row glued into one cell whose target and actual are the same text, written twice:
 * {@code 一个存储备份器25TB25TB109} is the name 一个存储备份器, the target and actual 25TB, and the weight and
 * score 109; {@code 修缮建筑数量完成…护栏制装完成…护栏制装109} likewise, however long the text. A row that met
 * its target (most rows do) writes it so, and the repetition marks where the name ends and each value
 * does, where neither the value grammar nor the name's ending can.
 */
final class DoubledValues {

  /** What may follow the two values: the weight and the score, glued or not. */
  private static final Regex NUMBERS = Regex.of("^[\\d.]*$");
  /** One-character answers a self-evaluation writes twice: 是是, 否否. */
  private static final Regex SHORT_ANSWER = Regex.of("^[是否有无]$");

  /** Signs of a target: they stand before the target's copy, not the actual's. */
  private static final String SIGNS = "≥≤≧≦<>=＜＞＝";
  /** The kind of a target in the template's 指标性质 column, glued after the name. */
  private static final Regex KIND = Regex.of("..(定性|定量)$");

  private DoubledValues() {}

  /**
   * The row's cells with the name, the doubled value twice and the numbers after them, or null when
   * the row is not one glued cell of a self-evaluation (a target and then an actual in the header) or
   * holds no doubled text after a name of two characters or more.
   */
  static List<Cell> cut(Row row, List<Cell> cells, List<ColumnRole> tail) {
    int target = tail.indexOf(ColumnRole.TARGET);
    // The national template's unit column (指标值 | 度量单位 | 实际完成值) may stand between them.
    int actual = target + 1 < tail.size() && tail.get(target + 1) == ColumnRole.MEASURE_UNIT ? target + 2 : target + 1;
    if (target < 0 || actual >= tail.size() || tail.get(actual) != ColumnRole.ACTUAL || !CellCutter.isGluedRow(row)) {
      return null;
    }
    // The name starts after the row's last category word (长效 | 管理指标 | 档案管理有效性…).
    int first = -1;
    for (int i = cells.size() - 1; i >= 0 && first < 0; i--) {
      Cell c = cells.get(i);
      first = c.is(Cell.Kind.CATEGORY) || c.is(Cell.Kind.HEADER) ? i + 1 : -1;
    }
    first = Math.max(first, 0);
    while (first < cells.size() && cells.get(first).isBlank()) {
      first++;
    }
    if (first >= cells.size()) {
      first = -1;
    }
    if (first < 0) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    cells.subList(first, cells.size()).forEach(c -> joined.append(c.text()));
    String text = joined.toString();
    if (!row.filledCells().get(0).strip().endsWith(text)) {
      return null; // the cutter dropped or rewrote something: the pieces are not the cell as written
    }
    // The numbers after the values (weight, score) may run on from a value's own digits (=100=100109):
    // try each place they may start, all the digits at the end first.
    int digitsFrom = text.length();
    while (digitsFrom > 0 && NUMBERS.matches(text.substring(digitsFrom - 1))) {
      digitsFrom--;
    }
    if (actual + 1 < tail.size() && tail.get(actual + 1) == ColumnRole.COMPLETION) {
      // …完成率100%100%100%109 under 实际完成值 | 完成率: the completion rate stands between the doubled value and the
      // numbers; the doubled value is the two before it.
      java.util.regex.Matcher m = COMPLETION_AT_END.pattern().matcher(text);
      if (m.find() && m.start() > 0) {
        List<Cell> out = doubledBefore(text.substring(0, m.start()), List.of(m.group(1), text.substring(m.end(1))), cells.subList(0, first), row.line());
        if (out != null) {
          return out;
        }
      }
    }
    for (int numbersFrom = digitsFrom; numbersFrom <= text.length(); numbersFrom++) {
      List<Cell> out = doubledBefore(text.substring(0, numbersFrom), List.of(text.substring(numbersFrom)), cells.subList(0, first), row.line());
      if (out != null) {
        return out;
      }
    }
    return null;
  }

  /** A completion rate and the numbers after it at the end of a glued row: 100%109. */
  private static final Regex COMPLETION_AT_END = Regex.of("(\\d+(?:\\.\\d+)?%)[\\d.]*$");

  private static List<Cell> doubledBefore(String body, List<String> after, List<Cell> before, int line) {
    for (int k = (body.length() - 2) / 2; k >= 1; k--) {
      int at = body.length() - 2 * k;
      String value = body.substring(at, at + k);
      if (!value.equals(body.substring(at + k)) || k == 1 && !SHORT_ANSWER.matches(value) || value.isBlank() || NUMBERS.matches(value)) {
        // Numbers alone twice (100100109) are GluedNumbers' to cut, with what a weight and a score can be.
        continue;
      }
      String name = body.substring(0, at);
      if (name.endsWith(value.substring(0, 1)) && ValueGrammar.valueAt(value, 0) == null) {
        continue; // 高高满意…: a doubled character at the seam, not a doubled value
      }
      if (!name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1)) && Character.isDigit(value.charAt(0))) {
        continue; // …调查290%100%10|9: the seam inside a number, not between a name and its value
      }
      // ≥20000亩20000亩: the target's sign stands before the first copy only; the actual has none.
      int sign = name.length();
      while (sign > 0 && SIGNS.indexOf(name.charAt(sign - 1)) >= 0) {
        sign--;
      }
      List<Cell> out = new ArrayList<>(before);
      String kind = KIND.find(name.substring(0, sign)) ? name.substring(sign - 2, sign) : "";
      // …名称定性较好较好: the template's 指标性质 (定性, 定量) stands between the name and the target.
      out.add(new Cell(name.substring(0, sign - kind.length()), line, Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
      if (!kind.isEmpty()) {
        out.add(Cell.of(kind, line));
      }
      out.add(new Cell(name.substring(sign) + value, line, Cell.Kind.VALUE, null, null, ValueGrammar.Shape.QUALITATIVE));
      out.add(new Cell(value, line, Cell.Kind.VALUE, null, null, ValueGrammar.Shape.QUALITATIVE));
      for (String numbers : after) {
        if (!numbers.isEmpty()) {
          out.add(Cell.of(numbers, line));
        }
      }
      return out;
    }
    return null;
  }
}
