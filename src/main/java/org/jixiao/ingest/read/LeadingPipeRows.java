package org.jixiao.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.util.Regex;

/**
 * Text copied from an HTML table whose cells each begin a line with a pipe and run on over the lines
 * after it, one table row spread over many lines ({@code (一)} / {@code 项} / {@code 目} / {@code (7分)} /
 * {@code | 1.可行性研究报告} / {@code | 按规定编制…} / {@code |}). A pipe at the start of a line begins a
 * cell ({@code | | | x}: two empty cells, then x); the lines without one continue it; the row ends at a
 * line of pipes alone: a lone {@code |}, or, where the copy closes its rows with {@code ||||}, only such
 * a line (a lone pipe then separates cells). Each row becomes one row of cells, numbered by its first line.
 */
final class LeadingPipeRows {

  /** One or more pipes at the start of a line, then text with no pipe in it. */
  private static final Regex LEADING = Regex.of("^(\\|\\s*)+[^|\\s][^|]*$");
  private static final Regex PIPES_ONLY = Regex.of("^\\|+$");

  private LeadingPipeRows() {}

  /**
   * True when the text is written this way: at least eight lines start a cell with a pipe and at
   * least three lines are pipes alone (or three rows close with a run of pipes, their cells parted by
   * lone ones), and almost no line holds a pipe elsewhere (a markdown row or a {@code cell |} export).
   */
  static boolean applies(String[] lines) {
    int leading = 0;
    int closers = 0;
    int runs = 0;
    int other = 0;
    for (String line : lines) {
      String t = line.strip().replace(" ", "");
      if (t.isEmpty()) {
        continue;
      }
      if (PIPES_ONLY.matches(t)) {
        closers++;
        runs += t.length() >= 2 ? 1 : 0;
      } else if (LEADING.matches(line.strip())) {
        leading++;
      } else if (line.indexOf('|') >= 0) {
        other++;
      }
    }
    // Rows closed by runs of pipes mark themselves: a few of them suffice.
    boolean enough = leading >= 8 && closers >= 3 || leading >= 3 && runs >= 3 && closers >= 2 * runs;
    return enough && other * 10 <= leading;
  }

  static List<Row> rows(String[] lines) {
    boolean multiPipeEnds = false;
    int multi = 0;
    for (String line : lines) {
      String t = line.strip().replace(" ", "");
      if (t.length() >= 2 && PIPES_ONLY.matches(t)) {
        multi++;
      }
    }
    multiPipeEnds = multi >= 3;
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = null;
    int first = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].length() > TextSheetReader.MAX_LINE_CHARS ? lines[i].substring(0, TextSheetReader.MAX_LINE_CHARS) : lines[i];
      String strip = line.strip();
      String t = strip.replace(" ", "");
      if (t.isEmpty()) {
        if (cell != null && cells.isEmpty()) {
          // Text before a table, set off by an empty line (a title, the page's address): a row of its own.
          rows.add(new Row(first, List.of(cell.toString())));
          cell = null;
          first = -1;
        }
        continue;
      }
      if (first < 0) {
        first = i + 1;
      }
      if (PIPES_ONLY.matches(t)) {
        if (cell != null) {
          cells.add(cell.toString());
          cell = null;
        }
        boolean rowEnd = !multiPipeEnds || t.length() >= 2;
        if (rowEnd) {
          if (!cells.isEmpty()) {
            rows.add(new Row(first, List.copyOf(cells)));
          }
          cells.clear();
          first = -1;
        }
        continue;
      }
      if (strip.startsWith("|")) {
        if (cell != null) {
          cells.add(cell.toString());
        }
        int k = 0;
        int at = 0;
        while (at < strip.length() && (strip.charAt(at) == '|' || Character.isWhitespace(strip.charAt(at)))) {
          if (strip.charAt(at) == '|') {
            k++;
          }
          at++;
        }
        for (int e = 1; e < k; e++) {
          cells.add("");
        }
        cell = new StringBuilder(strip.substring(at).strip());
        continue;
      }
      if (cell == null) {
        cell = new StringBuilder(strip);
      } else {
        WrappedCells.appendLine(cell, strip);
      }
    }
    if (cell != null) {
      cells.add(cell.toString());
    }
    if (!cells.isEmpty()) {
      rows.add(new Row(first < 0 ? lines.length : first, List.copyOf(cells)));
    }
    return rows;
  }

}
