package org.jixiao.ingest.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jixiao.util.Deadline;

/**
 * A spreadsheet saved as CSV: cells separated by commas, quoted where they hold a comma, a quote or
 * a line break. Tables are written with Chinese commas (，) in their text but ASCII commas in prose
 * too, so a text is taken for CSV only when its lines say so: quoted cells between commas on several
 * lines ({@code "项目","考核内容",…}), or most lines cut into the same number of three or more
 * cells. Parsed by Commons CSV; each row keeps the line it starts on.
 */
final class CsvRows {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreSurroundingSpaces(true)
      .setTrailingData(true)
      .setLenientEof(true)
      .setIgnoreEmptyLines(false)
      .get();

  private CsvRows() {}

  /**
   * The rows of {@code text} when it is a spreadsheet saved as CSV, else null: the lines hold no tab
   * and open with no pipe (those say how the cells are kept apart), and either quoted cells follow
   * each other on two lines or more ({@code "项目","考核内容"}), or four records in five, three at
   * least, have the same number of cells, three or more. Prose with commas gives records of every
   * length.
   */
  static List<Row> read(String text, String[] lines) {
    int quoted = 0;
    int commaLines = 0;
    for (String line : lines) {
      String s = line.strip();
      if (s.indexOf('\t') >= 0 || s.startsWith("|")) {
        return null;
      }
      if (s.contains("\",\"")) {
        quoted++;
      }
      int first = s.indexOf(',');
      if (first >= 0 && s.indexOf(',', first + 1) > 0) {
        commaLines++;
      }
    }
    if (commaLines < 3) {
      return null; // not worth a parse: too few lines could be records of three cells
    }
    List<Row> rows = rows(text);
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    if (quoted >= 2) {
      return rows;
    }
    Map<Integer, Integer> bySize = new HashMap<>();
    for (Row r : rows) {
      if (r.cells().size() >= 3) {
        bySize.merge(r.cells().size(), 1, Integer::sum);
      }
    }
    int same = bySize.values().stream().max(Integer::compare).orElse(0);
    return same >= 3 && same * 5 >= rows.size() * 4 ? rows : null;
  }

  /** The records as rows (blank records left out); null when the text does not parse as CSV. */
  private static List<Row> rows(String text) {
    int[] lineStarts = lineStarts(text);
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord record : parser) {
        Deadline.check();
        if (rows.size() > Sheet.MAX_ROWS) {
          break;
        }
        List<String> cells = new ArrayList<>(record.size());
        boolean any = false;
        for (String cell : record) {
          String c = cell.strip();
          cells.add(c);
          any |= !c.isEmpty();
        }
        if (any) {
          rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), List.copyOf(cells)));
        }
      }
    } catch (IOException | UncheckedIOException malformed) {
      return null;
    }
    return rows;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based line of a character position. */
  private static int lineOf(int[] starts, long position) {
    int i = java.util.Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
