package org.jixiao.ingest.value;

/**
 * Text of value cells made comparable: full-width forms folded, comparison signs made canonical,
 * noise (spaces, control characters, thousands separators) dropped, bracketed notes located.
 */
public final class ValueText {

  private ValueText() {}

  /**
   * Makes the ways tables write the same thing alike: full-width ASCII (digits, letters,
   * {@code ％＞＜＝（）：，} …) becomes half-width and every comparison sign becomes one canonical sign:
   * {@code ≧ >= ＞= ≮} → {@code ≥}; {@code ≦ <= ‹= ≯} → {@code ≤}; {@code ═ ＝} → {@code =};
   * {@code ＞ ›} → {@code >}; {@code ＜ ‹} → {@code <}. Other text is left as it is; null becomes "".
   */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      c = switch (c) {
        case '\u3000' -> ' ';
        case '≧', '≮' -> '≥';
        case '≦', '≯' -> '≤';
        case '═' -> '=';
        case '‹' -> '<';
        case '›' -> '>';
        case '〜' -> '~';
        default -> c;
      };
      int last = b.length() - 1;
      if (c == '=' && last >= 0 && "<>≤≥".indexOf(b.charAt(last)) >= 0) {
        // ">=" / "<=" (and the odd "≥=") are one sign, not a sign and an equals.
        b.setCharAt(last, b.charAt(last) == '<' || b.charAt(last) == '≤' ? '≤' : '≥');
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Normalises, then drops what carries no meaning in a value: spaces ({@code 不少于12 种}), control
   * and format characters (BOM, zero-width), thousands separators ({@code 1,681,680}) and closing
   * punctuation.
   */
  static String clean(String raw) {
    String n = normalize(raw);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      boolean separator = c == ',' && b.length() > 0 && isDigit(b.charAt(b.length() - 1))
          && digitsAt(n, i + 1, 3) && !(i + 4 < n.length() && isDigit(n.charAt(i + 4)));
      if (!separator) {
        b.append(c);
      }
    }
    return trimEnd(b.toString());
  }

  /** Drops closing punctuation: "无。" is 无, "95%；" is 95%. */
  static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && "。.;,、:".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Bracket depth at each position, so that notes in brackets weigh less than the value itself. */
  static int[] depths(String s) {
    int[] depth = new int[s.length() + 1];
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("([【〔".indexOf(c) >= 0) {
        d++;
      }
      depth[i] = d;
      if (")]】〕".indexOf(c) >= 0 && d > 0) {
        d--;
      }
    }
    return depth;
  }

  /** The text with bracketed notes left out: {@code 优(90分以上)} → {@code 优}. */
  static String outsideBrackets(String s) {
    int[] depth = depths(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (depth[i] == 0) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digitsAt(String s, int at, int count) {
    if (at + count > s.length()) {
      return false;
    }
    for (int k = at; k < at + count; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
