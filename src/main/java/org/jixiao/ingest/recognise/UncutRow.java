package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * A row whose cells the source kept apart (tabs, pipes, a spreadsheet's cells) needs no cutting where
 * it sits under its header: {@code 满意率不低于95%} under 指标值 is one target, not a name and a value
 * glued. The cutter splits such cells because it reads each one alone; under the header the cut is
 * right only for the cell in the name's column ({@code 农村学校改造覆盖率100%} under 三级指标, its target
 * column empty). So the row is read whole when it fits the header and every cell the cutter split
 * falls under a value's column.
 */
final class UncutRow {

  private UncutRow() {}

  /** The row's cells uncut when that reading fits the header better, else {@code cut}. */
  static List<Cell> choose(Row row, List<Cell> cut, Schema schema, int previousShift) {
    if (row.cells().size() < 2) {
      return cut;
    }
    List<Cell> whole = new ArrayList<>(row.cells().size());
    for (String text : row.cells()) {
      whole.add(Cell.of(text, row.line()));
    }
    if (whole.size() == cut.size()) {
      return cut;
    }
    List<ColumnRole> columns = schema.columns();
    int shift = RowAlignment.shift(columns, whole, previousShift);
    if (shift == RowAlignment.NONE) {
      return cut;
    }
    boolean anySplit = false;
    for (int i = 0; i < whole.size(); i++) {
      Cell c = whole.get(i);
      if (c.isBlank() || CellCutter.cells(row.line(), List.of(c.text())).size() < 2) {
        continue;
      }
      int column = i + shift;
      ColumnRole role = column >= 0 && column < columns.size() ? columns.get(column) : null;
      if (!isValueRole(role)) {
        return cut;
      }
      anySplit = true;
    }
    return anySplit ? whole : cut;
  }

  private static boolean isValueRole(ColumnRole role) {
    return role == ColumnRole.TARGET || role == ColumnRole.CYCLE_TARGET || role == ColumnRole.ACTUAL
        || role == ColumnRole.DESCRIPTION;
  }
}
