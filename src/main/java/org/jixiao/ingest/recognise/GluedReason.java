package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Regex;

/**
 * The reason or measure (偏差原因分析, 改进措施) that closes a self-evaluation row glued into one cell, after its score:
 * {@code …良好良好109加强项目管理,确保按期完成}. Its words can look like a value (按期完成) or a name, and the cutter, not
 * knowing the header, would take the row's end for the target. Under a header whose last column is the reason, after
 * the score, the words after the row's last number are that reason, and the row before them is cut as ending at the
 * score.
 */
final class GluedReason {

  /** The score (a number of points) and, after it to the row's end, words without a number: at least four characters. */
  private static final Regex AFTER_SCORE = Regex.of("(?<=\\d)([\\p{IsHan}][^\\d]{3,})$");

  /** A numbered item's mark with nothing before it (指标1 of 指标1工程完工率): the number is the item's, no score. */
  private static final Regex MARK_ALONE = Regex.of("^\\s*" + ItemMark.LOOSE + "$");

  private GluedReason() {}

  /** True when the header's last column is a reason, after the score: 分值 | 得分 | 偏差原因分析. */
  private static boolean reasonLast(List<ColumnRole> columns) {
    int score = columns.indexOf(ColumnRole.SCORE);
    for (int i = columns.size() - 1; i >= 0; i--) {
      if (columns.get(i) != null) {
        return columns.get(i) == ColumnRole.DESCRIPTION && score >= 0 && score < i;
      }
    }
    return false;
  }

  /** The row's cells cut again with the reason as the last cell; or {@code cells}. */
  static List<Cell> cut(Row row, List<Cell> cells, Schema schema) {
    if (!reasonLast(schema.columns()) || !CellCutter.isGluedRow(row)) {
      return cells;
    }
    String text = row.filledCells().get(0).strip();
    Matcher m = AFTER_SCORE.pattern().matcher(text);
    if (!m.find() || GluedNumbers.unitOpens(m.group(1)) || MARK_ALONE.matches(text.substring(0, m.start()))) {
      return cells;
    }
    List<Cell> out = new ArrayList<>(CellCutter.cells(row.line(), List.of(text.substring(0, m.start()))));
    // The row before the reason ends in the score: a number that the cutter takes for a value (alone, or with the
    // numbers before it it could not cut: 100100109).
    Cell last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last == null || !last.is(Cell.Kind.VALUE) || last.shape() != ValueGrammar.Shape.NUMBER) {
      return cells;
    }
    out.add(new Cell(m.group(1), row.line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
    return out;
  }
}
