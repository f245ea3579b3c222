package org.jixiao.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled pattern whose matcher is kept per thread and reset for each question. The recogniser
 * asks its value and category patterns millions of times a file, most of them at positions where
 * nothing matches; a fresh {@link Matcher} each time (its group and state arrays) was more than half
 * of what reading a large draft allocated (about 700 MB for a megabyte of table-like text), so many
 * young collections that searches running beside it paused for them.
 *
 * <p>Every method answers with a value and leaves the matcher reset to the empty string: no matcher
 * escapes, so a question asked again from inside another (a recursive shape check) cannot disturb
 * it, and no thread keeps a large text reachable through its matcher.
 */
public final class Regex {

  private final Pattern pattern;
  private final ThreadLocal<Matcher> matcher;

  private Regex(Pattern pattern) {
    this.pattern = pattern;
    this.matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
  }

  public static Regex of(String regex) {
    return new Regex(Pattern.compile(regex));
  }

  public static Regex of(Pattern pattern) {
    return new Regex(pattern);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** True when the whole text matches. */
  public boolean matches(CharSequence text) {
    Matcher m = matcher.get().reset(text);
    boolean found = m.matches();
    m.reset("");
    return found;
  }

  /** True when the pattern matches somewhere in the text. */
  public boolean find(CharSequence text) {
    Matcher m = matcher.get().reset(text);
    boolean found = m.find();
    m.reset("");
    return found;
  }

  /** True when the pattern matches at the start of the text. */
  public boolean lookingAt(CharSequence text) {
    return endAt(text, 0) >= 0;
  }

  /**
   * The end of a match that starts at {@code from} (the text before it is out of view, as with
   * {@link Matcher#region}), or -1.
   */
  public int endAt(CharSequence text, int from) {
    if (from > text.length()) {
      return -1;
    }
    Matcher m = matcher.get().reset(text).region(from, text.length());
    int end = m.lookingAt() ? m.end() : -1;
    m.reset("");
    return end;
  }

  /** The text with every match replaced; the same string when nothing matches. */
  public String replaceAll(String text, String replacement) {
    Matcher m = matcher.get().reset(text);
    String out = m.find() ? m.replaceAll(replacement) : text;
    m.reset("");
    return out;
  }

  /** The text with its first match replaced; the same string when nothing matches. */
  public String replaceFirst(String text, String replacement) {
    Matcher m = matcher.get().reset(text);
    String out = m.find() ? m.replaceFirst(replacement) : text;
    m.reset("");
    return out;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
