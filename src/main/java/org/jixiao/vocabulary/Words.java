package org.jixiao.vocabulary;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where the words of Chinese text begin and end, from ICU's dictionary word breaks: the common vocabulary
 * (提高, 水泥, 根据, 项目), not the domain's, which {@link Categories} holds. A line broken or a cell cut inside a
 * word is told by it: cells end between words.
 */
public final class Words {

  /** The text around a place that its words depend on, either side. */
  private static final int AROUND = 6;

  /** An iterator holds its text, so each thread has its own. */
  private static final ThreadLocal<BreakIterator> BREAKS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.CHINESE));

  private Words() {}

  /** True when {@code left} followed by {@code right} has a word running across the place between them (日益提 | 高). */
  public static boolean across(String left, String right) {
    String l = left.substring(Math.max(0, left.length() - AROUND));
    BreakIterator words = at(l + right.substring(0, Math.min(right.length(), AROUND)));
    return !words.isBoundary(l.length());
  }

  /**
   * True when the last word of {@code left}, before {@code right}, is its last character alone (产生的 | 不利: 的;
   * not 目的, 普及).
   */
  public static boolean lastCharacterAlone(String left, String right) {
    String l = left.substring(Math.max(0, left.length() - AROUND));
    BreakIterator words = at(l + right.substring(0, Math.min(right.length(), AROUND)));
    return words.isBoundary(l.length()) && words.preceding(l.length()) == l.length() - 1;
  }

  /**
   * True when a word of two characters or more starts at {@code at} in {@code s} and the text after it reads on as
   * words (2根据工作计划: 根据 | 工作; not 3万条文保单位, whose 条文 leaves 保 a character alone).
   */
  public static boolean longerWordAt(String s, int at) {
    if (at + 1 >= s.length()) {
      return false;
    }
    String text = s.substring(at, Math.min(s.length(), at + 2 * AROUND));
    BreakIterator words = at(text);
    int end = words.following(0);
    if (end <= 1) {
      return false;
    }
    int after = words.following(end);
    return after == BreakIterator.DONE || after - end > 1 || !Character.isLetter(text.charAt(end));
  }

  private static BreakIterator at(String text) {
    BreakIterator words = BREAKS.get();
    words.setText(text);
    return words;
  }
}
