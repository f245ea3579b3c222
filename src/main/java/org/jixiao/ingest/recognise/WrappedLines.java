package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.read.Row;

/**
 * Joins the lines of cells that a copied PDF table wrapped at its column's width, one piece per line
 * with nothing between cells ({@code 省级财政专项资金投入成本} / {@code 控制率(%)} / {@code ≤100%}). A wrap
 * leaves its mark in the lengths: the lines a column broke all have the column's width, and each is
 * followed by the rest of its cell. A length is taken for a width only when at least three text lines
 * of it are followed by text and most lines of that length are; names and targets that merely happen
 * to be as long as each other are not followed by text so regularly.
 */
final class WrappedLines {

  /** Shorter lines are whole words and short names, never a column's width. */
  private static final int NARROWEST = 8;
  private static final int WRAPS_TO_TRUST = 3;

  private WrappedLines() {}

  /** The rows with each wrapped cell's lines joined into its first line's row. */
  static List<Row> join(List<Row> rows) {
    // length -> the distinct text lines of it, and those of them followed by text (a label repeated
    // above each of several tables, 813-潼南区五桂镇, counts once)
    Map<Integer, java.util.Set<String>> lines = new HashMap<>();
    Map<Integer, java.util.Set<String>> followed = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String a = alone(rows.get(i));
      if (a == null || a.length() < NARROWEST || endsACell(a) || !isText(a)) {
        continue;
      }
      lines.computeIfAbsent(a.length(), k -> new java.util.HashSet<>()).add(a);
      String b = i + 1 < rows.size() ? alone(rows.get(i + 1)) : null;
      if (b != null && isText(b)) {
        followed.computeIfAbsent(a.length(), k -> new java.util.HashSet<>()).add(a);
      }
    }
    List<Integer> widths = new ArrayList<>();
    followed.forEach((length, texts) -> {
      if (texts.size() >= WRAPS_TO_TRUST && 2 * texts.size() > lines.get(length).size()) {
        widths.add(length);
      }
    });
    if (widths.isEmpty()) {
      return rows;
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String text = alone(row);
      if (text != null && widths.contains(text.length()) && i + 1 < rows.size() && valueGoesOn(text, alone(rows.get(i + 1)))) {
        // 2020年1月--202 / 0年11月: a value the width broke inside a number, or before the rest of its unit.
        out.add(new Row(row.line(), List.of(text + alone(rows.get(i + 1)))));
        i++;
        continue;
      }
      if (text == null || !isText(text)) {
        out.add(row);
        continue;
      }
      StringBuilder joined = new StringBuilder(text);
      String last = text;
      // A cell wrapped over three lines has two lines of the width.
      while (widths.contains(last.length()) && !endsACell(last) && i + 1 < rows.size()) {
        String next = alone(rows.get(i + 1));
        if (next == null || !isText(next) || next.length() > last.length()) {
          break;
        }
        joined.append(next);
        last = next;
        i++;
      }
      out.add(joined.length() == text.length() ? row : new Row(row.line(), List.of(joined.toString())));
    }
    return out;
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
   * (2020.1.1-202 / 0.12.31), or its unit broken (1346.0088万平方 / 米). The joined text is one value.
   */
  private static boolean valueGoesOn(String a, String b) {
    if (b == null || b.length() > a.length() || Cell.of(a, 0).is(Cell.Kind.TEXT) && isText(a)) {
      return false;
    }
    char end = a.charAt(a.length() - 1);
    char start = b.charAt(0);
    boolean numberBroken = (Character.isDigit(end) || "-.~至".indexOf(end) >= 0) && Character.isDigit(start);
    Cell rest = Cell.of(b, 0);
    boolean unitBroken = !Character.isDigit(end) && !Character.isDigit(start)
        && (!rest.is(Cell.Kind.VALUE) || rest.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.UNIT);
    Cell joined = Cell.of(a + b, 0);
    return (numberBroken || unitBroken) && joined.is(Cell.Kind.VALUE) && joined.isTargetLike();
  }

  /** The text of a row that is one cell alone, stripped, or null. */
  private static String alone(Row row) {
    if (row.cells().size() != 1) {
      return null;
    }
    String t = row.cells().get(0).strip();
    return t.isEmpty() || t.contains(" ") ? null : t;
  }

  /** A line the cutter leaves as one piece of text: a glued name and value (…采购100%) is a row, not a wrap. */
  private static boolean isText(String t) {
    if (!Cell.of(t, 0).is(Cell.Kind.TEXT)) {
      return false;
    }
    List<Cell> cells = CellCutter.cells(0, List.of(t));
    return cells.size() == 1 && cells.get(0).is(Cell.Kind.TEXT);
  }
}
