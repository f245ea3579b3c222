package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Turns the other one-cell-per-line style, where cells and lone {@code |} lines alternate
 * ({@code 目标名称 / | / 目标值 / | / | / …}), into one cell per line with empty cells kept: here a
 * {@code |} closes a cell, so two in a row enclose an empty cell. A file is in this style when most
 * of its text lines are followed by a lone pipe; other files are returned as they are.
 */
final class PipeSeparatedCells {

  private PipeSeparatedCells() {}

  static List<Row> normalise(List<Row> rows) {
    int text = 0;
    int closed = 0;
    for (int i = 0; i + 1 < rows.size(); i++) {
      if (isText(rows.get(i))) {
        text++;
        if (isPipe(rows.get(i + 1))) {
          closed++;
        }
      }
    }
    if (text < 20 || closed * 10 < text * 8) {
      return rows;
    }
    List<Row> out = new ArrayList<>();
    boolean open = false;
    for (Row row : rows) {
      if (isPipe(row)) {
        if (!open) {
          out.add(new Row(row.line(), List.of("")));
        }
        open = false;
      } else if (isText(row)) {
        out.add(row);
        open = true;
      }
    }
    return out;
  }

  private static boolean isText(Row row) {
    return row.cells().size() == 1 && !row.cells().get(0).isBlank();
  }

  /** A lone pipe line: the reader gives it as one empty cell. */
  private static boolean isPipe(Row row) {
    return row.cells().size() == 1 && row.cells().get(0).isEmpty();
  }
}
