package org.jixiao.ingest.value;

import java.util.List;
import org.jixiao.model.Op;

/** The comparisons written around a number: signs, words before it, words after it. */
final class Comparators {

  /** A word and the comparison it states. */
  private record Word(String text, Op op) {}

  /**
   * Words before a number, longest first so that {@code 不低于} is not read as {@code 低于} nor
   * {@code 大于等于} as {@code 等于}. Improvement words ({@code 提高30%}, {@code 压减8%}) state the least
   * change expected, hence GE.
   */
  private static final List<Word> BEFORE = List.of(
      new Word("大于或等于", Op.GE), new Word("小于或等于", Op.LE),
      new Word("大于等于", Op.GE), new Word("小于等于", Op.LE),
      new Word("不低于", Op.GE), new Word("不少于", Op.GE), new Word("不小于", Op.GE),
      new Word("不高于", Op.LE), new Word("不超过", Op.LE), new Word("不大于", Op.LE),
      new Word("不多于", Op.LE), new Word("控制在", Op.LE),
      new Word("至少", Op.GE), new Word("最少", Op.GE), new Word("达到", Op.GE),
      new Word("至多", Op.LE), new Word("最多", Op.LE),
      new Word("大于", Op.GT), new Word("高于", Op.GT), new Word("超过", Op.GT), new Word("多于", Op.GT),
      new Word("小于", Op.LT), new Word("低于", Op.LT), new Word("少于", Op.LT),
      new Word("等于", Op.EQ),
      new Word("提高", Op.GE), new Word("提升", Op.GE), new Word("增长", Op.GE), new Word("压减", Op.GE),
      new Word("压缩", Op.GE), new Word("降低", Op.GE), new Word("下降", Op.GE), new Word("减少", Op.GE),
      new Word("达", Op.GE), new Word("超", Op.GT), new Word("为", Op.EQ));

  /** Words after a number (and its unit), longest first. */
  private static final List<Word> AFTER = List.of(
      new Word("(含)以上", Op.GE), new Word("(含)以下", Op.LE),
      new Word("及以上", Op.GE), new Word("或以上", Op.GE), new Word("以上", Op.GE),
      new Word("及以下", Op.LE), new Word("或以下", Op.LE), new Word("以下", Op.LE),
      new Word("以内", Op.LE), new Word("之内", Op.LE), new Word("内", Op.LE));

  /** Words of change: they state a comparison in a target (提高30%) but open names as often (提高群众满意度). */
  private static final java.util.Set<String> CHANGES = java.util.Set.of("提高", "提升", "增长", "压减", "压缩", "降低", "下降", "减少");

  /**
   * The comparison words that may open a value inside text ({@code 不少于8个}, {@code 少于5件}), longest
   * first: the words before a number without the words of change and the one-character ones
   * ({@code 达}, {@code 超}, {@code 为}), which are as often words of a name.
   */
  static List<String> comparisonWords() {
    return BEFORE.stream().map(Word::text).filter(w -> w.length() >= 2 && !CHANGES.contains(w)).toList();
  }

  /** The words of change ({@code 提高}, {@code 压减}): they open a value only when a number follows at once. */
  static java.util.Set<String> changeWords() {
    return CHANGES;
  }

  /** The words that close a value after its number and unit ({@code 以上}, {@code 或以上}, {@code (含)以下}), longest first. */
  static List<String> boundWords() {
    return AFTER.stream().map(Word::text).toList();
  }

  /** After a time ({@code 5分钟响应}, {@code 3个工作日办结}) these make the time a deadline. */
  private static final List<String> DEADLINE = List.of(
      "响应", "解决", "完成", "办结", "办理", "处理", "到场", "到达", "答复", "回复", "反馈", "修复");

  private Comparators() {}

  /** The comparison a canonical sign states ({@link ValueText#normalize} makes signs canonical). */
  static Op sign(char c) {
    return switch (c) {
      case '≥' -> Op.GE;
      case '≤' -> Op.LE;
      case '>' -> Op.GT;
      case '<' -> Op.LT;
      case '=' -> Op.EQ;
      default -> null;
    };
  }

  /** The comparison stated by the sign directly before {@code at}, or null. */
  static Op signBefore(String s, int at) {
    return at > 0 ? sign(s.charAt(at - 1)) : null;
  }

  /** The comparison stated by a word ending directly before {@code at}, or null. */
  static Op wordBefore(String s, int at) {
    for (Word w : BEFORE) {
      if (s.startsWith(w.text(), at - w.text().length())) {
        return w.op();
      }
    }
    return null;
  }

  /** The comparison stated by a word starting at {@code at}, after a number in {@code unit}, or null. */
  static Op after(String s, int at, String unit) {
    for (Word w : AFTER) {
      if (s.startsWith(w.text(), at)) {
        return w.op();
      }
    }
    if (Units.isTime(unit)) {
      for (String d : DEADLINE) {
        if (s.startsWith(d, at)) {
          return Op.LE;
        }
      }
    }
    return null;
  }

  /** True when a word after a number makes it a bound ({@code 以上}, {@code 或以下}), not a name. */
  static boolean boundFollows(String s, int at) {
    return after(s, at, null) != null || s.startsWith("以", at) || s.startsWith("或", at)
        || s.startsWith("及", at);
  }
}
