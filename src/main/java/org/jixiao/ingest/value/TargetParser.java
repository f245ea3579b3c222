package org.jixiao.ingest.value;

import static org.jixiao.ingest.value.ValueText.isDigit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;

/**
 * Reads a target value (指标值) or actual value (完成值) as tables write it: {@code ≥95%},
 * {@code 不低于98%}, {@code 1200万通}, {@code 6000-8000件/月}, {@code 5分钟响应，1小时解决}, {@code 优},
 * {@code 无}.
 *
 * <p>The raw text is always kept whole. Parsing looks at the first {@value #MAX_PARSED_CHARS}
 * characters only and uses no backtracking regular expressions, so any input, however long or odd,
 * is read in bounded time; nothing is ever thrown.
 *
 * <p>Choices where the tables are ambiguous: a time with no limit word ({@code 每个项目15个工作日}) is
 * EQ; a word after the number that is not a unit ({@code ≥0.97比例}) leaves the unit null; a per-unit
 * is kept whole ({@code 17元/人.每天} → unit {@code 元/人.每天}); a comparison word before the number
 * wins over one after it ({@code 超90%以上} → GT). Text is compared after {@link ValueText#normalize}.
 */
public final class TargetParser {

  /** How much of a cell is parsed; real values are far shorter, the raw text is kept whole. */
  static final int MAX_PARSED_CHARS = 2_000;

  /** Longer runs of digits are identifiers (account or phone numbers), not values. */
  private static final int MAX_DIGITS = 15;

  /** Cells that say there is no value. */
  private static final Set<String> EMPTY_WORDS = Set.of("无", "暂无", "不适用", "无此项", "N/A", "n/a", "NA");

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  /** A number found in the text, with its unit and the comparisons written around it. */
  private record Hit(int start, int end, BigDecimal value, BigDecimal upper, String unit,
      Op sign, Op word, Op after, boolean name, boolean date, int depth) {}

  /** A number as written: {@code [start, end)} holds its digits (and sign); {@code tail} what follows. */
  private record Num(int start, int end, BigDecimal value, Tail tail) {}

  /** What follows a number: a 万 / 亿 multiplier and a unit, ending at {@code end}. */
  private record Tail(int end, BigDecimal factor, String unit) {}

  private TargetParser() {}

  /**
   * Parses a target or actual value.
   *
   * @param raw the cell text as written (null is read as "")
   * @param period the period it applies to, or null (actual values)
   * @return the parsed value, whose {@code raw} is exactly {@code raw} (or "" for null)
   */
  public static Target parse(String raw, Period period) {
    String text = raw == null ? "" : raw;
    try {
      return read(text, period);
    } catch (RuntimeException e) {
      // A safety net for inputs nobody foresaw: a cell we cannot read is still kept as text.
      return new Target(text, period, TargetKind.TEXT, null, null, null, null, null);
    }
  }

  private static Target read(String raw, Period period) {
    String s = ValueText.clean(raw.length() > MAX_PARSED_CHARS ? raw.substring(0, MAX_PARSED_CHARS) : raw);
    if (isEmptyValue(s)) {
      return new Target(raw, period, TargetKind.EMPTY, null, null, null, null, null);
    }
    if (ValueGrammar.shape(s) == ValueGrammar.Shape.DATE) {
      // 12月底前, 6月30日前: a deadline, kept in words as a full date is; its month is no quantity of months.
      return new Target(raw, period, TargetKind.TEXT, null, null, null, null, null);
    }
    List<Hit> hits = scan(s);
    Hit best = choose(hits, false);
    String outside = ValueText.trimEnd(ValueText.outsideBrackets(s));
    String grade = Grades.of(outside.isEmpty() ? s : outside);
    if (best == null && grade == null) {
      // Numbers only in brackets count when the text outside says nothing: "(≥95%)".
      best = choose(hits, true);
    }
    if (best != null) {
      Op op = best.upper() != null ? Op.RANGE
          : best.sign() != null ? best.sign()
          : best.word() != null ? best.word()
          : best.after() != null ? best.after() : Op.EQ;
      Double upper = best.upper() == null ? null : best.upper().doubleValue();
      return new Target(raw, period, TargetKind.NUMERIC, op, best.value().doubleValue(), upper,
          best.unit(), null);
    }
    TargetKind kind = grade != null ? TargetKind.QUALITATIVE : TargetKind.TEXT;
    return new Target(raw, period, kind, null, null, null, null, grade);
  }

  /**
   * The number the value is about: the first one after an explicit comparison, else the first one
   * with a unit, else the first plain one; numbers that are part of a name ({@code 12345热线}) or a
   * date only count after a comparison sign.
   */
  private static Hit choose(List<Hit> hits, boolean bracketed) {
    Hit withUnit = null;
    Hit plain = null;
    for (Hit h : hits) {
      if ((h.depth() > 0) != bracketed) {
        continue;
      }
      if (h.sign() != null || (h.word() != null && !h.name() && !h.date())) {
        return h;
      }
      if (h.name() || h.date()) {
        continue;
      }
      if (withUnit == null && h.unit() != null) {
        withUnit = h;
      }
      if (plain == null) {
        plain = h;
      }
    }
    return withUnit != null ? withUnit : plain;
  }

  /** Every number in the text, left to right, each read with its unit, range and comparisons. */
  private static List<Hit> scan(String s) {
    int[] depth = ValueText.depths(s);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      Num n = number(s, i);
      if (n == null) {
        i++;
        continue;
      }
      Hit previous = hits.isEmpty() ? null : hits.get(hits.size() - 1);
      // 2023年12月31日: the month and day after a year are part of the date.
      boolean afterDate = previous != null && previous.date() && previous.end() == n.start();
      Hit h = hit(s, n, depth[n.start()], afterDate);
      hits.add(h);
      i = Math.max(h.end(), i + 1);
    }
    return hits;
  }

  private static Hit hit(String s, Num n, int depth, boolean afterDate) {
    BigDecimal value = n.value().multiply(n.tail().factor());
    BigDecimal upper = null;
    String unit = n.tail().unit();
    int end = n.tail().end();
    // A range: 6000-8000件/月, 50%-60%, 6000~8000, 6000至8000.
    if (end < s.length() && "-~—–至到".indexOf(s.charAt(end)) >= 0) {
      Num second = arabic(s, end + 1, false);
      if (second != null) {
        Tail t = second.tail();
        // In 1-2万 the 万 scales both ends.
        BigDecimal factor = n.tail().factor().equals(BigDecimal.ONE) && unit == null
            ? t.factor() : n.tail().factor();
        BigDecimal low = n.value().multiply(factor);
        BigDecimal high = second.value().multiply(t.factor());
        boolean sameUnit = unit == null || t.unit() == null || unit.equals(t.unit());
        if (sameUnit && high.compareTo(low) > 0) {
          value = low;
          upper = high;
          unit = unit != null ? unit : t.unit();
          end = t.end();
        }
      }
    }
    int start = n.start();
    // 12345政务, 5G基站: digits glued to a word that is neither a unit nor a bound are part of a name.
    boolean glued = unit == null && n.tail().factor().equals(BigDecimal.ONE) && end < s.length()
        && (isHan(s.charAt(end)) || Units.isAsciiLetter(s.charAt(end))) && !Comparators.boundFollows(s, end);
    // Also names: V2 / GB50174, 16-digit identifiers, list numbers (1、 / 1. / 1) at the start).
    boolean name = glued
        || (start > 0 && Units.isAsciiLetter(s.charAt(start - 1)))
        || n.end() - start > MAX_DIGITS
        || (end < s.length() && s.charAt(end) == '、')
        || (start == 0 && unit == null && end < s.length() && ".)".indexOf(s.charAt(end)) >= 0);
    Op after = Comparators.after(s, end, unit);
    boolean date = afterDate || isYear(value, unit, after);
    return new Hit(start, end, value, upper, unit, Comparators.signBefore(s, start),
        Comparators.wordBefore(s, start), after, name, date, depth);
  }

  /** 2023年 is a date, not a duration, unless a bound follows (2023年以前 is rare enough to ignore). */
  private static boolean isYear(BigDecimal value, String unit, Op after) {
    return "年".equals(unit) && after == null && value.scale() <= 0
        && value.compareTo(BigDecimal.valueOf(1900)) >= 0 && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  /** A number starting at {@code i}: Arabic digits, or a lone Chinese numeral before a unit. */
  private static Num number(String s, int i) {
    Num n = arabic(s, i, true);
    if (n != null) {
      return n;
    }
    int digit = Units.chineseDigit(s.charAt(i));
    if (digit < 0 || (i > 0 && Units.chineseDigit(s.charAt(i - 1)) >= 0)
        || (i + 1 < s.length() && Units.chineseDigit(s.charAt(i + 1)) >= 0)) {
      return null;
    }
    Tail t = tail(s, i + 1);
    // 一 is everywhere (同一, 统一, 一次性): count it only as 至少一次-like or as the whole value (两次).
    boolean counted = t.unit() != null && !Units.isLatin(t.unit()) && t.factor().equals(BigDecimal.ONE)
        && !s.startsWith("性", t.end())
        && (Comparators.signBefore(s, i) != null || Comparators.wordBefore(s, i) != null
            || (i == 0 && t.end() == s.length()));
    return counted ? new Num(i, i + 1, BigDecimal.valueOf(digit), t) : null;
  }

  /** Arabic digits starting at {@code i} (not inside another number), with an optional fraction. */
  private static Num arabic(String s, int i, boolean signed) {
    int j = i;
    // A minus sign only at the start or after a comparison: "-" elsewhere joins a range or a formula.
    if (signed && s.charAt(j) == '-' && (j == 0 || Comparators.sign(s.charAt(j - 1)) != null)) {
      j++;
    }
    if (j >= s.length() || !isDigit(s.charAt(j))
        || (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
      return null;
    }
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    if (j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      j++;
      while (j < s.length() && isDigit(s.charAt(j))) {
        j++;
      }
    }
    return new Num(i, j, new BigDecimal(s.substring(i, j)), tail(s, j));
  }

  /** The multiplier and unit after a number: {@code 万通}, {@code 万元}, {@code %}, {@code 余人}. */
  private static Tail tail(String s, int at) {
    int k = at;
    BigDecimal factor = BigDecimal.ONE;
    String unit = Units.at(s, k);
    if (unit == null && k < s.length() && (s.charAt(k) == '万' || s.charAt(k) == '亿')) {
      factor = s.charAt(k) == '万' ? TEN_THOUSAND : HUNDRED_MILLION;
      unit = Units.at(s, ++k);
    }
    // 10余个, 100多人: about that many; the number is still the one stated.
    if (unit == null && k < s.length() && (s.charAt(k) == '余' || s.charAt(k) == '多')
        && Units.at(s, k + 1) != null) {
      unit = Units.at(s, ++k);
    }
    return new Tail(unit == null ? k : k + unit.length(), factor, unit);
  }

  private static boolean isEmptyValue(String s) {
    if (s.isEmpty() || EMPTY_WORDS.contains(s)) {
      return true;
    }
    // "/", "-", "—", "--", "——": a dash or slash alone.
    return s.chars().allMatch(c -> "/-—–_\\".indexOf(c) >= 0);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
