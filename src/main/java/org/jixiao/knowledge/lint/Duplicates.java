package org.jixiao.knowledge.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Indicator;
import org.jixiao.model.Target;

/**
 * duplicate-indicator: the same or nearly the same name twice in one project. Tables that paste two
 * years into one cell (numbering that restarts: {@code 1、… 2、… 1、…}) repeat indicators with
 * different values ({@code 电子证照用证数量 186个} and {@code 220个}), and a reviewer cannot tell which holds.
 *
 * <p>Names are compared after {@link IndicatorWords#comparable} (half-width, no spaces, punctuation or
 * 的). Two names are near when, after dropping a final 率 or 度 ({@code 满意度} / {@code 满意率}), they are
 * equal, or when one contains the other and they differ by at most {@link #MAX_EXTRA} characters.
 * Containment needs a name of at least {@link #MIN_CONTAINED} characters, or short words such as
 * {@code 数量} would match every count. Nothing subtler (synonyms, edit distance) is tried: the lint
 * should only say "duplicate" when a reader would agree at a glance.
 */
final class Duplicates {

  static final int MAX_EXTRA = 2;
  static final int MIN_CONTAINED = 4;

  private Duplicates() {}

  /**
   * The finding for each indicator (by position) that repeats an earlier one in the list, naming the
   * first earlier one it is near. Linear in the number of indicators: every way two names can be near
   * is a key (the name without its suffix, the name itself, the name with one or two characters left
   * out at the ends), so a later name looks up its earlier partners instead of comparing with each (a
   * pasted table of tens of thousands of rows took half a minute pair by pair).
   */
  static Map<Integer, Finding> find(List<Indicator> indicators) {
    Map<Integer, Finding> found = new LinkedHashMap<>();
    Map<String, Integer> bySuffixless = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byPart = new HashMap<>();
    for (int j = 0; j < indicators.size(); j++) {
      String name = IndicatorWords.comparable(indicators.get(j).name());
      if (name.isEmpty()) {
        continue;
      }
      int earliest = earliestNear(name, bySuffixless, byName, byPart);
      if (earliest >= 0) {
        found.put(j, finding(indicators.get(earliest), indicators.get(j)));
      }
      bySuffixless.putIfAbsent(withoutSuffix(name), j);
      byName.putIfAbsent(name, j);
      for (String part : parts(name)) {
        byPart.putIfAbsent(part, j);
      }
    }
    return found;
  }

  /** The first earlier indicator {@link #near} this name, or -1. */
  private static int earliestNear(String name, Map<String, Integer> bySuffixless, Map<String, Integer> byName, Map<String, Integer> byPart) {
    int earliest = min(-1, bySuffixless.get(withoutSuffix(name)));
    // an earlier name inside this one, this one one or two characters longer (an equal name has the same suffixless key)
    for (String part : parts(name)) {
      earliest = min(earliest, byName.get(part));
    }
    // this name inside an earlier one
    if (name.length() >= MIN_CONTAINED) {
      earliest = min(earliest, byPart.get(name));
    }
    return earliest;
  }

  /** The pieces of a name one to {@link #MAX_EXTRA} characters shorter, no shorter than {@link #MIN_CONTAINED}. */
  private static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    for (int cut = 1; cut <= MAX_EXTRA; cut++) {
      int length = name.length() - cut;
      if (length < MIN_CONTAINED) {
        break;
      }
      for (int start = 0; start <= cut; start++) {
        parts.add(name.substring(start, start + length));
      }
    }
    return parts;
  }

  private static int min(int earliest, Integer candidate) {
    return candidate != null && (earliest < 0 || candidate < earliest) ? candidate : earliest;
  }

  static boolean near(String a, String b) {
    String x = IndicatorWords.comparable(a);
    String y = IndicatorWords.comparable(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (withoutSuffix(x).equals(withoutSuffix(y))) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= MIN_CONTAINED && longer.contains(shorter) && longer.length() - shorter.length() <= MAX_EXTRA;
  }

  private static String withoutSuffix(String s) {
    return s.length() > 2 && (s.endsWith("率") || s.endsWith("度")) ? s.substring(0, s.length() - 1) : s;
  }

  private static Finding finding(Indicator earlier, Indicator later) {
    Target first = earlier.target();
    Target second = later.target();
    String values = first != null && second != null ? "（指标值分别为“" + TargetRules.raw(first) + "”和“" + TargetRules.raw(second) + "”）" : "";
    Integer line = earlier.source() == null ? null : earlier.source().line();
    return Rule.DUPLICATE_INDICATOR.on(later,
        "指标“" + later.name() + "”与同一项目中" + (line == null ? "" : "第" + line + "行") + "的“" + earlier.name() + "”重复" + values,
        "合并为一条指标，只保留一个指标值；若两者考核的是不同年度或不同对象，在名称中写明区别，如“2022年" + IndicatorWords.core(later.name()) + "”");
  }
}
