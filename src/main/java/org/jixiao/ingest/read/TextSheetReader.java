package org.jixiao.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.util.Deadline;

/**
 * Reads plain-text exports line by line. Each line becomes one row: tab-separated cells, a markdown
 * table row split at its pipes ({@code | a | b |}), or a single cell; a spreadsheet saved as CSV is
 * read record by record ({@link CsvRows}). Markdown alignment rows
 * ({@code |---|---|}) carry no data and are dropped; their line numbers are simply skipped.
 */
public final class TextSheetReader implements SheetReader {

  /** Lines longer than this are cut: no real table line comes close, and it bounds memory per row. */
  static final int MAX_LINE_CHARS = 200_000;

  @Override
  public boolean accepts(byte[] content) {
    return looksLikeText(TextDecoder.decode(content).text());
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    String text = TextDecoder.decode(content).text();
    if (!looksLikeText(text)) {
      throw new UnreadableFileException(
          "无法识别的文件格式：内容不是文本 / unrecognised format: the content is not text");
    }
    return new Sheet(file, rows(text));
  }

  private static String plainSpaces(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      if (org.jixiao.vocabulary.Hanzi.isWideSpace(text.charAt(i))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** The rows of {@code text}; public for readers that produce text first (PDF, Word paragraphs). */
  public static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    // No-break, fixed-width and ideographic spaces (web pages and Word keep them) separate cells as spaces do.
    String[] lines = plainSpaces(text).split("\r\n|\r|\n", -1);
    if (LeadingPipeRows.applies(lines)) {
      return LeadingPipeRows.rows(lines);
    }
    List<Row> csv = CsvRows.read(text, lines);
    if (csv != null) {
      return csv;
    }
    boolean terminated = cellsEndInPipes(lines);
    for (int i = 0; i < lines.length && rows.size() <= Sheet.MAX_ROWS; i++) {
      Deadline.check();
      String line = lines[i];
      if (line.length() > MAX_LINE_CHARS) {
        line = line.substring(0, MAX_LINE_CHARS);
      }
      List<String> cells = terminated ? terminatedCells(line) : cells(line);
      if (cells != null) {
        rows.add(new Row(i + 1, cells));
      }
    }
    return rows;
  }

  /**
   * True when the rows write a pipe after each cell and none before the first (产出指标 | 数量指标 | 名称 | 95% |):
   * the table's first row is written so, and at least five rows are. In such a text a pipe at the start of a row
   * closes an empty first cell ({@code | | 名称 | 95% |} is two empty cells, then the name: the merged cells of
   * the rows above), where in a markdown table, whose every row opens with one, it is the row's left border.
   */
  static boolean cellsEndInPipes(String[] lines) {
    int closed = 0;
    Boolean firstClosed = null;
    for (String line : lines) {
      String t = line.strip();
      if (t.indexOf('\t') >= 0 || t.chars().filter(c -> c == '|').count() < 2 || onlyOf(t, "|-: ")) {
        continue;
      }
      boolean isClosed = !t.startsWith("|") && t.endsWith("|") && INNER_PIPE.find(t);
      if (firstClosed == null) {
        firstClosed = isClosed;
      }
      closed += isClosed ? 1 : 0;
    }
    return Boolean.TRUE.equals(firstClosed) && closed >= 5;
  }

  /** The cells of one line where each cell is closed by a pipe; a leading pipe closes an empty cell. */
  static List<String> terminatedCells(String line) {
    String trimmed = line.strip();
    if (line.indexOf('\t') >= 0 || trimmed.indexOf('|') < 0 || onlyOf(trimmed, "| ") || onlyOf(trimmed, "|-: ")) {
      return cells(line);
    }
    String inner = trimmed.endsWith("|") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    return trimAll(inner.split("\\|", -1));
  }

  /** A pipe with text on both sides: a table row whose export lost its leading pipe (a | b | c). */
  private static final org.jixiao.util.Regex INNER_PIPE = org.jixiao.util.Regex.of("\\S\\s*\\|\\s*\\S");

  /** The cells of one line, or null for a line that only formats (a markdown alignment row). */
  static List<String> cells(String line) {
    if (line.indexOf('\t') >= 0) {
      return trimAll(line.split("\t", -1));
    }
    String trimmed = line.strip();
    if (!trimmed.startsWith("|") && (INNER_PIPE.find(trimmed) || trimmed.endsWith("|"))) {
      // A row that lost its leading pipe (a | b | c), or one cell per line closed by a pipe (cell |).
      trimmed = "|" + trimmed;
    }
    if (trimmed.startsWith("|")) {
      if (onlyOf(trimmed, "| ")) {
        // Pipes alone are an empty cell of an export that writes one cell per line (cell |).
        return List.of("");
      }
      if (onlyOf(trimmed, "|-: ")) {
        return null;
      }
      String inner = trimmed.substring(1);
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      return trimAll(inner.split("\\|", -1));
    }
    if (trimmed.isEmpty()) {
      // A line of spaces is an empty cell in one-cell-per-line exports; an empty line only separates.
      return line.isEmpty() ? List.of() : List.of("");
    }
    return List.of(trimmed);
  }

  private static List<String> trimAll(String[] cells) {
    return Arrays.stream(cells).map(String::strip).toList();
  }

  /** Text has few control characters other than tab and line breaks; binary files have many. */
  static boolean looksLikeText(String text) {
    int sample = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        control++;
      }
    }
    return control <= sample / 50;
  }

  /** True when every character of the text is one of {@code chars} (a loop: asked of every line). */
  private static boolean onlyOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
