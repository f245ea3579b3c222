package org.jixiao.knowledge.lint;

import java.util.List;
import org.jixiao.vocabulary.Categories;
import org.jixiao.model.Indicator;
import org.jixiao.model.Target;

/**
 * Rules on where an indicator is filed: its level 2 under the right level 1, complaints kept out of
 * satisfaction, inputs kept out of outputs and outcomes.
 *
 * <p>The level-1 / level-2 vocabulary is the reader's ({@link Categories}), so that the lint accepts every
 * spelling the importer accepts ({@code 社会效益}, {@code 社会公众或服务对象满意度指标},
 * {@code 可持续发展影响指标}, {@code 成本指标} as the pre-2021 output sub-category).
 */
final class CategoryRules {

  private CategoryRules() {}

  /**
   * level2-mismatch: a level 2 that belongs to another level 1 ({@code 效益指标 / 数量指标}). Unknown
   * level-2 words are not judged: the lint cannot tell where they belong.
   *
   * <p>One older arrangement is accepted: the pre-2021 self-evaluation templates put
   * {@code 服务对象满意度指标} inside {@code 效益指标} (as the 中山 table does), and the ministry's own
   * 2020 framework still lists satisfaction under outcomes there.
   */
  static List<Finding> level2(Indicator indicator) {
    String level1 = indicator.level1();
    if (indicator.level2() == null || !Categories.isResultCategory(level1)) {
      return List.of();
    }
    String level2 = Categories.level2(indicator.level2());
    String parent = Categories.parentOf(level2);
    boolean olderSatisfaction = Categories.SATISFACTION_L2.equals(level2) && Categories.OUTCOME.equals(level1);
    boolean costUnderCost = Categories.COST.equals(level2) && Categories.COST.equals(level1);
    if (parent == null || parent.equals(level1) || olderSatisfaction || costUnderCost) {
      return List.of();
    }
    String written = indicator.level2Raw() != null ? indicator.level2Raw() : indicator.level2();
    return List.of(Rule.LEVEL2_MISMATCH.on(indicator,
        "指标“" + indicator.name() + "”的二级指标“" + written + "”不属于一级指标“" + level1 + "”（它属于“" + parent + "”）",
        "把“" + indicator.name() + "”归到“" + parent + "—" + level2 + "”下，或改用“" + level1 + "”下的二级指标："
            + String.join("、", childrenOf(level1))));
  }

  /** The standard level 2 names under a level 1, for the suggestion. */
  private static List<String> childrenOf(String level1) {
    return switch (level1) {
      case Categories.OUTPUT -> List.of("数量指标", "质量指标", "时效指标");
      case Categories.OUTCOME -> List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
      case Categories.SATISFACTION -> List.of(Categories.SATISFACTION_L2);
      default -> List.of("经济成本指标", "社会成本指标", "生态环境成本指标");
    };
  }

  /**
   * complaint-as-satisfaction: a complaint count filed or named as satisfaction ({@code 满意度指标：
   * 被投诉次数 ≤10次}; {@code 服务对象满意度：收到投诉少于5件}). Few complaints is not the same as many
   * satisfied people: most dissatisfied people never complain.
   */
  static List<Finding> complaint(IndicatorWords.Reading reading) {
    Indicator indicator = reading.indicator();
    String words = complaintAsSatisfaction(reading);
    if (words == null) {
      return List.of();
    }
    Target t = TargetRules.main(indicator);
    return List.of(Rule.COMPLAINT_AS_SATISFACTION.on(indicator,
        "满意度指标“" + indicator.name() + "”" + (t == null ? "" : "（" + TargetRules.raw(t) + "）")
            + "统计的是投诉数量，不是满意度",
        "满意度改用调查结果，如“服务对象满意度≥90%”（满意度=满意及基本满意的受访人数/受访总人数×100%）；"
            + "投诉数量可作为效益指标，如“有效投诉次数≤" + (t != null && t.value() != null ? Advice.number(t.value()) : "N") + "次”"));
  }

  /** The complaint words when a satisfaction indicator counts complaints, else null. */
  static String complaintAsSatisfaction(IndicatorWords.Reading reading) {
    return reading.satisfaction() ? IndicatorWords.complaintCount(reading) : null;
  }

  /**
   * input-as-result: money spent or a budget kept, filed as an output or outcome. The
   * self-evaluation's budget-execution items ({@code Project.budgetExecution}) are where these belong
   * and are not linted here; 成本指标 is where cost control belongs, as a level 1 since 2021 and as the
   * output sub-category (产出指标 / 成本指标) before.
   */
  static List<Finding> input(Indicator indicator) {
    if (!Categories.OUTPUT.equals(indicator.level1()) && !Categories.OUTCOME.equals(indicator.level1())
        || indicator.level2() != null && Categories.COST.equals(Categories.level2(indicator.level2()))) {
      return List.of();
    }
    String words = IndicatorWords.inputWords(indicator);
    if (words == null) {
      return List.of();
    }
    return List.of(Rule.INPUT_AS_RESULT.on(indicator,
        "“" + indicator.name() + "”（" + words + "）衡量的是资金投入或预算执行，却填在“" + indicator.level1() + "”下",
        "移出" + indicator.level1() + "：预算执行在自评的“预算执行率”中考核，成本控制写在“成本指标”下；"
            + "改写为资金换来的结果，如完成数量、验收合格率或按期完成率"));
  }
}
