package org.jixiao.ingest.recognise;

import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.vocabulary.Categories;

/**
 * One cell as the recogniser sees it: its text, the line it came from, and which part of an
 * indicator it can be. The kind is read from the cell alone (its vocabulary and value grammar); where
 * it sits in a row or under a header decides the rest.
 *
 * @param text the cell as written, stripped
 * @param line the 1-based source line
 * @param kind what the cell is
 * @param category the category a {@link Kind#CATEGORY} cell names, else null
 * @param role the column a {@link Kind#HEADER} cell names, else null
 * @param shape the value shape of a {@link Kind#VALUE} cell, else {@link ValueGrammar.Shape#NONE}
 */
record Cell(String text, int line, Kind kind, Categories.Category category, ColumnRole role, ValueGrammar.Shape shape) {

  /** What a cell is. */
  enum Kind {
    /** Empty, or only pipes and spaces: a merged or unfilled cell. */
    BLANK,
    /** A category word and nothing else: 产出指标, 數量指標, 一、投入目标. */
    CATEGORY,
    /** A column heading: 三级指标, 年度指标值, 得分. */
    HEADER,
    /** A value: a measure, a date, a grade, a number, a sign, a unit or a kind. */
    VALUE,
    /** Anything else: a name, a goal, prose, a label. */
    TEXT
  }

  /** Types a cell from its text alone. */
  /** A list number alone (3、, （2）, ②): the start of an item whose text is elsewhere, never a value. */
  private static final org.jixiao.util.Regex LIST_NUMBER = org.jixiao.util.Regex.of("^(?:\\d{1,2}\\s*、|[(（]\\d{1,2}[)）]|[①-⑳])$");

  private static boolean isBlank(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '|' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  static Cell of(String text, int line) {
    String t = text == null ? "" : text.strip();
    if (isBlank(t)) {
      return new Cell("", line, Kind.BLANK, null, null, ValueGrammar.Shape.NONE);
    }
    Categories.Category category = Categories.word(t);
    if (category != null) {
      return new Cell(t, line, Kind.CATEGORY, category, null, ValueGrammar.Shape.NONE);
    }
    ColumnRole role = ColumnRole.of(t);
    if (role != null) {
      return new Cell(t, line, Kind.HEADER, null, role, ValueGrammar.Shape.NONE);
    }
    ValueGrammar.Shape shape = LIST_NUMBER.matches(t) ? ValueGrammar.Shape.NONE : ValueGrammar.shape(t);
    if (shape != ValueGrammar.Shape.NONE) {
      return new Cell(t, line, Kind.VALUE, null, null, shape);
    }
    return new Cell(t, line, Kind.TEXT, null, null, ValueGrammar.Shape.NONE);
  }

  boolean isBlank() {
    return kind == Kind.BLANK;
  }

  /** A measure opened by a comparison sign ({@code ≥600万}, {@code <5}): a target, never a weight or a name's number. */
  boolean isSignedMeasure() {
    return shape == ValueGrammar.Shape.MEASURE && !text.isEmpty() && "≥≤<>＞＜≧≦".indexOf(text.charAt(0)) >= 0;
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** A value that can stand as a target: a measure, date, grade, number or an explicit 无. */
  boolean isTargetLike() {
    return kind == Kind.VALUE && ValueGrammar.isTarget(shape);
  }
}
