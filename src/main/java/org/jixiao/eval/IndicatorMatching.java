package org.jixiao.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.model.Indicator;
import org.jixiao.model.Target;

/**
 * Pairs the indicators a person counted in a table with those the recogniser read, one to one and
 * in table order, and says whether each pair's target agrees.
 *
 * <p>Names are compared as written after width folding (NFKC), without spaces or list numbering.
 * A name whose bracketed tail went into the formula ({@code 巡检完成率（=实际数/计划数）}) still
 * matches its counted form; a name cut or run on by a few characters does not count as read, except
 * where one holds the other and they differ by at most a fifth of the longer.
 */
public final class IndicatorMatching {

  /** List numbering in front of a name: 指标1:, 1、, (1), ①. */
  static final Pattern NUMBERING =
      Pattern.compile("^(?:指[标標]\\d+[:：]|\\d{1,2}[、.．](?!\\d)|[(（]\\d{1,2}[)）]|[①-⑳])");
  private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[，,；;。:：、]+|[，,；;。:：、]+$");

  private IndicatorMatching() {}

  /** A counted indicator and the read one it was paired with (null when it was not read). */
  public record Pair(HandCount.Expected expected, Indicator read) {}

  /** Pairs every counted indicator with at most one read indicator; exact names are paired first. */
  public static List<Pair> pair(List<HandCount.Expected> expected, List<Indicator> read) {
    Indicator[] paired = new Indicator[expected.size()];
    boolean[] used = new boolean[read.size()];
    for (int pass = 0; pass < 3; pass++) {
      for (int e = 0; e < expected.size(); e++) {
        if (paired[e] != null) {
          continue;
        }
        for (int r = 0; r < read.size(); r++) {
          if (!used[r] && sameName(expected.get(e).name(), read.get(r).name(), pass)) {
            paired[e] = read.get(r);
            used[r] = true;
            break;
          }
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int e = 0; e < expected.size(); e++) {
      pairs.add(new Pair(expected.get(e), paired[e]));
    }
    return pairs;
  }

  /** Pass 0: the same text; 1: the same without brackets; 2: one holds the other, nearly all of it. */
  static boolean sameName(String counted, String read, int pass) {
    String a = name(counted);
    String b = name(read);
    if (pass == 0) {
      return a.equals(b);
    }
    String a2 = BRACKETS.matcher(a).replaceAll("");
    String b2 = BRACKETS.matcher(b).replaceAll("");
    if (pass == 1) {
      return !a2.isEmpty() && a2.equals(b2);
    }
    String longer = a2.length() >= b2.length() ? a2 : b2;
    String shorter = longer == a2 ? b2 : a2;
    return shorter.length() >= 2 && longer.contains(shorter) && (longer.length() - shorter.length()) * 5 <= longer.length();
  }

  /** A name folded for comparison. */
  static String name(String s) {
    String n = fold(s);
    n = NUMBERING.matcher(n).replaceFirst("");
    return EDGE_PUNCTUATION.matcher(n).replaceAll("");
  }

  /** True when the read target says what the counted one says. */
  public static boolean sameTarget(String counted, Target read) {
    String readRaw = read == null ? "" : read.raw();
    return value(counted).equals(value(readRaw));
  }

  /** A value folded for comparison: widths, spaces, the spellings of ≥ and ≤, end punctuation. */
  static String value(String s) {
    String v = fold(s).replace(">=", "≥").replace("≧", "≥").replace("<=", "≤").replace("≦", "≤");
    return EDGE_PUNCTUATION.matcher(v).replaceAll("");
  }

  /** Pinyin a copying site put after each character ({@code 指標(biāo)}) is no part of the name. */
  static final Pattern RUBY = Pattern.compile("(?<=\\p{IsHan})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]{1,7}[)）]");

  private static String fold(String s) {
    return s == null ? "" : Normalizer.normalize(RUBY.matcher(s).replaceAll(""), Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase();
  }
}
