package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * The numbers of a self-evaluation row glued with nothing between them: 工程完工率100100109 is the
 * target 100, the actual 100, the weight 10 and the score 9. Digits alone do not say where one number
 * ends, so a cut is taken only where the form leaves one reading: no number starts with a 0 (but 0
 * itself, 0.5), a weight is a share of 100 points (1 to 100), a score is at most its weight, and of the
 * cuts that remain the one whose target and actual are equal (a self-evaluation that met its target, as
 * most rows did) is taken when it is the only such cut, else the only cut there is, else the one whose
 * target and actual are nearest in size.
 */
final class GluedNumbers {

  private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)*");
  /** The number a value opens with (10100% opens with 10100). */
  private static final Pattern LEADING = Pattern.compile("(\\d+(?:\\.\\d+)?)");

  /** A comparison written before a target's number (≥200 then 202, 10, 10 glued: ≥2002021010). */
  static final Pattern SIGN = Pattern.compile("^(?:>=|<=|[≥≤＞＜><=＝])");

  private GluedNumbers() {}

  /**
   * {@code text} cut into a target, an actual, a weight and a score; null when it is not digits alone
   * (after the target's comparison sign, which stays with the target) or when no single reading stands out.
   */
  static List<String> targetActualWeightScore(String text) {
    java.util.regex.Matcher sign = SIGN.matcher(text);
    if (sign.find()) {
      // The sign belongs to the target; the digits after it are cut as any others.
      List<String> cut = targetActualWeightScore(text.substring(sign.end()));
      if (cut == null) {
        return null;
      }
      List<String> signed = new ArrayList<>(cut);
      signed.set(0, sign.group() + cut.get(0));
      return signed;
    }
    if (!DIGITS.matcher(text).matches()) {
      return null;
    }
    List<List<String>> cuts = new ArrayList<>();
    cut(text, 4, new ArrayList<>(), cuts);
    return oneReading(cuts);
  }

  /**
   * {@code text} cut as a row whose header puts the weight first (分值 | 年度指标值 | 实际完成值 | 得分: 1052109 is
   * 10, 52, 10, 9), given back as target, actual, weight and score; null as for {@link #targetActualWeightScore}.
   */
  static List<String> weightTargetActualScore(String text) {
    if (!DIGITS.matcher(text).matches()) {
      return null;
    }
    List<List<String>> cuts = new ArrayList<>();
    cut(text, 4, new ArrayList<>(), cuts);
    return oneReading(cuts.stream().map(c -> List.of(c.get(1), c.get(2), c.get(0), c.get(3))).toList());
  }

  /** Of readings as target, actual, weight and score, the one the form leaves (see the class comment), or null. */
  private static List<String> oneReading(List<List<String>> cuts) {
    List<List<String>> valid = cuts.stream().filter(c -> weighed(c.get(2), c.get(3))).toList();
    List<List<String>> met = valid.stream().filter(c -> Double.parseDouble(c.get(0)) == Double.parseDouble(c.get(1))).toList();
    if (!met.isEmpty()) {
      return met.size() == 1 ? met.get(0) : null;
    }
    return valid.size() == 1 ? valid.get(0) : closest(valid, r -> Double.parseDouble(r.get(0)), 1);
  }

  /**
   * Of several readings, the one whose target and actual (at {@code actualAt}) are nearest in size, when it alone is nearest
   * and they are within a factor of ten: an actual measures what its target does (52 planned, 10 done,
   * not 5 planned and 210 done), so readings that put them orders of magnitude apart are the wrong cuts.
   */
  private static List<String> closest(List<List<String>> readings, java.util.function.ToDoubleFunction<List<String>> target, int actualAt) {
    List<String> best = null;
    double nearest = Double.MAX_VALUE;
    boolean tie = false;
    for (List<String> r : readings) {
      double t = target.applyAsDouble(r);
      double a = Double.parseDouble(r.get(actualAt));
      double apart = t > 0 && a > 0 ? Math.abs(Math.log(t / a)) : Double.MAX_VALUE;
      if (apart < nearest) {
        best = r;
        nearest = apart;
        tie = false;
      } else if (apart == nearest) {
        tie = true;
      }
    }
    return best != null && !tie && nearest <= Math.log(10) ? best : null;
  }

  /**
   * {@code text} cut into an actual, a weight and a score where the target stood apart
   * ({@code ≥3次} then {@code 3109}: 3, 10, 9); null when it is not digits alone or no single reading
   * stands out. Of several readings, the one whose actual is nearest in size to {@code target}'s number.
   */
  static List<String> actualWeightScore(String text, String target) {
    if (!DIGITS.matcher(text).matches()) {
      return null;
    }
    List<List<String>> cuts = new ArrayList<>();
    cut(text, 3, new ArrayList<>(), cuts);
    List<List<String>> valid = cuts.stream().filter(c -> weighed(c.get(1), c.get(2))).toList();
    if (valid.size() <= 1) {
      return valid.isEmpty() ? null : valid.get(0);
    }
    java.util.regex.Matcher number = DIGITS.matcher(target);
    if (!number.find() || !GluedNumbers.number(number.group())) {
      return null;
    }
    double planned = Double.parseDouble(number.group());
    return closest(valid, r -> planned, 0);
  }

  /**
   * A target with the weight glued before it, under a header that puts the weight first (分值 | 年度指标值 | 实际完成值 |
   * 得分): {@code 10100%} beside the actual 100% is the weight 10 and the target 100%; where the score is glued to
   * the actual too ({@code 1095%} then {@code 1009}) the actual is cut as well (100 and 9). Given back as weight,
   * target, actual and score (the score null where none was read), or null. A weight is 1 to 100 and at least the
   * row's score. Of the readings, the target as it stands among them, the one whose target equals its actual (as most
   * rows met their targets) is taken when it alone does, else the one whose target is nearest in size to its actual
   * when it alone is nearest: an actual measures what its target does, so 100% done does not answer 10100% planned.
   * Without a numeric actual nothing shows a weight was glued on, and nothing is cut.
   */
  static List<String> weightBeforeTarget(String target, String actual, String score) {
    java.util.regex.Matcher lead = LEADING.matcher(target.strip());
    String done = actual == null ? "" : actual.strip();
    java.util.regex.Matcher doneLead = LEADING.matcher(done);
    if (!lead.lookingAt() || !doneLead.lookingAt() || !number(doneLead.group(1))) {
      return null;
    }
    String digits = lead.group(1);
    String after = target.strip().substring(digits.length());
    int whole = digits.indexOf('.') < 0 ? digits.length() : digits.indexOf('.');
    String points = score != null && DIGITS.matcher(score.strip()).matches() ? score.strip() : null;
    // Each reading: weight, target, target's number, actual, actual's number, score.
    List<List<String>> readings = new ArrayList<>();
    readings.add(java.util.Arrays.asList(null, target.strip(), digits, done, doneLead.group(1), points));
    for (int end = 1; end < whole && end <= 3; end++) {
      String weight = digits.substring(0, end);
      String number = digits.substring(end);
      if (!number(weight) || !number(number) || !isWeight(Double.parseDouble(weight))) {
        continue;
      }
      double w = Double.parseDouble(weight);
      if (points != null || !DIGITS.matcher(done).matches()) {
        if (points == null || Double.parseDouble(points) <= w) {
          readings.add(java.util.Arrays.asList(weight, number + after, number, done, doneLead.group(1), points));
        }
        continue;
      }
      // No score read: it is glued to the actual's digits (1009 is 100 and 9).
      for (int cut = 1; cut < done.length(); cut++) {
        String a = done.substring(0, cut);
        String s = done.substring(cut);
        if (number(a) && number(s) && Double.parseDouble(s) <= w) {
          readings.add(List.of(weight, number + after, number, a, a, s));
        }
      }
    }
    List<List<String>> met = readings.stream()
        .filter(r -> Double.parseDouble(r.get(2)) == Double.parseDouble(r.get(4))).toList();
    List<String> best = met.isEmpty() ? closest(readings, r -> Double.parseDouble(r.get(2)), 4) : met.size() == 1 ? met.get(0) : null;
    return best == null || best.get(0) == null ? null : java.util.Arrays.asList(best.get(0), best.get(1), best.get(3), best.get(5));
  }

  /**
   * {@code text}, too large for a weight, cut into a weight and a score (109: 10 and 9); null unless
   * exactly one cut fits. A number a weight can be (54) is left as it is: its score may be missing.
   */
  static List<String> weightScore(String text) {
    if (!DIGITS.matcher(text).matches() || Double.parseDouble(text) <= 100) {
      return null;
    }
    List<List<String>> cuts = new ArrayList<>();
    cut(text, 2, new ArrayList<>(), cuts);
    List<List<String>> valid = cuts.stream().filter(c -> weighed(c.get(0), c.get(1))).toList();
    return valid.size() == 1 ? valid.get(0) : null;
  }

  /**
   * {@code text} cut into a target and a weight (210010: 2100 and 10) where the weight is one the
   * table's other rows give ({@code weights}); null unless it is digits alone and exactly one cut does.
   */
  static List<String> targetWeight(String text, java.util.Set<Double> weights) {
    if (!DIGITS.matcher(text).matches()) {
      return null;
    }
    List<List<String>> cuts = new ArrayList<>();
    cut(text, 2, new ArrayList<>(), cuts);
    List<List<String>> valid = cuts.stream().filter(c -> weights.contains(Double.parseDouble(c.get(1)))).toList();
    return valid.size() == 1 ? valid.get(0) : null;
  }

  private static boolean weighed(String weight, String score) {
    double w = Double.parseDouble(weight);
    double s = Double.parseDouble(score);
    return isWeight(w) && s <= w;
  }

  /**
   * True when {@code words}, right after a number, open with a unit (10名学生, 2021年…, 3个村…): the number is a count or
   * a date, not points.
   */
  static boolean unitOpens(String words) {
    for (int k = 1; k <= Math.min(4, words.length()); k++) {
      if (ValueGrammar.shape(words.substring(0, k)) == ValueGrammar.Shape.UNIT) {
        return true;
      }
    }
    return false;
  }

  /** True for a weight: a share of 100 points, 1 to 100. */
  static boolean isWeight(double points) {
    return points >= 1 && points <= 100;
  }

  private static void cut(String rest, int parts, List<String> so, List<List<String>> out) {
    if (parts == 1) {
      if (number(rest)) {
        List<String> done = new ArrayList<>(so);
        done.add(rest);
        out.add(done);
      }
      return;
    }
    for (int end = 1; end < rest.length(); end++) {
      String piece = rest.substring(0, end);
      if (number(piece)) {
        so.add(piece);
        cut(rest.substring(end), parts - 1, so, out);
        so.remove(so.size() - 1);
      }
    }
  }

  /** A number as a table writes one: no leading 0 except 0 itself or 0.x, at most one point, not at either end. */
  private static boolean number(String s) {
    if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.indexOf('.') != s.lastIndexOf('.')) {
      return false;
    }
    return !(s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.');
  }
}
