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
 * The lines of a sheet as a PDF's text layer gives a table whose cells wrapped, and what {@link WrappedRows} asks of
 * them: each line's pieces (its filled cells, or its one cell cut at its spaces), which lines are a table's rows,
 * which could be the rest of the row above, and the columns' widths. A row is a table's row once one above it was
 * marked by a category or a value; a length is a column's width when at least three distinct cells of it stand in
 * rows followed by a line of words only and most cells of that length do. The kinds of a line's pieces are worked
 * out only where the answer can matter, once, for this runs over every sheet.
 */
final class TextLayer {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Shorter cells are whole words and short names, never a column's width. */
  private static final int NARROWEST = 6;
  private static final int WRAPS_TO_TRUST = 3;
  /** Wider cells are no piece a column's width broke: a page holds no column so wide. */
  private static final int WIDEST = 30;
  /** An item's number, with the looser spellings (指标2., 指标2、): the next item, never a cell's rest. */
  private static final org.jixiao.util.Regex NUMBERED = org.jixiao.util.Regex.of("^\\s*" + ItemMark.LOOSE + "(?=\\S)");

  /** What a line can be of the row above it: no rest, a rest of words only, a rest with a value's rest among them. */
  private enum Rest { NONE, WORDS, WITH_VALUE }

  private final List<List<String>> pieces;
  private final boolean[] tableRow;
  private final Rest[] rest;
  private final Boolean[] markedRows;
  private final Set<Integer> widths;
  private int[] widest;
  private boolean widestKnown;

  private TextLayer(List<List<String>> pieces) {
    this.pieces = pieces;
    int n = pieces.size();
    tableRow = new boolean[n];
    rest = new Rest[n];
    markedRows = new Boolean[n];
    boolean inTable = false;
    List<Integer> evidence = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Deadline.check();
      List<String> p = pieces.get(i);
      if (p.size() < 2) {
        continue;
      }
      boolean restBelow = i + 1 < n && !pieces.get(i + 1).isEmpty() && pieces.get(i + 1).size() <= p.size() && isRest(i + 1);
      boolean marked = (!inTable || restBelow) && marked(i);
      // Below the first row a category or a value marks, rows under merged cells may hold words only
      // (促进学前教育普及普惠 显著促进了学前教育普): a row still, and its cells wrap as any row's do.
      tableRow[i] = marked || inTable;
      inTable |= marked;
      if (marked && restBelow && rest[i + 1] == Rest.WORDS) {
        evidence.add(i); // a marked row above a line of words only: what a wrap looks like, for certain
      }
    }
    widths = widths(evidence);
  }

  /** The lines of {@code rows}, their kinds not yet asked. */
  static TextLayer of(List<Row> rows) {
    List<List<String>> pieces = new ArrayList<>(rows.size());
    for (Row r : rows) {
      pieces.add(pieces(r));
    }
    return new TextLayer(pieces);
  }

  int size() {
    return pieces.size();
  }

  /** Line {@code i}'s pieces. */
  List<String> pieces(int i) {
    return pieces.get(i);
  }

  /** True when line {@code i} is a table's row. */
  boolean tableRow(int i) {
    return tableRow[i];
  }

  /** The lengths that are a column's width; empty when no wrap showed one. */
  Set<Integer> widths() {
    return widths;
  }

  /**
   * The widest cell of each column (see {@link #widestOfColumns}), worked out the first time it is asked, only where
   * a cell could be open (it types every row's cells).
   */
  int[] columnWidths() {
    if (!widestKnown) {
      widest = widestOfColumns();
      widestKnown = true;
    }
    return widest;
  }

  /** Whether line {@code i} is the rest of a row, worked out once. */
  boolean isRest(int i) {
    if (rest[i] == null) {
      rest[i] = restOfARow(pieces.get(i));
    }
    return rest[i] != Rest.NONE;
  }

  /** Whether row {@code i} is marked a table's row, worked out once. */
  boolean marked(int i) {
    if (markedRows[i] == null) {
      markedRows[i] = marksATableRow(pieces.get(i)) || i + 1 < pieces.size() && brokenCategory(pieces.get(i), pieces.get(i + 1));
    }
    return markedRows[i];
  }

  /** True when a cell of a table's row ends inside a word that the first piece of the line below, a rest, completes. */
  boolean anyWordRunningOn() {
    for (int i = 0; i + 1 < pieces.size(); i++) {
      if (tableRow[i] && !pieces.get(i + 1).isEmpty() && isRest(i + 1)) {
        String first = pieces.get(i + 1).get(0);
        if (pieces.get(i).stream().anyMatch(p -> BrokenWords.insideAWord(p, first))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a table's row, or a line of one piece, holds the start of a word whose rest the line below could be. */
  boolean anyBrokenWord() {
    for (int i = 0; i + 1 < pieces.size(); i++) {
      if ((tableRow[i] || pieces.get(i).size() == 1) && pieces.get(i).stream().anyMatch(BrokenWords::begins) && isRest(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The widest cell of each column, over the rows a category or a value marks that have as many cells as most
   * such rows (those kept all their cells, so a cell's place is its column); null when no count is most.
   */
  private int[] widestOfColumns() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (tableRow[i] && marked(i)) {
        counts.merge(pieces.get(i).size(), 1, Integer::sum);
      }
    }
    int size = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    if (size < 2 || 2 * counts.get(size) <= counts.values().stream().mapToInt(Integer::intValue).sum()) {
      return null;
    }
    int[] widest = new int[size];
    for (int i = 0; i < pieces.size(); i++) {
      if (tableRow[i] && pieces.get(i).size() == size && marked(i)) {
        for (int c = 0; c < size; c++) {
          widest[c] = Math.max(widest[c], pieces.get(i).get(c).length());
        }
      }
    }
    return widest;
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
  private Set<Integer> widths(List<Integer> evidence) {
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
    // only rows holding a cell of such a length are typed. A number with its unit that ran on into nothing
    // (26970.7平方米) ends where its unit ends, whatever the column's width: it stands against none.
    Map<Integer, Set<String>> ofLength = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      List<String> row = pieces.get(i);
      if (tableRow[i] && row.stream().anyMatch(p -> followed.containsKey(p.length())) && marked(i)) {
        for (String p : row) {
          if (followed.containsKey(p.length()) && (!isMeasure(p) || followed.get(p.length()).contains(p))) {
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

  /**
   * A value with a number in it, whole (显著提升了疫情期间对 and 372万元将用于学校 start targets in words, which wrap
   * as words do).
   */
  static boolean isMeasure(String text) {
    return isMeasure(Cell.of(text, 0), text);
  }

  static boolean isMeasure(Cell c, String text) {
    return c.is(Cell.Kind.VALUE) && c.isTargetLike() && text.chars().anyMatch(Character::isDigit);
  }
}
