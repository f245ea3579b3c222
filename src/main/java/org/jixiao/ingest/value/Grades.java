package org.jixiao.ingest.value;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jixiao.util.Regex;

/** Qualitative targets: grades ({@code 优}, {@code 合格}) and directions ({@code 提升}, {@code 减少}). */
final class Grades {

  /** Grade and direction words, longest first so that {@code 较满意} wins over {@code 满意}. */
  private static final List<String> WORDS = Arrays.stream(new String[] {
      "优", "优秀", "优良", "良", "良好", "中", "合格", "达标", "满意", "较满意", "基本满意", "非常满意",
      "是", "否", "有", "提升", "提高", "增加", "增长", "减少", "降低", "下降", "有效", "显著", "明显",
      "稳步提高", "持续提升", "改善", "采纳", "完成", "通过", "正常", "稳定", "稳定运行", "持续稳定运行",
      "长期", "长远", "持续", "高", "较高", "低", "较低"})
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList();

  /**
   * Words that introduce a grade ({@code 满意度达到优}, {@code 考核合格}, {@code 等级：良}). A one-character
   * grade counts only alone or after one of these, because {@code 中} or {@code 有} at the end of a
   * phrase is usually just part of it.
   */
  private static final List<String> LEADS =
      List.of("达到", "达", "为", "考核", "评价", "评为", "评定", "等级", "结果", ":");

  /** {@code 达到验收标准}, {@code 符合设计要求}: meeting a stated standard is 达标. */
  private static final Regex MEETS_STANDARD = Regex.of("^(达到|符合|满足)\\S{0,14}(标准|要求|规范)$");

  /** How indicator names end: a rate, a degree, a property. A grade after one of these is its value. */
  private static final Regex NAME_END = Regex.of("(?:率|程度|度|性)$");

  /** Beyond this a phrase is a sentence, not a grade, unless a lead word introduces the grade. */
  private static final int SHORT = 12;

  /** Beyond this nothing is read as a grade at all. */
  private static final int LONGEST = 40;

  private Grades() {}

  /** The end of the longest grade or direction word of two or more characters starting at {@code at}, or -1. */
  static int wordEnd(String text, int at) {
    for (String word : WORDS) {
      if (word.length() >= 2 && text.startsWith(word, at)) {
        return at + word.length();
      }
    }
    return -1;
  }

  /** The grade or direction word the text states, or null when it is not a qualitative value. */
  static String of(String text) {
    if (text.isEmpty() || text.length() > LONGEST) {
      return null;
    }
    for (String word : WORDS) {
      if (!text.endsWith(word)) {
        continue;
      }
      String before = text.substring(0, text.length() - word.length());
      if (before.length() >= 3 && NAME_END.find(before)) {
        return null; // 文明施工程度达标, 档案管理有效性有效: a name with its value glued on, not a value
      }
      boolean led = LEADS.stream().anyMatch(before::endsWith);
      if (before.isEmpty() || led || (word.length() > 1 && text.length() <= SHORT)) {
        return word;
      }
    }
    return MEETS_STANDARD.matches(text) ? "达标" : null;
  }
}
