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
      open[c] = widths.contains(cells.get(c).length()) && fills(cells, c, layer.columnWidths()) && !endsACell(cells.get(c))
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
    while (next < n && (anyOpen(open) || anyOpen(broken) || cells.stream().anyMatch(WrappedRows::unclosed)
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
        to = assign(line, cells, inside, broken, widest);
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
            && !endsACell(piece);
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
   * The cell each piece of a rest line continues ({@link #assign}): within the columns' widths where it can be,
   * else as wide as an earlier step joined it; else, where the line completes a word a narrow column broke (标 标
   * under 产出指 数量指), to any cell of the row that did not end, though no width marked it open.
   */
  private static int[] assignRest(List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest,
      TextLayer layer) {
    int[] to = assign(line, cells, open, broken, widest);
    if (to == null) {
      // A line an earlier step joined (a wrap's last piece on a line of its own) may be wider than its column.
      to = assign(line, cells, open, broken, null);
    }
    if (to == null && BrokenWords.anyCompleted(line, cells, broken)) {
      boolean[] any = new boolean[cells.size()];
      for (int c = 0; c < any.length; c++) {
        any[c] = !endsACell(cells.get(c)) && fills(cells, c, layer.columnWidths());
      }
      to = assign(line, cells, any, broken, widest);
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

  /**
   * The cell each piece of a line continues, in order, or null when the line has more pieces than the row
   * has open cells (no wider than {@code widest}, unless null): a piece that closes a bracket goes to the cell that opened one, the rest to the next open cell.
   */
  private static int[] assign(List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest) {
    int[] to = new int[line.size()];
    int from = 0;
    for (int p = 0; p < line.size(); p++) {
      String piece = line.get(p);
      int chosen = -1;
      if (closesABracket(piece)) {
        // 指标) under 数量指标(必填硬性: the rest of a cell that opened a bracket, though it stopped short of the width.
        for (int c = from; c < cells.size() && chosen < 0; c++) {
          if (unclosed(cells.get(c))) {
            chosen = c;
          }
        }
      }
      boolean value = TextLayer.isMeasure(piece);
      for (int c = from; c < cells.size() && chosen < 0; c++) {
        if (continuesCell(cells, c, piece, value, open, broken, widest)) {
          chosen = c;
        }
      }
      if (chosen < 0) {
        return null;
      }
      to[p] = chosen;
      from = chosen + 1;
    }
    return completingWords(to, line, cells, open, broken, widest);
  }

  /**
   * {@code to}, or the placing of the line's pieces, in order, that completes more of the words the cells broke
   * ({@link BrokenWords#insideAWord}): 子苗情况 under 购买发放李子苗 and 反映购买发放李 goes to the second (李子), though
   * the first could take it. Every piece still goes to a cell that could take it.
   */
  private static int[] completingWords(int[] to, List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest) {
    int pieces = line.size();
    boolean[][] takes = new boolean[pieces][cells.size()];
    boolean[][] completes = new boolean[pieces][cells.size()];
    boolean any = false;
    for (int p = 0; p < pieces; p++) {
      String piece = line.get(p);
      boolean value = TextLayer.isMeasure(piece);
      for (int c = 0; c < cells.size(); c++) {
        takes[p][c] = closesABracket(piece) && unclosed(cells.get(c)) || continuesCell(cells, c, piece, value, open, broken, widest);
        completes[p][c] = takes[p][c] && BrokenWords.insideAWord(cells.get(c), piece);
        any |= completes[p][c] && to[p] != c;
      }
    }
    if (!any) {
      return to;
    }
    // most[p][c]: the most words completed placing pieces p.. in cells c.. (-1: they cannot all be placed).
    int[][] most = new int[pieces + 1][cells.size() + 1];
    for (int p = pieces - 1; p >= 0; p--) {
      java.util.Arrays.fill(most[p], -1);
      for (int c = cells.size() - 1; c >= 0; c--) {
        most[p][c] = most[p][c + 1];
        if (takes[p][c] && most[p + 1][c + 1] >= 0) {
          most[p][c] = Math.max(most[p][c], most[p + 1][c + 1] + (completes[p][c] ? 1 : 0));
        }
      }
    }
    int had = 0;
    for (int p = 0; p < pieces; p++) {
      had += completes[p][to[p]] ? 1 : 0;
    }
    if (most[0][0] <= had) {
      return to;
    }
    int[] better = new int[pieces];
    for (int p = 0, c = 0; p < pieces; p++, c++) {
      // the first cell from which the rest still completes the most
      int goal = most[p][c];
      while (!(takes[p][c] && most[p + 1][c + 1] >= 0 && most[p + 1][c + 1] + (completes[p][c] ? 1 : 0) == goal)) {
        c++;
      }
      better[p] = c;
    }
    return better;
  }

  /**
   * True when the piece can continue cell {@code c}: an open cell (no wider than {@code widest}, unless null) that it
   * can be the rest of ({@link #continues}), or a word a narrow column broke that it completes.
   */
  private static boolean continuesCell(List<String> cells, int c, String piece, boolean value, boolean[] open, boolean[] broken,
      int[] widest) {
    return open[c] && (widest == null || piece.length() <= widest[c]) && continues(cells.get(c), piece, value)
        || broken[c] && BrokenWords.completes(cells.get(c), piece);
  }

  /**
   * True when a piece can be the rest of a cell: a value's rest only of a value it runs on from (a number
   * broken between its digits, a unit broken), words the rest of words.
   */
  static boolean continues(String cell, String piece, boolean pieceIsValue) {
    if (!TextLayer.isMeasure(cell)) {
      // Words run on into anything but a whole value, or into digits where a number inside them broke
      // (…预算执行率未达到9 / 0%的需说明原因, 当年在校学生数495 / 3).
      return !pieceIsValue || Character.isDigit(cell.charAt(cell.length() - 1)) && Character.isDigit(piece.charAt(0));
    }
    // A value into its own rest (2020.1.1-2 / 020.12.31, 1346.0088万平方 / 米), or into words where it broke
    // inside a word (2021年12月底完 / 成项目规划相关工作); …… under 3200份 is a row.
    char end = cell.charAt(cell.length() - 1);
    return Character.isLetterOrDigit(piece.charAt(0)) && WrappedLines.valueGoesOn(cell, piece)
        || Character.isLetter(end) && end > 127 && Character.isLetter(piece.charAt(0));
  }

  /** A label before its value (发布日期:) or a closed bracket (…(必填)) ends a cell: nothing runs on from it. */
  static boolean endsACell(String cell) {
    return ":：)）".indexOf(cell.charAt(cell.length() - 1)) >= 0;
  }

  /** A piece that closes a bracket before it opens one: 指标), ), 填). */
  static boolean closesABracket(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      char ch = piece.charAt(i);
      if (ch == '(' || ch == '（') {
        return false;
      }
      if (ch == ')' || ch == '）') {
        return true;
      }
    }
    return false;
  }

  static boolean unclosed(String cell) {
    int depth = 0;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      depth += ch == '(' || ch == '（' ? 1 : ch == ')' || ch == '）' ? -1 : 0;
    }
    return depth > 0;
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
