package org.jixiao.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.vocabulary.Hanzi;

/**
 * Puts back together the table rows of a PDF whose cells wrap over several lines. A cell too long
 * for its column continues on the lines below (or, in bottom- or middle-aligned rows, above) its
 * row's other cells, and PDFBox gives each printed line as a line of its own. The lines of one row
 * are closer together than the rows are (a row adds its padding and border), so where a document
 * has two kinds of line spacing, lines at the shorter one that fill only some of the columns are
 * joined to the row beside them, column by column. A document with one spacing has no wrapped cells
 * and is left as it is; two full lines are never joined.
 */
public final class WrappedCells {

  private WrappedCells() {}

  /**
   * @param lines the chunks of each printed line, for their baselines and pages
   * @param cells the cells of each line, aligned to the columns
   */
  static List<Row> join(List<List<PdfSheetReader.Chunk>> lines, List<List<String>> cells) {
    float tight = tightSpacing(lines);
    List<Row> rows = new ArrayList<>();
    List<String> row = null;
    int rowLine = 0;
    for (int i = 0; i < cells.size(); i++) {
      List<String> line = cells.get(i);
      boolean close = i > 0 && tight > 0 && sameColumns(line, row) && spacing(lines, i) <= tight;
      if (row != null && close && (filled(line) * 2 <= filled(row) || filled(row) * 2 <= filled(line))) {
        row = merged(row, line);
        continue;
      }
      if (row != null) {
        rows.add(new Row(rowLine, row));
      }
      row = line;
      rowLine = i + 1;
    }
    if (row != null) {
      rows.add(new Row(rowLine, row));
    }
    return rows;
  }

  /**
   * The largest baseline spacing that still means "the same row": between the shortest spacing
   * the document has and its typical one. Zero when the spacings do not fall into two kinds.
   */
  static float tightSpacing(List<List<PdfSheetReader.Chunk>> lines) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      float g = spacing(lines, i);
      if (g > 0) {
        gaps.add(g);
      }
    }
    if (gaps.size() < 4) {
      return 0;
    }
    float[] sorted = new float[gaps.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = gaps.get(i);
    }
    Arrays.sort(sorted);
    float low = sorted[sorted.length / 10];
    float typical = sorted[sorted.length / 2];
    return low < typical * 0.85f ? (low + typical) / 2 : 0;
  }

  /** The baseline distance from line {@code i - 1} to line {@code i}; 0 across pages or upwards. */
  private static float spacing(List<List<PdfSheetReader.Chunk>> lines, int i) {
    if (i <= 0 || lines.get(i).isEmpty() || lines.get(i - 1).isEmpty()) {
      return 0;
    }
    PdfSheetReader.Chunk a = lines.get(i - 1).get(0);
    PdfSheetReader.Chunk b = lines.get(i).get(0);
    return a.page() == b.page() ? Math.max(0, b.y() - a.y()) : 0;
  }

  private static boolean sameColumns(List<String> line, List<String> row) {
    return row != null && line.size() >= 1 && row.size() >= 2;
  }

  private static int filled(List<String> cells) {
    return (int) cells.stream().filter(c -> !c.isBlank()).count();
  }

  /** The row with the line's text added to it column by column, in reading order. */
  private static List<String> merged(List<String> row, List<String> line) {
    List<String> out = new ArrayList<>(row);
    for (int c = 0; c < line.size(); c++) {
      String text = line.get(c);
      if (text.isBlank()) {
        continue;
      }
      while (out.size() <= c) {
        out.add("");
      }
      StringBuilder cell = new StringBuilder(out.get(c).isBlank() ? "" : out.get(c));
      appendLine(cell, text);
      out.set(c, cell.toString());
    }
    return out;
  }

  /**
   * The next line of a wrapped cell joined on, as every reader joins them: no space where either side
   * is a wide (CJK) character, one space between two narrow ones ({@code Mbit} / {@code /s}).
   */
  public static void appendLine(StringBuilder cell, String line) {
    String next = line.strip();
    if (next.isEmpty()) {
      return;
    }
    if (cell.length() > 0 && !Hanzi.isWide(cell.charAt(cell.length() - 1)) && !Hanzi.isWide(next.charAt(0))) {
      cell.append(' ');
    }
    cell.append(next);
  }
}
