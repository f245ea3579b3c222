package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;
import org.jixiao.vocabulary.Hanzi;

/**
 * Rows of a table written one cell per line whose first column numbers them: the header's 序号 and
 * its headings, then 1, the row's cells, 2, the next row's cells … (empty cells dropped, so the rows
 * are of different lengths). The running number is where each row begins; with it the lines are rows
 * of cells again and are read by position like any row that lost merged cells. Taken only where the
 * numbers run 1, 2, 3 … without a gap and no row holds more cells than the header has columns.
 */
final class NumberedRows {

  private static final int FEWEST_ROWS = 3;
  /** 序号 or 编号 as a piece of a line cut at its spaces (folded or not): a flattened line worth cutting. */
  private static final Regex NUMBER_HEADING_INSIDE = Regex.of("(?:^|\\s)(?:序|编|編)\\s*(?:号|號)(?:\\s|$)");

  private NumberedRows() {}

  /** The rows with each numbered row's lines joined into one row of cells; the rows as they are where no such table is. */
  static List<Row> join(List<Row> rows) {
    return RowSplice.splice(rows, (all, i) -> {
      String alone = alone(all.get(i));
      if (alone != null && alone.contains(" ") && NUMBER_HEADING_INSIDE.find(alone)) {
        List<Row> flattened = flattened(all.get(i));
        return flattened == null ? null : new RowSplice.Joined(flattened, i + 1);
      }
      if (alone == null || !TableEdges.NUMBER_HEADING.matches(Hanzi.foldChars(alone))) {
        return null;
      }
      return table(all, i);
    });
  }

  /**
   * A table flattened into one line with single spaces between its cells (序号 一级指标 … 1 产出绩效 … 定性 2 …
   * 定量 …): the line cut at its spaces, the numbered rows joined as one cell per line would be, and what
   * stood before and after them left as lines of their own; null when the line holds no such table.
   */
  private static List<Row> flattened(Row row) {
    String[] pieces = row.cells().get(0).strip().split("\\s+");
    for (int at = 0; at < pieces.length; at++) {
      if (!TableEdges.NUMBER_HEADING.matches(Hanzi.foldChars(pieces[at]))) {
        continue;
      }
      RowSplice.Joined joined = table(RowSplice.asLines(row, pieces, at), 0);
      if (joined != null) {
        return RowSplice.around(row, pieces, at, joined);
      }
    }
    return null;
  }

  /** The header and numbered rows that start at {@code at} (序号), or null when they are no such table. */
  private static RowSplice.Joined table(List<Row> rows, int at) {
    List<String> header = new ArrayList<>(List.of(alone(rows.get(at))));
    int i = at + 1;
    for (; i < rows.size(); i++) {
      String a = alone(rows.get(i));
      if (a == null) {
        if (rows.get(i).filledCells().isEmpty()) {
          continue;
        }
        return null;
      }
      if (a.equals("1")) {
        break;
      }
      if (ColumnRole.of(a) == null && !Schema.isNameHeading(a) && a.length() > 8) {
        return null;
      }
      header.add(a);
    }
    if (header.size() < 3) {
      return null;
    }
    List<Row> out = new ArrayList<>();
    out.add(new Row(rows.get(at).line(), header));
    int expected = 1;
    List<String> cells = null;
    int line = -1;
    for (; i < rows.size(); i++) {
      Row r = rows.get(i);
      String a = alone(r);
      if (a == null && r.filledCells().isEmpty()) {
        continue;
      }
      if (a != null && a.equals(Integer.toString(expected))) {
        if (cells != null) {
          out.add(new Row(line, cells));
        }
        cells = new ArrayList<>(List.of(a));
        line = r.line();
        expected++;
        continue;
      }
      if (a == null || cells == null || cells.size() >= header.size()) {
        break; // a row of its own, or more cells than columns: the numbered table has ended
      }
      cells.add(a);
    }
    if (cells != null && cells.size() > 1) {
      out.add(new Row(line, cells));
    } else if (cells != null) {
      i = indexOf(rows, line);
    }
    if (out.size() - 1 < FEWEST_ROWS || out.stream().skip(1).anyMatch(r -> r.cells().size() < 2)) {
      return null;
    }
    return new RowSplice.Joined(out, i);
  }

  private static int indexOf(List<Row> rows, int line) {
    for (int k = 0; k < rows.size(); k++) {
      if (rows.get(k).line() == line) {
        return k;
      }
    }
    return rows.size();
  }

  /** The row's text when it is one cell alone on its line, else null. */
  private static String alone(Row r) {
    return r.cells().size() == 1 && !r.cells().get(0).isBlank() ? r.cells().get(0).strip() : null;
  }
}
