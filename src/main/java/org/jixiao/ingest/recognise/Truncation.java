package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Says where a file stops when it stops inside its table (an export cut mid-row, a page cut after a
 * project's overview), so that missing columns and rows are not mistaken for blanks.
 */
final class Truncation {

  private Truncation() {}

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
    String warning = "文件似乎在第" + line + "行被截断，其后的行与列没有读到 / the file appears truncated at line " + line
        + "; rows and columns after it were not read";
    if (!context.warnings().contains(warning)) {
      context.warn(warning);
    }
  }
}
