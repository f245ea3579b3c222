package org.jixiao.knowledge.lint;

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

  /** The finding for each indicator (by position) that repeats an earlier one in the list. */
  static Map<Integer, Finding> find(List<Indicator> indicators) {
    Map<Integer, Finding> found = new LinkedHashMap<>();
    for (int j = 1; j < indicators.size(); j++) {
      Indicator later = indicators.get(j);
      for (int i = 0; i < j; i++) {
        Indicator earlier = indicators.get(i);
        if (near(earlier.name(), later.name())) {
          found.put(j, finding(earlier, later));
          break;
        }
      }
    }
    return found;
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
