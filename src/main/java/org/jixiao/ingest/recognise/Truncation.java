package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Notices a file that stops inside its table: the last line of the file is a table row with fewer
 * cells than its header (the export was cut mid-row). The row is still read for what it shows, but
 * the document says where it ends, so that missing columns and rows are not mistaken for blanks.
 */
final class Truncation {

  private Truncation() {}

  /** @param lastLine the last line of the file with text, which the warning names */
  static void check(List<Row> rows, Header header, Row lastTableRow, Row lastLine, RecognitionContext context) {
    if (header == null || lastTableRow == null) {
      return;
    }
    Row last = lastFilled(rows);
    if (last != null && last.line() == lastTableRow.line() && ShiftedRows.align(header, last).cells().size() < header.width()) {
      warn(context, lastLine.line());
    }
  }

  /**
   * True for a cut last row whose last cell is its indicator name: nothing follows the name, so it
   * may itself be cut (孕产妇健康管理… where its siblings end in 数), and it is not read.
   */
  static boolean nameMayBeCut(Header header, Row row) {
    Row aligned = ShiftedRows.align(header, row);
    if (aligned.cells().size() >= header.width()) {
      return false;
    }
    int lastFilled = -1;
    for (int i = 0; i < aligned.cells().size(); i++) {
      if (!aligned.cell(i).isBlank()) {
        lastFilled = i;
      }
    }
    Integer name = header.columns().get(ColumnRole.LEVEL3);
    Integer cycleName = header.columns().get(ColumnRole.CYCLE_LEVEL3);
    return lastFilled >= 0 && (Integer.valueOf(lastFilled).equals(name) || Integer.valueOf(lastFilled).equals(cycleName));
  }

  /** The last row with text, or null. */
  static Row lastFilled(List<Row> rows) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (!rows.get(i).isBlank()) {
        return rows.get(i);
      }
    }
    return null;
  }

  static void warn(RecognitionContext context, int line) {
    context.warn("文件似乎在第" + line + "行被截断，其后的行与列没有读到 / the file appears truncated at line " + line
        + "; rows and columns after it were not read");
  }
}
