package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.jixiao.ingest.read.Row;

/**
 * Puts back into the rows a table that a pass found written line by line and joined into rows of cells again
 * ({@link NumberedRows}, {@link PairedLines}): the lines it took are replaced by the rows it made, the rest stay.
 */
final class RowSplice {

  private RowSplice() {}

  /** The rows a table's lines make, and the index of the first row after those lines. */
  record Joined(List<Row> rows, int resumeAt) {}

  /**
   * The rows with every table the finder joins at a row put in place of its lines; the same list where it finds
   * none. The finder is asked at each row not taken by a table before it.
   */
  static List<Row> splice(List<Row> rows, BiFunction<List<Row>, Integer, Joined> finder) {
    List<Row> out = null;
    int copied = 0;
    for (int i = 0; i < rows.size(); i++) {
      Joined t = finder.apply(rows, i);
      if (t == null) {
        continue;
      }
      out = out == null ? new ArrayList<>() : out;
      out.addAll(rows.subList(copied, i));
      out.addAll(t.rows());
      copied = t.resumeAt();
      i = copied - 1;
    }
    if (out == null) {
      return rows;
    }
    out.addAll(rows.subList(copied, rows.size()));
    return out;
  }

  /** The pieces of a flattened line from {@code at} on, each a line of its own as a cell per line would be. */
  static List<Row> asLines(Row row, String[] pieces, int at) {
    List<Row> lines = new ArrayList<>();
    for (int k = at; k < pieces.length; k++) {
      lines.add(new Row(row.line(), List.of(pieces[k])));
    }
    return lines;
  }

  /**
   * A table found among a flattened line's pieces from {@code at} on: what stood before it, its rows, and what stood
   * after it, each of those two a line of its own again.
   */
  static List<Row> around(Row row, String[] pieces, int at, Joined table) {
    List<Row> out = new ArrayList<>();
    if (at > 0) {
      out.add(new Row(row.line(), List.of(String.join(" ", Arrays.asList(pieces).subList(0, at)))));
    }
    out.addAll(table.rows());
    if (at + table.resumeAt() < pieces.length) {
      out.add(new Row(row.line(), List.of(String.join(" ", Arrays.asList(pieces).subList(at + table.resumeAt(), pieces.length)))));
    }
    return out;
  }
}
