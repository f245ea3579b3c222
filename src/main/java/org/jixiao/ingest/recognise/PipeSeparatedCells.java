package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Turns the other one-cell-per-line style, where cells and lone {@code |} lines alternate
 * ({@code 目标名称 / | / 目标值 / | / | / …}), into one cell per line with empty cells kept: here a
 * {@code |} closes a cell, so two in a row enclose an empty cell, and the lines of text before a pipe
 * are one cell that wrapped. A file is in this style when most of its cells are followed by a lone
 * pipe; other files are returned as they are.
 */
final class PipeSeparatedCells {

  private PipeSeparatedCells() {}

  static List<Row> normalise(List<Row> rows) {
    // Count cells, not lines: a cell whose text wrapped runs over several lines before its pipe.
    int cells = 0;
    int closed = 0;
    int lines = 0;
    for (int i = 0; i + 1 < rows.size(); i++) {
      if (isText(rows.get(i))) {
        lines++;
      }
      if (isText(rows.get(i)) && !isText(rows.get(i + 1))) {
        cells++;
        if (isPipe(rows.get(i + 1))) {
          closed++;
        }
      }
    }
    // Most cells are one line: where runs of many lines meet a pipe line, the pipes are not the cells' ends.
    if (cells < 20 || closed * 10 < cells * 8 || lines * 2 > cells * 3) {
      return rows;
    }
    List<Row> out = new ArrayList<>();
    // The cell being read and its first line; a wrapped cell grows in a builder (linear in its lines).
    StringBuilder cell = null;
    int line = 0;
    for (Row row : rows) {
      if (isPipe(row)) {
        if (cell == null) {
          out.add(new Row(row.line(), List.of("")));
        } else {
          out.add(new Row(line, List.of(cell.toString())));
        }
        cell = null;
      } else if (row.cells().isEmpty()) {
        // An empty line ends a cell as a pipe does (the page's address above the table).
        if (cell != null) {
          out.add(new Row(line, List.of(cell.toString())));
        }
        cell = null;
      } else if (isText(row)) {
        if (cell != null) {
          // 财政供养人员 / 控制率 / |: one cell that wrapped; its lines are joined.
          org.jixiao.ingest.read.WrappedCells.appendLine(cell, row.cells().get(0));
        } else {
          cell = new StringBuilder(row.cells().get(0).strip());
          line = row.line();
        }
      }
    }
    if (cell != null) {
      out.add(new Row(line, List.of(cell.toString())));
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
