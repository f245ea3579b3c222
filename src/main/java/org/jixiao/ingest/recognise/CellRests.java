package org.jixiao.ingest.recognise;

import java.util.List;

/**
 * Whether a piece of a line below a table row is the rest of one of the row's cells, and which: a value only into its
 * own rest, words into words, a closing bracket into the cell that opened one, a piece into the cell whose broken word
 * it completes. {@link WrappedRows}, {@link RunReading}, {@link RunRows} and {@link CentredRows} ask it of the lines a
 * PDF's text layer printed under wrapped rows.
 */
final class CellRests {

  private CellRests() {}

  /**
   * The cell each piece of a line continues, in order, or null when the line has more pieces than the row
   * has open cells (no wider than {@code widest}, unless null): a piece that closes a bracket goes to the cell that opened one, the rest to the next open cell.
   */
  static int[] assign(List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest) {
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
}
