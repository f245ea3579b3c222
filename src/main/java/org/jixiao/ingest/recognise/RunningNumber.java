package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;

/**
 * The running number (序号) of a row whose cells an export glued together: {@code 1绿化美化公路=3500米} under
 * 序号 | 绩效指标 | 指标值 is row 1, the name 绿化美化公路 and its target. Glued to the name, the number reads as a
 * quantity (1 of something) or as the name's first word. It is taken off only where the header's column before the
 * indicators is unnamed (序号 names no role) and the number is the one the table's rows count up to (1, then one more
 * than the last): a name that opens with a number (5000吨稻谷…) does not count the rows.
 */
final class RunningNumber {

  private static final Regex LEADING = Regex.of("^(\\d{1,3})(?=\\p{IsHan})");

  /** The last running number taken off a row of this table, 0 before the first. */
  private int last;

  /** A new header: its rows count from 1. */
  void reset() {
    last = 0;
  }

  /** True when the column before the indicators' first (一级, 二级 or the names') is unnamed: 序号 | 绩效指标 | 指标值. */
  private static boolean numberedBeforeTheIndicators(List<ColumnRole> columns) {
    for (int i = 0; i < columns.size(); i++) {
      ColumnRole c = columns.get(i);
      if (c == ColumnRole.LEVEL1 || c == ColumnRole.LEVEL2 || c == ColumnRole.LEVEL3) {
        return i > 0 && columns.get(i - 1) == null;
      }
    }
    return false;
  }

  /** The row's cells cut again without its running number, the number's column left blank; or {@code cells}. */
  List<Cell> cut(Row row, List<Cell> cells, Schema schema) {
    if (!numberedBeforeTheIndicators(schema.columns()) || !CellCutter.isGluedRow(row)) {
      return cells;
    }
    String text = row.filledCells().get(0).strip();
    java.util.regex.Matcher m = LEADING.pattern().matcher(text);
    if (!m.lookingAt()) {
      return cells;
    }
    int n = Integer.parseInt(m.group(1));
    if (n != last + 1 && n != 1) {
      return cells;
    }
    last = n;
    List<Cell> out = new ArrayList<>();
    out.add(Cell.of("", row.line())); // the number stood in a column of its own, which holds no part of the indicator
    out.addAll(CellCutter.cells(row.line(), List.of(text.substring(m.end()))));
    return out;
  }
}
