package org.jixiao.ingest.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain numbers in cells such as weights and scores ({@code 40/3=13.33}, {@code 5.00}, {@code 94.66}). */
public final class Numbers {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

  private Numbers() {}

  /** The first number in the text, or null. */
  public static Double first(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(text.replace(",", ""));
    return m.find() ? Double.valueOf(m.group()) : null;
  }

  /**
   * A weight or score: the result after the last {@code =} where the cell shows its working
   * ({@code 40/3=13.33} → 13.33), else the first number.
   */
  public static Double result(String text) {
    if (text == null) {
      return null;
    }
    int eq = Math.max(text.lastIndexOf('='), text.lastIndexOf('＝'));
    return first(eq >= 0 ? text.substring(eq + 1) : text);
  }
}
