package org.jixiao.knowledge.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.vocabulary.Categories;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;

/**
 * Rules on an indicator's target values: present, quantified, a percentage where the name is a rate,
 * a {@code ≥x%} threshold for satisfaction, the same in both periods, a formula stated.
 *
 * <p>Each rule looks at the indicator's {@link #main main target} (the annual one where given),
 * except {@code periods-disagree}, which compares the two periods.
 */
final class TargetRules {

  /** Words of a survey result; a 满意度指标 without them is something else filed there. */
  private static final Pattern SURVEY_WORDS = Pattern.compile("满意|好评|认可|评价|口碑");

  private TargetRules() {}

  /**
   * The target the rules judge: the annual one when it holds a value, else the first that does, else
   * null (every target is empty or there is none).
   */
  static Target main(Indicator indicator) {
    Target annual = indicator.target(Period.ANNUAL);
    if (annual != null && !annual.isEmpty()) {
      return annual;
    }
    return indicator.targets().stream().filter(t -> !t.isEmpty()).findFirst().orElse(null);
  }

  /**
   * target-missing: no target, or every target empty ({@code 无}, {@code /}, blank).
   *
   * <p>Self-evaluation templates that list several indicators in one cell ({@code 1. 培训场次: 114次
   * 2. 月均话务量: 175560次}) give the 指标值 once for the whole row, and the reader cannot share a row
   * value such as {@code 100} out among the indicators, so each of them has no target of its own. An
   * indicator whose evaluation is {@link Evaluation#sharedWithRow shared with its row} and states an
   * actual value was measured against the row's target: it is not missing one.
   */
  static List<Finding> missing(IndicatorWords.Reading words) {
    Indicator indicator = words.indicator();
    if (main(indicator) != null || measuredAgainstRow(indicator.evaluation())) {
      return List.of();
    }
    String what = indicator.targets().isEmpty()
        ? "没有填写指标值"
        : "的" + String.join("、", indicator.targets().stream().map(t -> label(t) + "为“" + raw(t) + "”").toList());
    return List.of(Rule.TARGET_MISSING.on(indicator,
        "指标“" + indicator.name() + "”" + what + "，无法评价完成情况",
        Advice.quantify(words)));
  }

  private static boolean measuredAgainstRow(Evaluation evaluation) {
    return evaluation != null && evaluation.sharedWithRow() && evaluation.actual() != null && !evaluation.actual().isEmpty();
  }

  /**
   * qualitative-for-number: a name that asks for a number ({@code …率}, {@code …次数}, {@code …时长})
   * with a grade or a sentence as its target. Satisfaction figures ask for a percentage too, but
   * {@code satisfaction-not-threshold} reports those with the more specific advice, so they are left
   * to it rather than reported twice.
   */
  static List<Finding> qualitativeForNumber(IndicatorWords.Reading words) {
    Indicator indicator = words.indicator();
    Target t = main(indicator);
    if (t == null || (t.kind() != TargetKind.QUALITATIVE && t.kind() != TargetKind.TEXT)
        || words.satisfaction() || !words.asksForNumber()) {
      return List.of();
    }
    return List.of(Rule.QUALITATIVE_FOR_NUMBER.on(indicator,
        "指标“" + indicator.name() + "”要求填写数值，但指标值“" + raw(t) + "”是定性描述，无法量化核验",
        Advice.quantify(words)));
  }

  /**
   * rate-not-percent and rate-over-100: a rate is a percentage, and rarely above 100%. Satisfaction
   * figures without a % are left to {@code satisfaction-not-threshold}; above 100% they are reported
   * here, since that rule only looks at the form of the threshold.
   */
  static List<Finding> rates(IndicatorWords.Reading words) {
    Indicator indicator = words.indicator();
    Target t = main(indicator);
    if (t == null || t.kind() != TargetKind.NUMERIC || t.value() == null) {
      return List.of();
    }
    boolean satisfaction = words.satisfaction();
    List<Finding> found = new ArrayList<>();
    if (words.rate() && !satisfaction && !IndicatorWords.isPercentUnit(t.unit())) {
      found.add(Rule.RATE_NOT_PERCENT.on(indicator,
          "“" + indicator.name() + "”是比率，但指标值“" + raw(t) + "”"
              + (t.unit() == null ? "没有写“%”" : "的单位是“" + t.unit() + "”而不是百分比"),
          percentAdvice(words, t)));
    }
    boolean over = t.value() > 100 || (t.upper() != null && t.upper() > 100);
    if ((words.rate() || satisfaction) && "%".equals(t.unit()) && over
        // Growth can exceed 100% (a doubling is +100%); shares rarely do.
        && !words.growth()) {
      found.add(Rule.RATE_OVER_100.on(indicator,
          "“" + indicator.name() + "”的指标值“" + raw(t) + "”超过100%，比率通常不超过100%",
          "核对数值，改为不超过100%的目标，如“" + Advice.exampleTarget(words) + "”；若考核的是增长，改名为“…增长率”并写明基期"));
    }
    return found;
  }

  private static String percentAdvice(IndicatorWords.Reading words, Target t) {
    String sign = t.op() == null || t.op() == Op.EQ || t.op() == Op.RANGE ? "≥" : t.op().symbol();
    // A share of 1 (or 100) is all of it: "100%", never "≥100%".
    if (t.unit() == null && (t.value() == 1 || t.value() == 100) && sign.startsWith("≥")) {
      sign = "";
    }
    if (t.unit() == null && t.value() > 0 && t.value() <= 1) {
      // 0.97 written for 97%: the drafter meant a share.
      return "改为“" + sign + Advice.number(t.value() * 100) + "%”并写明计算公式：" + Advice.formula(words);
    }
    if (t.unit() == null && t.value() <= 100) {
      return "改为“" + sign + Advice.number(t.value()) + "%”并写明计算公式：" + Advice.formula(words);
    }
    return "以百分比表述，如“" + Advice.exampleTarget(words) + "”，并写明计算公式：" + Advice.formula(words)
        + "；若要考核的是" + (t.unit() == null ? "数量" : "“" + t.unit() + "”的数量或时间") + "，把名称改为相应的数量或时效指标";
  }

  /**
   * satisfaction-not-threshold: satisfaction is surveyed and stated as a floor, {@code ≥x%}. A grade
   * ({@code 满意}), a score ({@code 80分以上}), a point value ({@code 95%}) or a ceiling cannot be checked
   * against a survey result in the same way. Complaint counts are reported by
   * {@code complaint-as-satisfaction} instead (see {@link IndicatorRules}).
   */
  static List<Finding> satisfactionThreshold(IndicatorWords.Reading words) {
    Indicator indicator = words.indicator();
    Target t = main(indicator);
    if (t == null || !words.satisfaction()) {
      return List.of();
    }
    boolean numeric = t.kind() == TargetKind.NUMERIC && t.value() != null;
    if (numeric && (t.op() == Op.GE || t.op() == Op.GT) && "%".equals(t.unit())) {
      return List.of();
    }
    String formula = Advice.formula(words);
    if (!SURVEY_WORDS.matcher(words.core()).find()) {
      // 满意度指标：通过第三方验收测评 — not a survey at all, so the threshold is not the problem.
      return List.of(Rule.SATISFACTION_NOT_THRESHOLD.on(indicator,
          "“" + indicator.name() + "”（" + raw(t) + "）填在满意度指标下，但它不是满意度调查结果",
          "把“" + indicator.name() + "”移到产出指标下（如质量指标“验收通过率100%”）；满意度指标改为“服务对象满意度≥90%”，"
              + "计算公式：服务对象满意度=满意及基本满意的受访人数/受访总人数×100%"));
    }
    String why;
    if (!numeric) {
      why = "是定性描述，不是满意度调查的百分比";
    } else if (!"%".equals(t.unit())) {
      why = t.unit() == null ? "没有写“%”" : "的单位是“" + t.unit() + "”，不是百分比";
    } else if (t.op() == Op.EQ) {
      why = "是一个点值，没有写明“≥”（不低于）";
    } else if (t.op() == Op.RANGE) {
      why = "是一个区间，满意度应写下限";
    } else {
      why = "写的是上限（“" + t.op().symbol() + "”），满意度应写下限";
    }
    // Keep the drafter's own level when it is a usable floor; a survey never reliably reaches 100%.
    boolean percent = numeric && "%".equals(t.unit());
    String example = percent && t.value() > 0 && t.value() < 100 ? "≥" + Advice.number(t.value()) + "%"
        : percent && t.value() >= 100 ? "≥95%" : "≥90%";
    String where = Categories.SATISFACTION.equals(indicator.level1()) ? "满意度指标" : "满意度类指标";
    return List.of(Rule.SATISFACTION_NOT_THRESHOLD.on(indicator,
        where + "“" + indicator.name() + "”的指标值“" + raw(t) + "”" + why,
        "改为“" + example + "”并写明计算公式：" + formula + "，注明调查对象和方式"));
  }

  /**
   * periods-disagree: the annual and implementation-period values of one indicator say different
   * things ({@code ≥95%} against {@code ≥90%}).
   *
   * <p>One difference is expected: a count over a multi-year period is the sum of the years, so
   * {@code 36份} for the period against {@code 12份} a year agree. Percentages and rates do not add up
   * over years and must match; a smaller period count than the annual one is a contradiction.
   */
  static List<Finding> periods(Indicator indicator) {
    Target annual = indicator.target(Period.ANNUAL);
    Target cycle = indicator.target(Period.CYCLE);
    if (annual == null || cycle == null || annual.isEmpty() || cycle.isEmpty() || agree(annual, cycle)) {
      return List.of();
    }
    return List.of(Rule.PERIODS_DISAGREE.on(indicator,
        "“" + indicator.name() + "”的年度指标值“" + raw(annual) + "”与实施周期指标值“" + raw(cycle) + "”不一致",
        "统一两个周期的指标值（比率类都写“" + raw(annual) + "”这样的同一标准）；若实施周期是多年累计数，写明“累计”且不小于年度值"));
  }

  private static boolean agree(Target annual, Target cycle) {
    boolean numeric = annual.kind() == TargetKind.NUMERIC && cycle.kind() == TargetKind.NUMERIC
        && annual.value() != null && cycle.value() != null;
    if (!numeric) {
      return IndicatorWords.comparable(annual.raw()).equals(IndicatorWords.comparable(cycle.raw()));
    }
    if (annual.op() != cycle.op() || !Objects.equals(annual.unit(), cycle.unit())) {
      return false;
    }
    if (same(annual.value(), cycle.value()) && same(annual.upper(), cycle.upper())) {
      return true;
    }
    boolean cumulativeCount = !IndicatorWords.isPercentUnit(annual.unit()) && annual.upper() == null
        && cycle.upper() == null && cycle.value() > annual.value();
    return cumulativeCount;
  }

  private static boolean same(Double a, Double b) {
    return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
  }

  /** good-formula: a formula or definition makes the indicator checkable (量化易评). */
  static List<Finding> formula(Indicator indicator) {
    if (indicator.formula() == null || indicator.formula().isBlank()) {
      return List.of();
    }
    return List.of(Rule.GOOD_FORMULA.on(indicator,
        "指标“" + indicator.name() + "”写明了计算公式或口径：" + indicator.formula(),
        "保持这种写法；同类比率指标可照此写明“分子/分母×100%”"));
  }

  /** {@code 年度指标值} / {@code 实施周期指标值} / {@code 指标值}. */
  private static String label(Target t) {
    return (t.period() == null ? "" : t.period().label()) + "指标值";
  }

  /** The raw text, shown as {@code 空白} when there is none. */
  static String raw(Target t) {
    return t.raw() == null || t.raw().isBlank() ? "空白" : t.raw().strip();
  }
}
