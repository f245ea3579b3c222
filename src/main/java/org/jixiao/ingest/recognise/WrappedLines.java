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
    for (int i = 0; i < rows.size(); i++) {
      Deadline.check();
      String a = lines.alone(i);
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
    if (widths.isEmpty()) {
      return rows;
    }
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
      if (text == null || !lines.isText(i) && !(widths.contains(text.length()) && lines.isGrade(i))) {
        // (A piece of the width that reads as a grade, 参训学员结业考核通过 / 率, 显著提升了疫情期间对 / 民办幼儿园的扶持力度,
        // is words the width broke as much as any other: its rest is the text below.)
        out.add(row);
        continue;
      }
      StringBuilder joined = new StringBuilder(text);
      String last = text;
      // A cell wrapped over three lines has two lines of the width.
      while (widths.contains(last.length()) && !endsACell(last) && i + 1 < rows.size()) {
        String next = lines.alone(i + 1);
        if (next == null || !lines.isText(i + 1) || next.length() > last.length() || next.equals(last)) {
          break; // (a target and its actual are often the same words; a rest is not the piece above it again)
        }
        joined.append(next);
        last = next;
        i++;
      }
      out.add(joined.length() == text.length() ? row : new Row(row.line(), List.of(joined.toString())));
    }
    return out;
  }

  /** Each row's text alone and whether it is one piece of text, worked out once per row. */
  private static final class Lines {
    private final List<Row> rows;
    private final Boolean[] text;

    Lines(List<Row> rows) {
      this.rows = rows;
      this.text = new Boolean[rows.size()];
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
