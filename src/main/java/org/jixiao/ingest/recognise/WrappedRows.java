package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.read.Row;

/**
 * Joins the lines a PDF's text layer printed under a table row whose long cells wrapped at their
 * column's width: {@code 产出指标 数量指标 实施营造林总面积(亩 80000} then {@code )}, or {@code 效益指标 经济效益指标
 * 增加就业机会,提高农} then {@code 民收入。}. The row keeps its cells side by side; each wrapped cell's rest comes on
 * the lines below, beside the rest of the row's other wrapped cells, with nothing that starts a row among
 * them (no category word, no value, no heading).
 *
 * <p>A wrap leaves its mark in the lengths, as it does one cell per line ({@link WrappedLines}): the cells a
 * column broke have the column's width. A length is taken for a width when at least three distinct cells of
 * it stand in rows followed by such a line and most cells of that length do. The rest of a line then goes,
 * piece by piece and in order, to the row's cells of a width, a closing bracket to the cell that opened it.
 * Rows of cells that no width marks are left as they are: a row below that holds only words is a row.
 * A category or heading word a narrow column broke ({@link BrokenWords}: 产出指 / 标) runs on into the line
 * below whatever the widths; its rest shows that line is the row's, whose other pieces then go to the row's
 * cells in order. A column has one width: a cell the width opened takes no piece wider than its first. Where a form
 * centres its cells in their rows, the lines above a row's middle line begin its tallest cells ({@link CentredRows}),
 * and a value printed below the first line of the row's broken categories is a cell of the row. The lines, their
 * kinds and the widths are a {@link TextLayer}'s.
 */
final class WrappedRows {

  private WrappedRows() {}

  /** The rows with the lines that continue a wrapped row's cells joined into that row. */
  static List<Row> join(List<Row> rows) {
    TextLayer layer = TextLayer.of(rows);
    if (layer.widths().isEmpty() && rows.stream().noneMatch(r -> r.text().indexOf('(') >= 0 || r.text().indexOf('（') >= 0)
        && !layer.anyBrokenWord() && !layer.anyWordRunningOn()) {
      return rows; // nothing a width, a bracket or a broken word could join
    }
    int n = rows.size();
    List<Row> out = new ArrayList<>(n);
    int afterOpenRow = -1; // the line after a row whose cell filled its column to the end: that cell's rest, if anything's
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      Joined centred = i == afterOpenRow ? null : CentredRows.join(layer, i);
      if (centred != null) {
        afterOpenRow = centred.endsOpen() ? centred.next() : -1;
        Row main = rows.get(centred.first());
        out.add(new Row(main.line(), main.cells().size() == 1 ? List.of(String.join(" ", centred.cells())) : withFilled(main, centred.cells())));
        i = centred.next() - 1;
        continue;
      }
      if (!layer.tableRow(i)) {
        int next = i + 1;
        String word = layer.pieces(i).size() == 1 ? layer.pieces(i).get(0) : null;
        while (word != null && next < n && BrokenWords.begins(word) && layer.pieces(next).size() == 1
            && BrokenWords.completes(word, layer.pieces(next).get(0))
            && layer.isRest(next)) {
          word += layer.pieces(next++).get(0); // 可持续影响 / 指标 alone on their lines: one word a narrow column broke
        }
        if (next > i + 1 && BrokenWords.isIndicatorWord(word)) {
          out.add(new Row(row.line(), withFilled(row, List.of(word))));
          i = next - 1;
        } else {
          out.add(row);
          if (i == afterOpenRow) {
            afterOpenRow = i + 1; // a line no row took: what follows it is no row's start either
          }
        }
        continue;
      }
      Joined joined = joinRow(layer, i);
      afterOpenRow = joined.endsOpen() ? joined.next() : -1;
      if (joined.next() == i + 1) {
        out.add(row);
        continue;
      }
      out.add(new Row(row.line(), row.cells().size() == 1 ? List.of(String.join(" ", joined.cells())) : withFilled(row, joined.cells())));
      i = joined.next() - 1;
    }
    return out;
  }

  /** A table row joined with what its wrapped cells left on the lines below: its cells, the line after it, how many lines each took. */
  record Joined(List<String> cells, int first, int next, int[] linesBelow, boolean endsOpen) {}

  /** Row {@code i} joined with the lines that continue its wrapped cells. */
  static Joined joinRow(TextLayer layer, int i) {
    int n = layer.size();
    Set<Integer> widths = layer.widths();
    List<String> cells = new ArrayList<>(layer.pieces(i));
    int[] linesBelow = new int[cells.size()];
    // Which cells still run on: those whose last line filled the column.
    boolean[] open = new boolean[cells.size()];
    boolean[] broken = new boolean[cells.size()];
    // Cells long enough to have wrapped: one whose last word the line below completes runs on (日益提 / 高), its
    // lines as long as its first.
    int[] wordsWidth = new int[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      open[c] = widths.contains(cells.get(c).length()) && fills(cells, c, layer.columnWidths()) && !CellRests.endsACell(cells.get(c))
          && !Cell.of(cells.get(c), 0).is(Cell.Kind.CATEGORY);
      String cell = cells.get(c);
      broken[c] = BrokenWords.begins(cell) || i + 1 < n && layer.isRest(i + 1)
          && layer.pieces(i + 1).stream().anyMatch(piece -> BrokenWords.completesAnUnknownCategory(cell, piece));
      wordsWidth[c] = cells.get(c).length() >= RUNS_ON_FROM ? cells.get(c).length() : 0;
    }
    boolean[] byWidth = open.clone();
    // A column has one width: a cell the width opened takes no piece wider than its first.
    int[] widest = new int[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      widest[c] = byWidth[c] ? cells.get(c).length() : Integer.MAX_VALUE;
    }
    boolean valuesTaken = false; // (whether the first line lacks a value is asked only where it could matter)
    int next = i + 1;
    while (next < n && (anyOpen(open) || anyOpen(broken) || cells.stream().anyMatch(CellRests::unclosed)
        || runsOnInto(cells, wordsWidth, layer.pieces(next))) && layer.isRest(next)) {
      List<String> line = layer.pieces(next);
      int[] to = assignRest(line, cells, open, broken, widest, layer);
      if (to == null) {
        // Where nothing else places the line, a piece completing the word a cell broke marks that cell open.
        boolean[] inside = open.clone();
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          inside[c] |= wordsWidth[c] > 0 && line.stream().anyMatch(piece -> BrokenWords.insideAWord(cell, piece));
        }
        to = CellRests.assign(line, cells, inside, broken, widest);
      }
      int[] run = to == null && !valuesTaken && layer.pieces(i).stream().noneMatch(p -> Cell.of(p, 0).isTargetLike()) ? valueRun(line) : null;
      if (run != null) {
        // A form that centres its cells prints the short ones on the row's middle line, under the first line of its
        // taller categories and name (产出指 数量指 宗教管理经费补助县(市、 反映宗教管理经 / 标 标 区)数量 2 费补助县(市、):
        // the values there are cells of the row's own, after the cell the piece before them continues.
        List<String> others = new ArrayList<>(line.subList(0, run[0]));
        others.addAll(line.subList(run[1], line.size()));
        // Only where the line completes the categories' words the first line broke: their height is what kept the
        // values off the first line (a line of a name and a value below a row of words is the next row).
        int[] toOthers = BrokenWords.anyCompleted(others, cells, broken) ? assignRest(others, cells, open, broken, widest, layer) : null;
        if (toOthers != null) {
          int at = toOthers[run[0] - 1] + 1;
          int k = run[1] - run[0];
          for (int v = 0; v < k; v++) {
            cells.add(at, "");
          }
          open = inserted(open, at, k);
          broken = inserted(broken, at, k);
          byWidth = inserted(byWidth, at, k);
          widest = inserted(widest, at, k, Integer.MAX_VALUE);
          wordsWidth = inserted(wordsWidth, at, k, 0);
          linesBelow = inserted(linesBelow, at, k, -1); // (the value's own line is no line below)
          to = new int[line.size()];
          for (int p = 0; p < line.size(); p++) {
            to[p] = p < run[0] ? toOthers[p] : p < run[1] ? at + p - run[0] : toOthers[p - k] + k;
          }
          valuesTaken = true;
        }
      }
      if (to == null) {
        break;
      }
      // A cell runs on while its last piece fills the column; one that got nothing on this line has ended.
      boolean[] stillOpen = new boolean[cells.size()];
      boolean[] stillBroken = new boolean[cells.size()];
      for (int p = 0; p < to.length; p++) {
        String piece = line.get(p);
        cells.set(to[p], cells.get(to[p]) + piece);
        linesBelow[to[p]]++;
        // … and runs on while its pieces are as wide as its first.
        stillOpen[to[p]] = (byWidth[to[p]] ? piece.length() == widest[to[p]] : widths.contains(piece.length()))
            && !CellRests.endsACell(piece);
        stillBroken[to[p]] = broken[to[p]] && BrokenWords.begins(cells.get(to[p]));
        if (piece.length() < wordsWidth[to[p]]) {
          wordsWidth[to[p]] = 0; // a line shorter than the cell's first is its last
        }
      }
      open = stillOpen;
      broken = stillBroken;
      next++;
    }
    // Whether a cell filled its column to the end, so the line below may be its rest: not one that closed a sentence.
    boolean endsOpen = false;
    for (int c = 0; c < open.length; c++) {
      endsOpen |= open[c] && !cells.get(c).endsWith("。");
    }
    return new Joined(cells, i, next, linesBelow, endsOpen);
  }

  /** Cells shorter than this are whole words and short names; a column is wider. */
  private static final int RUNS_ON_FROM = 6;

  /** True when a piece of the line completes the last word of a cell long enough to have wrapped ({@link BrokenWords#insideAWord}). */
  private static boolean runsOnInto(List<String> cells, int[] wordsWidth, List<String> line) {
    for (int c = 0; c < cells.size(); c++) {
      if (wordsWidth[c] > 0) {
        for (String piece : line) {
          if (BrokenWords.insideAWord(cells.get(c), piece)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The cell each piece of a rest line continues ({@link CellRests#assign}): within the columns' widths where it can be,
   * else as wide as an earlier step joined it; else, where the line completes a word a narrow column broke (标 标
   * under 产出指 数量指), to any cell of the row that did not end, though no width marked it open.
   */
  private static int[] assignRest(List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest,
      TextLayer layer) {
    int[] to = CellRests.assign(line, cells, open, broken, widest);
    if (to == null) {
      // A line an earlier step joined (a wrap's last piece on a line of its own) may be wider than its column.
      to = CellRests.assign(line, cells, open, broken, null);
    }
    if (to == null && BrokenWords.anyCompleted(line, cells, broken)) {
      boolean[] any = new boolean[cells.size()];
      for (int c = 0; c < any.length; c++) {
        any[c] = !CellRests.endsACell(cells.get(c)) && fills(cells, c, layer.columnWidths());
      }
      to = CellRests.assign(line, cells, any, broken, widest);
    }
    return to;
  }

  /**
   * The pieces of a line that are values, one run of them after some other piece ({@code 区)数量 2 费补助县(市、},
   * {@code …率 ≥95% 100% 10 9 …}), as from and to; null when there is none or values stand apart.
   */
  private static int[] valueRun(List<String> line) {
    int from = -1;
    int to = -1;
    for (int p = 0; p < line.size(); p++) {
      boolean value = Cell.of(line.get(p), 0).isTargetLike();
      if (value && from < 0) {
        from = p;
        to = p + 1;
      } else if (value && to == p) {
        to = p + 1;
      } else if (value) {
        return null;
      }
    }
    return from > 0 ? new int[] {from, to} : null;
  }

  private static boolean[] inserted(boolean[] a, int at, int k) {
    boolean[] b = new boolean[a.length + k];
    System.arraycopy(a, 0, b, 0, at);
    System.arraycopy(a, at, b, at + k, a.length - at);
    return b;
  }

  private static int[] inserted(int[] a, int at, int k, int value) {
    int[] b = new int[a.length + k];
    System.arraycopy(a, 0, b, 0, at);
    java.util.Arrays.fill(b, at, at + k, value);
    System.arraycopy(a, at, b, at + k, a.length - at);
    return b;
  }

  /**
   * False for a cell, in a row that kept all its cells, shorter than the widest of its column: it did not fill
   * the column, so nothing of it wrapped (开展送戏进万村 under names of twelve characters is whole, though the
   * explanation's column is seven wide).
   */
  private static boolean fills(List<String> cells, int c, int[] columnWidths) {
    return columnWidths == null || cells.size() != columnWidths.length || cells.get(c).length() >= columnWidths[c];
  }

  private static boolean anyOpen(boolean[] open) {
    for (boolean o : open) {
      if (o) {
        return true;
      }
    }
    return false;
  }

  /** A row of several cells with its filled cells, in order, replaced by {@code filled}. */
  private static List<String> withFilled(Row row, List<String> filled) {
    List<String> cells = new ArrayList<>(row.cells());
    int k = 0;
    for (int c = 0; c < cells.size() && k < filled.size(); c++) {
      if (!cells.get(c).isBlank()) {
        cells.set(c, filled.get(k++));
      }
    }
    return cells;
  }
}
