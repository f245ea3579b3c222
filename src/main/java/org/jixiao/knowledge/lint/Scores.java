package org.jixiao.knowledge.lint;

import java.util.List;

/**
 * The 0–100 quality score, all its numbers in one place.
 *
 * <p>An indicator starts at {@value #START} and loses {@value #ERROR_PENALTY} per error,
 * {@value #WARNING_PENALTY} per warning and {@value #INFO_PENALTY} per info finding; positive findings
 * ({@code good-…}) add {@value #POSITIVE_BONUS} each, at most {@value #MAX_BONUS} in all; the result is
 * clamped to 0..100. So one error leaves at most 60 (and 65 with a formula, which cannot lift it back
 * to "fine"), and a clean indicator with a formula stays at 100.
 *
 * <p>A project scores the mean of its indicators' scores (rounded) minus its own findings' penalties
 * with the same weights, clamped to 0..100; a project with no indicators scores 0, since there is
 * nothing to evaluate it by. Document-level findings do not change project scores.
 */
final class Scores {

  static final int START = 100;
  static final int ERROR_PENALTY = 40;
  static final int WARNING_PENALTY = 15;
  static final int INFO_PENALTY = 5;
  static final int POSITIVE_BONUS = 5;
  static final int MAX_BONUS = 5;

  private Scores() {}

  static int indicator(List<Finding> findings) {
    int bonus = Math.min(MAX_BONUS, (int) findings.stream().filter(Rule::isPositive).count() * POSITIVE_BONUS);
    return clamp(START - penalty(findings) + bonus);
  }

  static int project(List<IndicatorLint> indicators, List<Finding> projectFindings) {
    if (indicators.isEmpty()) {
      return 0;
    }
    double mean = indicators.stream().mapToInt(IndicatorLint::score).average().orElse(0);
    return clamp((int) Math.round(mean) - penalty(projectFindings));
  }

  /** The total penalty of the findings that are not positive. */
  static int penalty(List<Finding> findings) {
    int total = 0;
    for (Finding f : findings) {
      if (Rule.isPositive(f)) {
        continue;
      }
      total += switch (f.severity()) {
        case ERROR -> ERROR_PENALTY;
        case WARNING -> WARNING_PENALTY;
        case INFO -> INFO_PENALTY;
      };
    }
    return total;
  }

  private static int clamp(int score) {
    return Math.max(0, Math.min(100, score));
  }
}
