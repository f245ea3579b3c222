package org.jixiao.ingest.recognise;

import org.jixiao.ingest.value.ValueGrammar;

/**
 * Where the notes in brackets that glued text carries end: after a category word
 * ({@code 时效指标(工期指标、形象进度指标)}), around a value in brackets after its name
 * ({@code 机柜数量(≥77台)}), and after a value ({@code 99%（在线个数/设备总数*100%）}). The text is
 * folded ({@link org.jixiao.vocabulary.Hanzi#foldChars}), so brackets are half-width.
 */
final class BracketNotes {

  private BracketNotes() {}

  /** The closing bracket a few characters after a bracketed value ({@code (≥0.97比例)}), or -1. */
  static int closingAfterValue(String folded, int from) {
    for (int k = from; k < folded.length() && k <= from + 8; k++) {
      char c = folded.charAt(k);
      if (c == ')' || c == ']') {
        return k;
      }
      if (c == '(' || c == '[') {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a note in brackets right at {@code from} ({@code (企业在好差评系统的打分)}), or -1: {@link ValueGrammar#noteEnd}. */
  static int noteAt(String folded, int from) {
    return ValueGrammar.noteEnd(folded, from);
  }

  /** The points a category is worth, in brackets after it: (30分), (12.5分). */
  private static final org.jixiao.util.Regex POINTS = org.jixiao.util.Regex.of("\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)");

  /**
   * The end of a bracketed note right after a category word ({@code 时效指标(工期指标、形象进度指标)}) or of
   * its points ({@code 效益指标(30分)}), else {@code end}.
   */
  static int afterCategory(String folded, int end) {
    int i = end;
    while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
      i++;
    }
    int points = POINTS.endAt(folded, i);
    if (points > 0) {
      return points;
    }
    if (i < folded.length() && folded.charAt(i) == '(') {
      for (int k = i + 1; k < folded.length() && k <= i + 21; k++) {
        char c = folded.charAt(k);
        if (c == ')') {
          return k + 1;
        }
        if (Character.isDigit(c) || c == '(') {
          break;
        }
      }
    }
    return end;
  }
}
