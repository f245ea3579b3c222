package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Deadline;

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
 * cells in order.
 */
final class WrappedRows {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Shorter cells are whole words and short names, never a column's width. */
  private static final int NARROWEST = 6;
  private static final int WRAPS_TO_TRUST = 3;
  /** Wider cells are no piece a column's width broke: a page holds no column so wide. */
  private static final int WIDEST = 30;
  /** An item's number, with the looser spellings (指标2., 指标2、): the next item, never a cell's rest. */
  private static final org.jixiao.util.Regex NUMBERED = org.jixiao.util.Regex.of("^\\s*" + ItemMark.LOOSE + "(?=\\S)");

  private WrappedRows() {}

  /** The rows with the lines that continue a wrapped row's cells joined into that row. */
  static List<Row> join(List<Row> rows) {
    int n = rows.size();
    List<List<String>> pieces = new ArrayList<>(n);
    for (Row r : rows) {
      pieces.add(pieces(r));
    }
    // The cells are typed only where the answer can matter, for this runs over every sheet: a row is a table's
    // row once one above it was marked by a category or a value; the rest of a row has fewer pieces than it.
    boolean[] tableRow = new boolean[n];
    Rest[] rest = new Rest[n];
    Boolean[] markedRows = new Boolean[n];
    boolean inTable = false;
    List<Integer> evidence = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Deadline.check();
      List<String> p = pieces.get(i);
      if (p.size() < 2) {
        continue;
      }
      boolean restBelow = i + 1 < n && !pieces.get(i + 1).isEmpty() && pieces.get(i + 1).size() <= p.size() && isRest(pieces, rest, i + 1);
      boolean marked = (!inTable || restBelow) && marked(pieces, markedRows, i);
      // Below the first row a category or a value marks, rows under merged cells may hold words only
      // (促进学前教育普及普惠 显著促进了学前教育普): a row still, and its cells wrap as any row's do.
      tableRow[i] = marked || inTable;
      inTable |= marked;
      if (marked && restBelow && rest[i + 1] == Rest.WORDS) {
        evidence.add(i); // a marked row above a line of words only: what a wrap looks like, for certain
      }
    }
    Set<Integer> widths = widths(pieces, tableRow, markedRows, evidence);
    if (widths.isEmpty() && rows.stream().noneMatch(r -> r.text().indexOf('(') >= 0 || r.text().indexOf('（') >= 0)
        && !anyBrokenWord(pieces, tableRow, rest)) {
      return rows; // nothing a width, a bracket or a broken word could join
    }
    // The columns' widest cells are worked out only where a cell could be open (it types every row's cells).
    java.util.function.Supplier<int[]> columnWidths = new java.util.function.Supplier<>() {
      private int[] widest;
      private boolean known;

      @Override
      public int[] get() {
        if (!known) {
          widest = columnWidths(pieces, tableRow, markedRows);
          known = true;
        }
        return widest;
      }
    };
    List<Row> out = new ArrayList<>(n);
    int afterOpenRow = -1; // the line after a row whose cell filled its column to the end: that cell's rest, if anything's
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      Joined centred = i == afterOpenRow ? null : centredRow(i, pieces, rest, tableRow, markedRows, widths, columnWidths);
      if (centred != null) {
        afterOpenRow = centred.endsOpen() ? centred.next() : -1;
        Row main = rows.get(centred.first());
        out.add(new Row(main.line(), main.cells().size() == 1 ? List.of(String.join(" ", centred.cells())) : withFilled(main, centred.cells())));
        i = centred.next() - 1;
        continue;
      }
      if (!tableRow[i]) {
        int next = i + 1;
        String word = pieces.get(i).size() == 1 ? pieces.get(i).get(0) : null;
        while (word != null && next < n && BrokenWords.begins(word) && pieces.get(next).size() == 1
            && BrokenWords.completes(word, pieces.get(next).get(0))
            && isRest(pieces, rest, next)) {
          word += pieces.get(next++).get(0); // 可持续影响 / 指标 alone on their lines: one word a narrow column broke
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
      Joined joined = joinRow(i, pieces, rest, widths, columnWidths);
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
  private record Joined(List<String> cells, int first, int next, int[] linesBelow, boolean endsOpen) {}

  /** Row {@code i} joined with the lines that continue its wrapped cells. */
  private static Joined joinRow(int i, List<List<String>> pieces, Rest[] rest, Set<Integer> widths,
      java.util.function.Supplier<int[]> columnWidths) {
    int n = pieces.size();
    List<String> cells = new ArrayList<>(pieces.get(i));
    int[] linesBelow = new int[cells.size()];
    // Which cells still run on: those whose last line filled the column.
    boolean[] open = new boolean[cells.size()];
    boolean[] broken = new boolean[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      open[c] = widths.contains(cells.get(c).length()) && fills(cells, c, columnWidths.get()) && !endsACell(cells.get(c))
          && !Cell.of(cells.get(c), 0).is(Cell.Kind.CATEGORY);
      broken[c] = BrokenWords.begins(cells.get(c));
    }
    boolean[] byWidth = open.clone();
    // A column has one width: a cell the width opened takes no piece wider than its first.
    int[] widest = new int[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      widest[c] = byWidth[c] ? cells.get(c).length() : Integer.MAX_VALUE;
    }
    boolean valuesTaken = false; // (whether the first line lacks a value is asked only where it could matter)
    int next = i + 1;
    while (next < n && (anyOpen(open) || anyOpen(broken) || cells.stream().anyMatch(WrappedRows::unclosed)) && isRest(pieces, rest, next)) {
      List<String> line = pieces.get(next);
      int[] to = assignRest(line, cells, open, broken, widest, columnWidths);
      int[] run = to == null && !valuesTaken && pieces.get(i).stream().noneMatch(p -> Cell.of(p, 0).isTargetLike()) ? valueRun(line) : null;
      if (run != null) {
        // A form that centres its cells prints the short ones on the row's middle line, under the first line of its
        // taller categories and name (产出指 数量指 宗教管理经费补助县(市、 反映宗教管理经 / 标 标 区)数量 2 费补助县(市、):
        // the values there are cells of the row's own, after the cell the piece before them continues.
        List<String> others = new ArrayList<>(line.subList(0, run[0]));
        others.addAll(line.subList(run[1], line.size()));
        // Only where the line completes the categories' words the first line broke: their height is what kept the
        // values off the first line (a line of a name and a value below a row of words is the next row).
        int[] toOthers = BrokenWords.anyCompleted(others, cells, broken) ? assignRest(others, cells, open, broken, widest, columnWidths) : null;
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
        String piece = pieces.get(next).get(p);
        cells.set(to[p], cells.get(to[p]) + piece);
        linesBelow[to[p]]++;
        // … and runs on while its pieces are as wide as its first.
        stillOpen[to[p]] = (byWidth[to[p]] ? piece.length() == widest[to[p]] : widths.contains(piece.length()))
            && !endsACell(piece);
        stillBroken[to[p]] = broken[to[p]] && BrokenWords.begins(cells.get(to[p]));
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

  /**
   * The cell each piece of a rest line continues ({@link #assign}): within the columns' widths where it can be,
   * else as wide as an earlier step joined it; else, where the line completes a word a narrow column broke (标 标
   * under 产出指 数量指), to any cell of the row that did not end, though no width marked it open.
   */
  private static int[] assignRest(List<String> line, List<String> cells, boolean[] open, boolean[] broken, int[] widest,
      java.util.function.Supplier<int[]> columnWidths) {
    int[] to = assign(line, cells, open, broken, widest);
    if (to == null) {
      // A line an earlier step joined (a wrap's last piece on a line of its own) may be wider than its column.
      to = assign(line, cells, open, broken, null);
    }
    if (to == null && BrokenWords.anyCompleted(line, cells, broken)) {
      boolean[] any = new boolean[cells.size()];
      for (int c = 0; c < any.length; c++) {
        any[c] = !endsACell(cells.get(c)) && fills(cells, c, columnWidths.get());
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
   * Row {@code i} and the row below it joined, where line {@code i} begins the cells of a row whose short cells a
   * PDF centred in its height: the tall cells start on the lines above the one that holds the categories and
   * the values ({@code 显著提升了疫情期间对} above {@code 效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度}).
   * Those lines hold what a row's rest may (no category, heading or numbered item), every piece a column's full
   * width (each runs on); the first line below them is a row a category or a value marks. Their pieces begin that
   * row's cells of words, the tallest first (a cell centred in the row has at least as many lines below the middle
   * as above it). Null when the lines are no such start, or when which cells they begin is not clear.
   */
  private static Joined centredRow(int i, List<List<String>> pieces, Rest[] rest, boolean[] tableRow, Boolean[] markedRows,
      Set<Integer> widths, java.util.function.Supplier<int[]> columnWidths) {
    if (widths.isEmpty() || !leadsIn(pieces, rest, widths, i)) {
      return null;
    }
    List<String> leads = new ArrayList<>(pieces.get(i));
    int j = i + 1;
    while (j < pieces.size() && pieces.get(j).size() == leads.size() && leadsIn(pieces, rest, widths, j)) {
      for (int c = 0; c < leads.size(); c++) {
        leads.set(c, leads.get(c) + pieces.get(j).get(c));
      }
      j++;
    }
    if (j >= pieces.size() || !tableRow[j] || !marked(pieces, markedRows, j)) {
      return null;
    }
    Joined main = joinRow(j, pieces, rest, widths, columnWidths);
    if (java.util.Arrays.stream(main.linesBelow()).max().orElse(0) < j - i) {
      return null; // centred, the row's tallest cell runs as far below its middle line as above it
    }
    int[] to = tallest(main, leads.size());
    if (to == null) {
      return null;
    }
    List<String> cells = new ArrayList<>(main.cells());
    for (int k = 0; k < to.length; k++) {
      cells.set(to[k], leads.get(k) + cells.get(to[k]));
    }
    return new Joined(cells, j, main.next(), main.linesBelow(), main.endsOpen());
  }

  /** True when line {@code i} could be a row's rest (no category, heading or row's start), each piece as wide as a column. */
  private static boolean leadsIn(List<List<String>> pieces, Rest[] rest, Set<Integer> widths, int i) {
    List<String> p = pieces.get(i);
    return !p.isEmpty() && isRest(pieces, rest, i) && p.stream().allMatch(x -> widths.contains(x.length()) && !endsACell(x));
  }

  /**
   * The cells of words of a joined row that {@code leads} pieces begin, in order: all of them when there are as
   * many, else those with the most lines below, when that choice is clear; null otherwise.
   */
  private static int[] tallest(Joined row, int leads) {
    List<Integer> words = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = Cell.of(row.cells().get(c), 0);
      if (!cell.is(Cell.Kind.CATEGORY) && !isMeasure(cell, row.cells().get(c)) && !cell.is(Cell.Kind.HEADER)) {
        words.add(c);
      }
    }
    if (words.size() < leads) {
      return null;
    }
    if (words.size() > leads) {
      List<Integer> byHeight = new ArrayList<>(words);
      byHeight.sort((a, b) -> row.linesBelow()[b] - row.linesBelow()[a]);
      if (row.linesBelow()[byHeight.get(leads - 1)] == row.linesBelow()[byHeight.get(leads)]) {
        return null; // as tall as the next: which cells the lines above begin is not clear
      }
      words = byHeight.subList(0, leads).stream().sorted().toList();
    }
    return words.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * False for a cell, in a row that kept all its cells, shorter than the widest of its column: it did not fill
   * the column, so nothing of it wrapped (开展送戏进万村 under names of twelve characters is whole, though the
   * explanation's column is seven wide).
   */
  private static boolean fills(List<String> cells, int c, int[] columnWidths) {
    return columnWidths == null || cells.size() != columnWidths.length || cells.get(c).length() >= columnWidths[c];
  }

  /**
   * The widest cell of each column, over the rows a category or a value marks that have as many cells as most
   * such rows (those kept all their cells, so a cell's place is its column); null when no count is most.
   */
  private static int[] columnWidths(List<List<String>> pieces, boolean[] tableRow, Boolean[] markedRows) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (tableRow[i] && marked(pieces, markedRows, i)) {
        counts.merge(pieces.get(i).size(), 1, Integer::sum);
      }
    }
    int size = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    if (size < 2 || 2 * counts.get(size) <= counts.values().stream().mapToInt(Integer::intValue).sum()) {
      return null;
    }
    int[] widest = new int[size];
    for (int i = 0; i < pieces.size(); i++) {
      if (tableRow[i] && pieces.get(i).size() == size && marked(pieces, markedRows, i)) {
        for (int c = 0; c < size; c++) {
          widest[c] = Math.max(widest[c], pieces.get(i).get(c).length());
        }
      }
    }
    return widest;
  }

  /** What a line can be of the row above it: no rest, a rest of words only, a rest with a value's rest among them. */
  private enum Rest { NONE, WORDS, WITH_VALUE }

  /** Whether line {@code i} is the rest of a row, worked out once. */
  private static boolean isRest(List<List<String>> pieces, Rest[] rest, int i) {
    if (rest[i] == null) {
      rest[i] = restOfARow(pieces.get(i));
    }
    return rest[i] != Rest.NONE;
  }

  /** A row's pieces: its filled cells, or the space-separated pieces of its one cell. */
  private static List<String> pieces(Row r) {
    List<String> filled = r.filledCells();
    if (filled.size() != 1 || r.cells().size() != 1) {
      return filled.stream().map(String::strip).toList();
    }
    String t = filled.get(0).strip();
    return List.of(SPACES.split(t));
  }

  /** Whether row {@code i} is marked a table's row, worked out once. */
  private static boolean marked(List<List<String>> pieces, Boolean[] markedRows, int i) {
    if (markedRows[i] == null) {
      markedRows[i] = marksATableRow(pieces.get(i)) || i + 1 < pieces.size() && brokenCategory(pieces.get(i), pieces.get(i + 1));
    }
    return markedRows[i];
  }

  /**
   * A row whose categories a narrow column broke, the line below completing one ({@code 产出指 数量指 宗教管理…} over
   * {@code 标 标 …}): where a form centres its cells, such a row's first line may hold neither a whole category nor
   * its value.
   */
  private static boolean brokenCategory(List<String> row, List<String> below) {
    if (row.size() < 2) {
      return false;
    }
    for (String p : row) {
      if (p.length() < 2 || p.length() >= LONGEST_CATEGORY || !han(p)) {
        continue; // (cheap tests first: this asks of every row no category or value marks)
      }
      for (String q : below) {
        if (p.length() + q.length() <= LONGEST_CATEGORY && han(q) && org.jixiao.vocabulary.Categories.word(p + q) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Characters of the longest category word (服务对象满意度指标 and its like), with room for a note's bracket. */
  private static final int LONGEST_CATEGORY = 12;

  private static boolean han(String s) {
    return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  /** A row of a table for certain: two pieces or more, one of them a category word or a value. */
  private static boolean marksATableRow(List<String> pieces) {
    if (pieces.size() < 2) {
      return false;
    }
    for (String p : pieces) {
      Cell c = Cell.of(p, 0);
      if (c.is(Cell.Kind.CATEGORY) || c.isTargetLike()) {
        return true;
      }
    }
    return false;
  }

  /** The rest of a row's wrapped cells: words (or a value's rest), nothing a row starts with or a header holds. */
  private static Rest restOfARow(List<String> pieces) {
    if (pieces.isEmpty() || pieces.stream().anyMatch(p -> p.length() > WIDEST)) {
      return Rest.NONE; // no column is as wide: a row's cell, not a wrap's rest
    }
    if (NUMBERED.lookingAt(pieces.get(0)) || pieces.size() == 1 && TableEdges.isTableTitle(pieces.get(0))) {
      return Rest.NONE; // 指标2.药品抽验平均标准: the next numbered item; 部门(单位)整体绩效目标申报表: the next table
    }
    Rest found = Rest.WORDS;
    for (String p : pieces) {
      Cell c = Cell.of(p, 0);
      boolean punctuation = c.shape() == ValueGrammar.Shape.EMPTY; // 。 a wrap left alone on its line
      // A value may be the rest of one the width broke (2020.1.1-2 / 020.12.31): the row's cells decide.
      if (c.is(Cell.Kind.CATEGORY) || c.is(Cell.Kind.HEADER) || !c.is(Cell.Kind.TEXT) && !c.is(Cell.Kind.VALUE) && !c.isBlank() && !punctuation) {
        return Rest.NONE;
      }
      if (isMeasure(c, p)) {
        found = Rest.WITH_VALUE;
      }
    }
    return found;
  }

  /**
   * The lengths that are a column's width: three distinct cells of them or more stand above the rest of a row
   * (the rows of {@code evidence}), and most cells of them do.
   */
  private static Set<Integer> widths(List<List<String>> pieces, boolean[] tableRow, Boolean[] markedRows, List<Integer> evidence) {
    Map<Integer, Set<String>> followed = new HashMap<>();
    for (int i : evidence) {
      for (String p : pieces.get(i)) {
        if (p.length() >= NARROWEST && !Cell.of(p, 0).is(Cell.Kind.CATEGORY)) {
          followed.computeIfAbsent(p.length(), k -> new HashSet<>()).add(p);
        }
      }
    }
    followed.values().removeIf(texts -> texts.size() < WRAPS_TO_TRUST);
    if (followed.isEmpty()) {
      return Set.of();
    }
    // Most cells of the length in the rows a category or a value marks (a words-only line may be a wrap's rest):
    // only rows holding a cell of such a length are typed.
    Map<Integer, Set<String>> ofLength = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      List<String> row = pieces.get(i);
      if (tableRow[i] && row.stream().anyMatch(p -> followed.containsKey(p.length())) && marked(pieces, markedRows, i)) {
        for (String p : row) {
          if (followed.containsKey(p.length())) {
            ofLength.computeIfAbsent(p.length(), k -> new HashSet<>()).add(p);
          }
        }
      }
    }
    Set<Integer> widths = new HashSet<>();
    followed.forEach((length, texts) -> {
      if (2 * texts.size() > ofLength.get(length).size()) {
        widths.add(length);
      }
    });
    return widths;
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
      boolean value = isMeasure(piece);
      for (int c = from; c < cells.size() && chosen < 0; c++) {
        if (open[c] && (widest == null || piece.length() <= widest[c]) && continues(cells.get(c), piece, value)
            || broken[c] && BrokenWords.completes(cells.get(c), piece)) {
          chosen = c;
        }
      }
      if (chosen < 0) {
        return null;
      }
      to[p] = chosen;
      from = chosen + 1;
    }
    return to;
  }

  /**
   * True when a piece can be the rest of a cell: a value's rest only of a value it runs on from (a number
   * broken between its digits, a unit broken), words the rest of words.
   */
  private static boolean continues(String cell, String piece, boolean pieceIsValue) {
    if (!isMeasure(cell)) {
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

  /** True when a table's row, or a line of one piece, holds the start of a word whose rest the line below could be. */
  private static boolean anyBrokenWord(List<List<String>> pieces, boolean[] tableRow, Rest[] rest) {
    for (int i = 0; i + 1 < pieces.size(); i++) {
      if ((tableRow[i] || pieces.get(i).size() == 1) && pieces.get(i).stream().anyMatch(BrokenWords::begins) && isRest(pieces, rest, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A label before its value (发布日期:) or a closed bracket (…(必填)) ends a cell: nothing runs on from it. */
  private static boolean endsACell(String cell) {
    return ":：)）".indexOf(cell.charAt(cell.length() - 1)) >= 0;
  }

  /**
   * A value with a number in it, whole (显著提升了疫情期间对 and 372万元将用于学校 start targets in words, which wrap
   * as words do).
   */
  private static boolean isMeasure(String text) {
    return isMeasure(Cell.of(text, 0), text);
  }

  private static boolean isMeasure(Cell c, String text) {
    return c.is(Cell.Kind.VALUE) && c.isTargetLike() && text.chars().anyMatch(Character::isDigit);
  }

  /** A piece that closes a bracket before it opens one: 指标), ), 填). */
  private static boolean closesABracket(String piece) {
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

  private static boolean unclosed(String cell) {
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
