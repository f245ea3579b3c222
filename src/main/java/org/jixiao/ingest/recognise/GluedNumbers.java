package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
