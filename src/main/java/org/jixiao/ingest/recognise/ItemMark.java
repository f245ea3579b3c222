package org.jixiao.ingest.recognise;

import org.jixiao.util.Regex;

/**
 * The mark of a numbered indicator item: {@code 指标1:}, {@code 指标 2：}, and in unit-wide tables,
 * where each indicator serves one of the year's tasks, {@code 任务1:}. One definition, read by the
 * cell cutter (a mark inside a glued run starts a new cell), the row walk and the assembly (the mark
 * comes off the name).
 */
final class ItemMark {

  /** The mark's words; 目标N: is not among them, for it numbers the goal sentences above the table. */
  private static final String WORDS = "(?:指标|任务)";
  static final String MARK = WORDS + "\\s*\\d+\\s*[:：]";

  /** A mark anywhere: where it starts, a glued run is cut. */
  static final Regex ANYWHERE = Regex.of(MARK);
  /** A mark at the start of a cell, after any spaces. */
  static final Regex AT_START = Regex.of("^\\s*" + MARK);
  /** A mark at the start of a name, its label (指标1) in group 1. */
  static final Regex LABEL = Regex.of("^\\s*(" + WORDS + "\\s*\\d+)\\s*[:：]");
  /** The mark or its looser spellings in front of a name (指标1、, 指标1), for stripping. */
  static final String LOOSE = WORDS + "\\s*\\d+\\s*[:：、.]?";

  private ItemMark() {}

  /** Whether a mark could start at {@code i}: the cheap test before the pattern. */
  static boolean mayStartAt(CharSequence text, int i) {
    char c = text.charAt(i);
    return (c == '指' || c == '任') && ANYWHERE.endAt(text, i) >= 0;
  }
}
