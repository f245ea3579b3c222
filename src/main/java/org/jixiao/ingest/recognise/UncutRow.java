package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.vocabulary.Hanzi;

/**
 * A row whose cells the source kept apart (tabs, pipes, a spreadsheet's cells, single spaces) needs no cutting where
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
    List<String> pieces = pieces(row);
    if (pieces.size() < 2 || pieces.size() == cut.size()) {
      return cut; // nothing was cut
    }
    List<Cell> whole = new ArrayList<>(pieces.size());
    for (String text : pieces) {
      whole.add(Cell.of(text, row.line()));
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

  /**
   * For a row read by parts under a header whose target follows the name: the cells after the name's
   * cell that the cutter split into a text and a value ({@code 满意率 | 不低于95%}) are given whole,
   * for the target's column takes the whole cell. The name's own cell stays cut (a name and its target
   * glued). Rows whose pieces the cutter did not cut one by one as here are left as they are.
   */
  static List<Cell> afterName(Row row, List<Cell> cut, Schema schema) {
    List<ColumnRole> tail = schema.tail();
    if (tail.isEmpty() || tail.get(0) != ColumnRole.TARGET) {
      return cut;
    }
    List<String> pieces = pieces(row);
    if (pieces.size() < 2 || pieces.size() == cut.size()) {
      return cut; // nothing was cut
    }
    List<Cell> out = new ArrayList<>(cut.size());
    List<Cell> again = new ArrayList<>(cut.size());
    boolean named = false;
    boolean changed = false;
    for (String piece : pieces) {
      List<Cell> parts = CellCutter.cells(row.line(), List.of(piece));
      again.addAll(parts);
      boolean split = parts.size() >= 2 && parts.get(0).is(Cell.Kind.TEXT) && parts.stream().anyMatch(c -> c.is(Cell.Kind.VALUE));
      if (named && split) {
        out.add(Cell.of(piece, row.line()));
        changed = true;
      } else {
        out.addAll(parts);
      }
      named |= parts.stream().anyMatch(c -> c.is(Cell.Kind.TEXT));
    }
    if (!changed || !sameTexts(again, cut)) {
      return cut;
    }
    return out;
  }

  /**
   * A line of one cell cut into a name and a value ({@code 寨山石坪村新建水泥路 | 1条}) under a header whose
   * explanation column stands between the names and the targets, with the explanation on the next line
   * ({@code 反映…}): the value is the name's own, since the target comes after the explanation. The line
   * is the name whole. Otherwise {@code cut}.
   */
  static List<Cell> nameBeforeExplanation(Row row, List<Cell> cut, Schema schema, Cell nextLine) {
    List<ColumnRole> tail = schema.tail();
    if (tail.size() < 2 || tail.get(0) != ColumnRole.DESCRIPTION || !tail.contains(ColumnRole.TARGET)
        || row.filledCells().size() != 1 || nextLine == null || !nextLine.is(Cell.Kind.TEXT)
        || !ValueBoundary.EXPLANATION_OPENER.lookingAt(Hanzi.foldChars(nextLine.text()))) {
      return cut;
    }
    List<Cell> filled = cut.stream().filter(c -> !c.isBlank()).toList();
    if (filled.size() != 2 || !filled.get(0).is(Cell.Kind.TEXT) || !filled.get(1).is(Cell.Kind.VALUE)) {
      return cut;
    }
    String whole = row.filledCells().get(0).strip();
    return List.of(new Cell(whole, row.line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
  }

  /** The cells the source kept apart: its own, or the pieces of a line whose cells single spaces join. */
  private static List<String> pieces(Row row) {
    return row.cells().size() >= 2 ? row.cells() : SpacedCells.split(row.cells().get(0));
  }

  private static boolean sameTexts(List<Cell> a, List<Cell> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).text().equals(b.get(i).text())) {
        return false;
      }
    }
    return true;
  }
}
