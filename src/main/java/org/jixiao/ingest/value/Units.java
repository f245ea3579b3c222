package org.jixiao.ingest.value;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The units written after a number in target cells ({@code %}, {@code 件}, {@code 个工作日}, {@code M}). */
final class Units {

  /**
   * Units, longest first so that {@code 人次} wins over {@code 人} and {@code 个工作日} over {@code 个}.
   * {@code 万元} / {@code 亿元} / {@code 千元} are units here: money keeps its own scale, whereas a bare
   * {@code 万} before another unit is a multiplier (handled by the parser).
   */
  private static final List<String> WORDS = longestFirst(
      "%", "‰", "个工作日", "工作日", "个百分点", "百分点", "个月", "个", "次", "人次", "户次", "台次",
      "件", "人", "台", "套", "份", "条", "家", "宗", "场", "起", "通", "元", "万元", "亿元", "千元",
      "毫秒", "秒", "分钟", "小时", "天", "日", "周年", "周", "月", "年", "分", "辆", "户", "所", "名",
      "项", "篇", "期", "批次", "批", "张", "页", "本", "册", "种", "类", "座", "处", "间", "吨", "米",
      "公里", "平方公里", "平方米", "亩", "课时", "学时", "部", "株", "棵", "ms",
      "盏", "头", "只", "匹", "架", "艘", "栋", "幢", "块", "根", "眼", "副", "双", "枚", "片", "段", "节",
      "盒", "箱", "袋", "瓶", "斤", "公斤", "千克", "立方米", "千瓦", "场次", "班次", "车次", "架次", "课次", "人日", "百分比",
      "组", "村", "校", "床", "站", "轮",
      // Symbols and Latin units that tables write for areas, lengths and weights.
      "㎡", "m²", "m³", "㎞", "km", "kg", "KM",
      // 计量单位 columns that name what is counted: 人数, 户数 (重庆 forms).
      "人数", "户数", "个数", "次数",
      "P", "M", "G", "T", "K", "KB", "MB", "GB", "TB", "kbps", "Mbps", "Gbps");

  /** What may follow a unit after {@code /}: {@code 件/月}, {@code 次/日}, {@code 元/人.每天}. */
  private static final List<String> PER = longestFirst(
      "人.每天", "人·每天", "人每天", "人.天", "人·天", "人/天", "人次", "月", "日", "年", "年度",
      "天", "次", "人", "周", "季度", "季", "小时", "工作日", "户", "件", "台", "个", "批", "期", "项",
      "间", "平方米", "亩", "千人", "万人", "篇", "s",
      // What a cost is given per: 元/平米, 元/米, 元/吨, 元/公里, 元/头, 元/辆 (成本指标 rows).
      "平米", "㎡", "m²", "米", "公里", "km", "吨", "公斤", "千克", "kg", "斤", "立方米", "m³", "头", "只", "株", "棵",
      "辆", "套", "所", "校", "床", "村", "处", "座", "栋", "宗", "份", "张", "名", "本", "册", "盏", "块", "箱", "袋",
      "课时", "学时", "场", "场次", "家", "条", "人日");

  /** Units of time: a number of them followed by 响应 / 解决 … is a deadline. */
  private static final Set<String> TIME = Set.of(
      "个工作日", "工作日", "个月", "毫秒", "秒", "分钟", "小时", "天", "日", "周", "月", "年", "ms");

  private static final String CHINESE_DIGITS = "一二三四五六七八九";

  private Units() {}

  /** The unit (with any {@code /月}-style suffix) starting at {@code at}, or null. */
  static String at(String s, int at) {
    String unit = word(s, at);
    if (unit == null) {
      return null;
    }
    int end = at + unit.length();
    if (end < s.length() && s.charAt(end) == '/') {
      for (String per : PER) {
        if (s.startsWith(per, end + 1)) {
          return unit + "/" + per;
        }
      }
    }
    return unit;
  }

  /** The length of a {@code /月}-style suffix starting at {@code at} ({@code 620万/月}), or 0. */
  static int perAt(String s, int at) {
    if (at < s.length() && s.charAt(at) == '/') {
      for (String per : PER) {
        if (s.startsWith(per, at + 1)) {
          return 1 + per.length();
        }
      }
    }
    return 0;
  }

  /** The first characters of the units: most positions a value is looked for at start none. */
  private static final String FIRST_CHARS = WORDS.stream().map(w -> w.substring(0, 1)).distinct().reduce("", String::concat);

  private static String word(String s, int at) {
    if (at >= s.length() || FIRST_CHARS.indexOf(s.charAt(at)) < 0) {
      return null;
    }
    for (String u : WORDS) {
      if (s.startsWith(u, at) && fits(u, s, at + u.length())) {
        return u;
      }
    }
    return null;
  }

  /**
   * Rejects readings that only look like units: {@code M} in {@code Mbit}, {@code 年} in {@code 年度},
   * {@code G} in {@code 5G基站} and {@code K} in {@code 4K屏} (names of technologies, not amounts).
   */
  private static boolean fits(String unit, String s, int end) {
    char next = end < s.length() ? s.charAt(end) : ' ';
    if ((unit.equals("G") || unit.equals("K")) && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN) {
      return "以或及内".indexOf(next) >= 0;
    }
    if (isAsciiLetter(unit.charAt(0))) {
      return !isAsciiLetter(next);
    }
    if (!unit.isEmpty() && end - unit.length() >= 0 && startsWithAny(s, end - unit.length(), NOT_UNITS)) {
      return false; // 1通過開放日活動: 通过 begins the explanation after the number, no unit 通
    }
    if (unit.length() == 1 && !TIME.contains(unit) && org.jixiao.vocabulary.Hanzi.isHan(next)
        && org.jixiao.vocabulary.Words.longerWordAt(s, end - 1)) {
      // 2根据工作计划确定, 3人员…: a word begins with the character after the number (根据, 人员), no unit 根 or 人.
      // (A unit of time runs on into words of time, 12月底, 3年内, 5天内: those are values.)
      return false;
    }
    for (int k = end - unit.length() + 1; k < end; k++) {
      // ≥57个数量指标: a category word glued after the value starts inside the longer unit (个数); the unit is 个.
      org.jixiao.vocabulary.Categories.Match category = org.jixiao.vocabulary.Categories.leadingWord(s, k);
      if (category != null && (category.word().endsWith("指标") || category.word().endsWith("目标"))) {
        return false;
      }
    }
    return !(unit.equals("年") && next == '度');
  }

  private static boolean startsWithAny(String s, int at, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Words that begin with a unit's character but are words of the text after a number: 通过, 台账, 项目. */
  private static final List<String> NOT_UNITS = List.of("通过", "通過", "台账", "台賬", "项目", "項目", "份额", "份額", "次要", "家庭");

  static boolean isTime(String unit) {
    if (unit == null) {
      return false;
    }
    int slash = unit.indexOf('/');
    return TIME.contains(slash < 0 ? unit : unit.substring(0, slash));
  }

  static boolean isLatin(String unit) {
    return unit != null && isAsciiLetter(unit.charAt(0));
  }

  /** The value of a single Chinese numeral ({@code 一} … {@code 十}, {@code 两}), or -1. */
  static int chineseDigit(char c) {
    if (c == '两') {
      return 2;
    }
    if (c == '十') {
      return 10;
    }
    int i = CHINESE_DIGITS.indexOf(c);
    return i < 0 ? -1 : i + 1;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static List<String> longestFirst(String... words) {
    return Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
