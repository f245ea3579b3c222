package org.jixiao.ingest.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;

/**
 * Explains the commonest unreadable export: a spreadsheet flattened into one long line, its cells
 * joined by spaces in an order that no longer follows rows or columns (names, targets, actual values
 * and scores of different indicators interleaved). Splitting at spaces cannot pair a name with its
 * value, so the file is reported rather than guessed at.
 */
final class RunTogetherCells {

  private static final Pattern NUMBERED_INDICATOR = Pattern.compile("指标\\s*\\d+\\s*[:：]");
  private static final int LONG_LINE = 500;

  private RunTogetherCells() {}

  /** The reason, Chinese first then English, when a row is a whole table run together. */
  static Optional<String> reason(List<Row> rows) {
    for (Row row : rows) {
      String text = row.text();
      if (row.filledCells().size() != 1 || text.length() < LONG_LINE) {
        continue;
      }
      int labels = 0;
      Matcher m = NUMBERED_INDICATOR.matcher(text);
      while (m.find()) {
        labels++;
      }
      boolean headerWords = text.contains("二级指标") && text.contains("三级指标");
      if (labels >= 3 || headerWords) {
        return Optional.of("第" + row.line() + "行把整张表的单元格以空格连成一行（" + text.length()
            + " 字），行列次序已乱，指标名称无法与指标值可靠配对 / line " + row.line()
            + " holds the whole table run together with spaces (" + text.length()
            + " chars) in an order that no longer follows rows and columns, so names cannot be paired with their values");
      }
    }
    return Optional.empty();
  }
}
