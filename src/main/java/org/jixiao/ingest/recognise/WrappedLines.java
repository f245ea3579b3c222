package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Deadline;

/**
 * Joins the lines of cells that a copied PDF table wrapped at its column's width, one piece per line
 * with nothing between cells ({@code 省级财政专项资金投入成本} / {@code 控制率(%)} / {@code ≤100%}). A wrap
 * leaves its mark in the lengths: the lines a column broke all have the column's width, and each is
 * followed by the rest of its cell. A length is taken for a width only when at least three text lines
 * of it are followed by text, most lines of that length are, and twice as many as of either length beside
 * it; names and targets that merely happen to be as long as each other are not followed by text so
 * regularly (and where every name is followed by a target in words, every common length is).
 */
final class WrappedLines {

  /** Shorter lines are whole words and short names, never a column's width. */
  private static final int NARROWEST = 8;
  private static final int WRAPS_TO_TRUST = 3;

  private WrappedLines() {}

  /** The rows with each wrapped cell's lines joined into its first line's row. */
  static List<Row> join(List<Row> rows) {
    Lines lines = new Lines(rows);
    // length -> the distinct text lines of it, and those of them followed by text (a label repeated
    // above each of several tables, 813-潼南区五桂镇, counts once)
    Map<Integer, Set<String>> ofLength = new HashMap<>();
    Map<Integer, Set<String>> followed = new HashMap<>();
    Map<Integer, Set<String>> brokenInside = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Deadline.check();
      String a = lines.alone(i);
      if (brokenInside(lines, i)) {
        brokenInside.computeIfAbsent(a.length(), k -> new HashSet<>()).add(a);
      }
      if (a == null || a.length() < NARROWEST || endsACell(a) || !lines.isText(i)) {
        continue;
      }
      ofLength.computeIfAbsent(a.length(), k -> new HashSet<>()).add(a);
      if (i + 1 < rows.size() && lines.alone(i + 1) != null && lines.isText(i + 1)) {
        followed.computeIfAbsent(a.length(), k -> new HashSet<>()).add(a);
      }
    }
    List<Integer> widths = new ArrayList<>();
    followed.forEach((length, texts) -> {
      // A width stands out among the lengths beside it; where every cell of words is followed by more words (a
      // table of targets in words written cell by cell), every common length is followed by text.
      int beside = Math.max(followed.getOrDefault(length - 1, Set.of()).size(), followed.getOrDefault(length + 1, Set.of()).size());
      if (texts.size() >= WRAPS_TO_TRUST && 2 * texts.size() > ofLength.get(length).size() && texts.size() >= 2 * beside) {
        widths.add(length);
      }
    });
    // Lines broken inside a word have their column's width: two of one length show it, and the lines of that
    // length that a break between words ended are wrapped as much.
    brokenInside.forEach((length, texts) -> {
      if (texts.size() >= 2 && !widths.contains(length)) {
        widths.add(length);
      }
    });
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Deadline.check();
      Row row = rows.get(i);
      String text = lines.alone(i);
      if (text != null && widths.contains(text.length()) && i + 1 < rows.size() && !lines.isText(i)
          && valueGoesOn(text, lines.alone(i + 1))) {
        // 2020年1月--202 / 0年11月: a value the width broke inside a number, or before the rest of its unit.
        out.add(new Row(row.line(), List.of(text + lines.alone(i + 1))));
        i++;
        continue;
      }
      if (text == null || !lines.isText(i) && !(widths.contains(text.length()) && lines.isGrade(i)) && !brokenInside(lines, i)) {
        // (A piece of the width that reads as a grade, 参训学员结业考核通过 / 率, 显著提升了疫情期间对 / 民办幼儿园的扶持力度,
        // is words the width broke as much as any other: its rest is the text below.)
        out.add(row);
        continue;
      }
      StringBuilder joined = new StringBuilder(text);
      String last = text;
      // A line broken inside a word has its column's width: a piece below as long is full too, and its cell goes on.
      int width = brokenInside(lines, i) ? text.length() : -1;
      // A cell wrapped over three lines has two lines of the width.
      while (i + 1 < rows.size()) {
        String next = lines.alone(i + 1);
        boolean atWidth = (widths.contains(last.length()) || last.length() == width) && !endsACell(last) && next != null
            && lines.isText(i + 1) && next.length() <= last.length() && !next.equals(last); // (a target and its actual are often the same words; a rest is not the piece above it again)
        if (!atWidth && !brokenInside(lines, i)) {
          break;
        }
        joined.append(next);
        last = next;
        i++;
      }
      out.add(joined.length() == text.length() ? row : new Row(row.line(), List.of(joined.toString())));
    }
    return out.size() == rows.size() ? rows : out;
  }

  /**
   * True when row {@code i}'s line, long enough to have been wrapped, breaks inside a word that the next line
   * completes ({@link BrokenWords#insideAWord}), and the next line is no wider than it: the rest of its cell
   * whatever the widths found (a small table wraps too few cells to show them).
   */
  private static boolean brokenInside(Lines lines, int i) {
    if (lines.brokenInside[i] == null) {
      lines.brokenInside[i] = askBrokenInside(lines, i);
    }
    return lines.brokenInside[i];
  }

  private static boolean askBrokenInside(Lines lines, int i) {
    String text = lines.alone(i);
    String next = i + 1 < lines.rows.size() ? lines.alone(i + 1) : null;
    return text != null && next != null && text.length() >= NARROWEST && !lines.restsBeside(i)
        && printedWidth(next) <= printedWidth(text) + 1 && BrokenWords.insideAWord(text, next);
  }

  /** A line's printed width in half-width characters: a Chinese character is two, a digit or a Latin letter one. */
  private static int printedWidth(String s) {
    int w = 0;
    for (int k = 0; k < s.length(); k++) {
      w += org.jixiao.vocabulary.Hanzi.isWide(s.charAt(k)) ? 2 : 1;
    }
    return w;
  }

  /** The most lines the rests of a row's wrapped cells take below it; a table written cell by cell runs on far longer. */
  private static final int MOST_REST_LINES = 6;

  /** Each row's text alone and whether it is one piece of text, worked out once per row. */
  private static final class Lines {
    private final List<Row> rows;
    private final Boolean[] text;
    /** Whether each row's line breaks inside a word the next completes ({@link #brokenInside}), once asked. */
    private final Boolean[] brokenInside;

    Lines(List<Row> rows) {
      this.rows = rows;
      this.text = new Boolean[rows.size()];
      this.brokenInside = new Boolean[rows.size()];
    }

    /** The text of a row that is one cell alone, stripped, or null. */
    String alone(int i) {
      Row row = rows.get(i);
      if (row.cells().size() != 1) {
        return null;
      }
      String t = row.cells().get(0).strip();
      return t.isEmpty() || t.contains(" ") ? null : t;
    }

    /**
     * True when row {@code i} is among a few lone lines right under a row of several cells: the rests of that
     * row's wrapped cells printed side by side, which {@link WrappedRows} gives back to their columns, so two of
     * them are not one cell's lines however their words run on ({@code 場的經營體質,推動「} / {@code 公民有市場…}).
     */
    boolean restsBeside(int i) {
      // (Only a few lines either way are looked at: a table written cell by cell is a long run of lone lines.)
      int first = i;
      while (first > 0 && i - first < MOST_REST_LINES && alone(first - 1) != null) {
        first--;
      }
      if (first == 0 || i - first >= MOST_REST_LINES || rows.get(first - 1).filledCells().isEmpty()) {
        return false;
      }
      int last = i;
      while (last + 1 < rows.size() && last - first < MOST_REST_LINES && alone(last + 1) != null) {
        last++;
      }
      return last - first < MOST_REST_LINES;
    }

    /** A line that is one cell, a grade or a direction in words (有效提升, 考核通过). */
    boolean isGrade(int i) {
      String t = alone(i);
      if (t == null) {
        return false;
      }
      List<Cell> cells = CellCutter.cells(0, List.of(t));
      return cells.size() == 1 && cells.get(0).is(Cell.Kind.VALUE) && cells.get(0).shape() == ValueGrammar.Shape.QUALITATIVE;
    }

    /** A line the cutter leaves as one piece of text: a glued name and value (…采购100%) is a row, not a wrap. */
    boolean isText(int i) {
      if (text[i] == null) {
        String t = alone(i);
        boolean one = false;
        if (t != null && Cell.of(t, 0).is(Cell.Kind.TEXT)) {
          List<Cell> cells = CellCutter.cells(0, List.of(t));
          one = cells.size() == 1 && cells.get(0).is(Cell.Kind.TEXT);
        }
        text[i] = one;
      }
      return text[i];
    }
  }

  /**
   * True for a line that ends as a whole cell does: a label before its value (编制单位:), a closed
   * bracket (水稻种植情况(40分), a heading with its points).
   */
  private static boolean endsACell(String t) {
    char end = t.charAt(t.length() - 1);
    return ":：)）".indexOf(end) >= 0;
  }

  /**
   * True when a value at the width runs on into the next line: a number broken between its digits
   * (2020.1.1-202 / 0.12.31), or its unit broken (1346.0088万平方 / 米) or cut off (2025年12 / 月). The joined
   * text is one value.
   */
  static boolean valueGoesOn(String a, String b) {
    if (b == null || b.length() > a.length()) {
      return false;
    }
    char end = a.charAt(a.length() - 1);
    char start = b.charAt(0);
    boolean numberBroken = (Character.isDigit(end) || "-.~至".indexOf(end) >= 0) && Character.isDigit(start);
    Cell rest = Cell.of(b, 0);
    if (rest.is(Cell.Kind.CATEGORY) || rest.is(Cell.Kind.HEADER)) {
      return false; // 26970.7平方米 / 质量指标: a value exactly the width, then the next row's category
    }
    boolean unitBroken = !Character.isDigit(start) && (!rest.is(Cell.Kind.VALUE) || rest.shape() == ValueGrammar.Shape.UNIT);
    Cell joined = Cell.of(a + b, 0);
    return (numberBroken || unitBroken) && joined.is(Cell.Kind.VALUE) && joined.isTargetLike();
  }
}
