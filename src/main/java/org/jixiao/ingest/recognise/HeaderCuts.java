package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * A row's cells cut again by what its header says of the columns, before they are read: the cutter knows no header,
 * so where the header's columns tell a boundary the cutter could not, the row is cut once more. In order: a running
 * number glued before the name under an unnamed first column ({@link RunningNumber}), else a reason closing a glued
 * self-evaluation row after its score ({@link GluedReason}); a target written over a sign, a number and a unit where
 * the header has one value column ({@link SplitTargets}); a value glued after the name, or on the name's line before
 * its explanation ({@link UncutRow}); a value written twice ({@link DoubledValues}), else a quantity that ends the name
 * ({@link GluedQuantity}).
 */
final class HeaderCuts {

  /** The rows' running numbers glued to their names (1绿化美化公路…) under the current header. */
  private final RunningNumber running = new RunningNumber();

  /** A new header: its rows count from 1. */
  void reset() {
    running.reset();
  }

  /** {@code cells} of {@code row} cut again as its header ({@code schema}, when {@code headed}) says; or as they are. */
  List<Cell> cut(Row row, List<Cell> cells, Schema schema, boolean headed, Cell afterLine) {
    if (headed && schema.isIndicatorTable()) {
      List<Cell> numbered = running.cut(row, cells, schema);
      cells = numbered == cells ? GluedReason.cut(row, cells, schema) : numbered;
    }
    if (!schema.has(ColumnRole.SIGN)) {
      // ≥ | 98 | %: a target written over three cells where the header names one 指标值 column.
      cells = SplitTargets.join(cells);
    }
    if (headed && schema.isIndicatorTable()) {
      cells = UncutRow.nameBeforeExplanation(row, UncutRow.afterName(row, cells, schema), schema, afterLine);
    }
    List<Cell> doubled = headed ? DoubledValues.cut(row, cells, schema.tail()) : null;
    if (doubled == null && headed) {
      doubled = GluedQuantity.join(row, cells, schema.tail());
    }
    return doubled != null ? doubled : cells;
  }
}
