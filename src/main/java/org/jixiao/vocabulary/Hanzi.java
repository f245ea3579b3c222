package org.jixiao.vocabulary;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Folds text for matching against the vocabulary: full-width forms to half-width (NFKC) and
 * traditional characters to simplified ({@code 績效指標} → {@code 绩效指标}, {@code 滿意度} → {@code 满意度}).
 * Only the comparison is folded; documents keep their text as written.
 *
 * <p>The traditional-to-simplified table comes from ICU's {@code Traditional-Simplified}
 * transliteration, asked once per CJK character when the class is first used (about 0.3 s) and kept
 * as a char array, so that folding a cell costs one table look-up per character rather than a
 * transliterator run. Characters that ICU maps to more than one character are left as they are: the
 * vocabulary has none of them; so are the simplified characters ICU would fold into others (著 → 着).
 */
public final class Hanzi {

  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9fff';

  private Hanzi() {}

  /**
   * True for a character a page prints twice as wide as a Latin letter (CJK and their punctuation, from U+2E80):
   * CJK text has no spaces between words, and a wrapped line's width is counted in it.
   */
  public static boolean isWide(char c) {
    return c >= '\u2E80';
  }

  /** True for a Chinese character (the Han script). */
  public static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** NFKC and simplified characters; null becomes "". */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= FIRST && c <= LAST) {
        char simplified = Table.SIMPLIFIED[c - FIRST];
        if (simplified != c) {
          if (chars == null) {
            chars = s.toCharArray();
          }
          chars[i] = simplified;
        }
      }
    }
    return chars == null ? s : new String(chars);
  }

  /**
   * One character folded without changing the text's length: full-width ASCII to half-width, the
   * ideographic, no-break and fixed-width spaces to a space, traditional to simplified. For cutting glued text at vocabulary
   * words, where positions in the folded text must be positions in the original.
   */
  public static char foldChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (isWideSpace(c)) {
      return ' ';
    }
    return c >= FIRST && c <= LAST ? Table.SIMPLIFIED[c - FIRST] : c;
  }

  /** The ideographic space, and the no-break and fixed-width spaces web pages and Word keep: spaces all. */
  public static boolean isWideSpace(char c) {
    return c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F';
  }

  /** {@link #foldChar} over a whole text: the same length, position for position. */
  public static String foldChars(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = foldChar(chars[i]);
    }
    return new String(chars);
  }

  /**
   * Where {@code word} ends when it starts at {@code from} in {@code text}, spaces in the text skipped
   * before and inside it (a cell a line wrap broke: {@code 项目 名称}, {@code 经济效益 指标}); -1 when
   * it does not start there. Both are compared as given: fold them first.
   */
  public static int endOfWord(String text, int from, String word) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    for (int k = 0; k < word.length(); k++) {
      while (k > 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length() || text.charAt(i) != word.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** True when folding changes a character of the text other than by width. */
  public static boolean hasTraditional(String text) {
    String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return !nfkc.equals(fold(nfkc));
  }

  /** Built on first use only: most files never need it before their first cell, all need it after. */
  private static final class Table {
    static final char[] SIMPLIFIED = build();

    /**
     * Traditional forms that the simplified character set GB 2312 also holds (for names and the
     * classics): they are folded. Every other character GB 2312 holds is simplified already and is
     * kept, where ICU would fold it into another word's character: 显著 is not 显着, 俱乐部 not
     * 具乐部, 摔跤 not 摔交.
     */
    private static final String TRADITIONAL_IN_GB2312 = "後於徵麽夥乾";

    private static char[] build() {
      Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
      java.nio.charset.CharsetEncoder gb2312 = java.nio.charset.Charset.forName("GB2312").newEncoder();
      char[] table = new char[LAST - FIRST + 1];
      for (char c = FIRST; c <= LAST; c++) {
        String s = toSimplified.transliterate(String.valueOf(c));
        boolean simplifiedAlready = gb2312.canEncode(c) && TRADITIONAL_IN_GB2312.indexOf(c) < 0;
        table[c - FIRST] = s.length() == 1 && !simplifiedAlready ? s.charAt(0) : c;
      }
      return table;
    }
  }
}
