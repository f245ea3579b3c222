package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Deadline;

/**
 * Joins the wrapped cells of a table whose text layer a copy flattened into one run of text, single spaces
 * between what were its lines ({@code 数量指标 补贴非营利性民办幼儿 20个 园数量 补贴民办园租用面积 26970.7平方米}).
 * The line breaks are gone, but the wrap's rule still shows: a piece as long as its column's width runs on, and
 * its rest follows the row's first line, one piece on each of the lines below for each cell still open, in the
 * columns' order. A row's first line is its categories, a name and as many values as the table's header has
 * columns for them (a weight or a score only a number): what comes after that is the rest of the row's open cells.
 * Where that leaves a choice (a cell exactly its column's width has no rest; words after the values may be a note or
 * a rest) the reading of least cost over the whole run is taken ({@link RunReading}). The width is trusted only where the
 * run shows it plainly: many distinct pieces of one length, several times as many as of the lengths beside it and
 * more than of all longer ones (a page holds no wider column). The run is given back with each cell whole, as a
 * flattened table is read.
 */
final class RunRows {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Fewer pieces are a line of a table, not a page run together. */
  private static final int LEAST_PIECES = 16;
  /** Shorter pieces are whole words and short names, never a column's width. */
  private static final int NARROWEST = 6;
  /** Wider pieces are no piece a column's width broke. */
  private static final int WIDEST = 30;
  private static final int WRAPS_TO_TRUST = 6;
  /** How far a width's count stands above the lengths beside it: plainly, or faintly (then the reading must bear it out). */
  private static final double PLAIN = 3;
  private static final double FAINT = 1.25;

  private RunRows() {}

  /** The rows, each run of a whole page with its wrapped cells joined; other rows as they are. */
  static List<Row> join(List<Row> rows) {
    List<Row> out = null;
    for (int i = 0; i < rows.size(); i++) {
      Deadline.check();
      Row row = rows.get(i);
      String joined = row.cells().size() == 1 ? joined(row.cells().get(0)) : null;
      if (joined != null) {
        if (out == null) {
          out = new ArrayList<>(rows);
        }
        out.set(i, new Row(row.line(), List.of(joined)));
      }
    }
    return out == null ? rows : out;
  }

  /**
   * The run with its wrapped cells whole, or null when it is no run, shows no width, or shows one faintly and most
   * of its pieces of that width run on into nothing.
   */
  static String joined(String text) {
    if (spaces(text) < LEAST_PIECES - 1) {
      return null; // asked of every one-cell row: most are short, and are not split
    }
    String[] pieces = SPACES.split(text.strip());
    if (pieces.length < LEAST_PIECES) {
      return null;
    }
    int width = width(pieces, PLAIN);
    if (width >= 0) {
      return new RunReading(pieces, width).read();
    }
    // A length that stands out less (a page of many names of seven to nine characters, its column ten wide) is
    // the width only where the reading bears it out: most of its pieces found their rests.
    width = width(pieces, FAINT);
    if (width < 0) {
      return null;
    }
    RunReading reading = new RunReading(pieces, width);
    String read = reading.read();
    return reading.joined() >= WRAPS_TO_TRUST / 2 && 2 * reading.joined() > reading.wide() ? read : null;
  }

  private static int spaces(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The length that is a column's width: the shortest length with at least {@link #WRAPS_TO_TRUST} distinct pieces
   * (headings and categories aside), three times as many as of either length beside it and half as many again as
   * of all longer ones (a title or a label spans the page unbroken); -1 when none is.
   */
  static int width(String[] pieces) {
    return width(pieces, PLAIN);
  }

  /** The width of a run whose pieces of that length are {@code beside} times as many as of either length beside it. */
  private static int width(String[] pieces, double beside) {
    int[] count = new int[WIDEST + 2];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p : pieces) {
      int n = p.length();
      if (n >= NARROWEST && n <= WIDEST && seen.add(p) && !CellRests.endsACell(p) && isWords(p)) {
        count[n]++;
      }
    }
    int longer = 0;
    int best = -1;
    for (int n = WIDEST; n >= NARROWEST; n--) {
      int besides = Math.max(1, Math.max(count[n - 1], count[n + 1]));
      if (count[n] >= WRAPS_TO_TRUST && count[n] >= beside * besides && 2 * count[n] >= 3 * longer) {
        best = n;
      }
      longer += count[n];
    }
    return best;
  }

  /** A piece that is neither a category nor a heading (those stand whole in their cells). */
  private static boolean isWords(String piece) {
    Cell c = Cell.of(piece, 0);
    return !c.is(Cell.Kind.CATEGORY) && !c.is(Cell.Kind.HEADER);
  }
}
