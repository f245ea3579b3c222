package org.jixiao.knowledge.lint;

import java.math.BigDecimal;
import org.jixiao.model.Indicator;

/**
 * Concrete wording for suggestions: an example target and a formula shaped to the indicator, so that a
 * drafter can copy it ({@code 改为“≥95%”并写明计算公式：物业巡检完成率=完成数/计划数×100%}) rather than
 * read a rule.
 *
 * <p>The example values are the ones the 2021 guidance and the seed tables use most (≥95% for
 * completion and timeliness rates, ≥90% for satisfaction); they are a starting point the drafter
 * replaces with the plan, history or industry standard. Where no sensible number can be guessed (a
 * count, a growth rate) the example says {@code N} and what to put there.
 */
final class Advice {

  private Advice() {}

  /** An example target in the form the indicator asks for. */
  static String exampleTarget(IndicatorWords.Reading words) {
    String c = words.core();
    if (words.satisfaction()) {
      return "≥90%";
    }
    if (words.growth() || words.reduction()) {
      return "≥N%（以上年实际数为基数）";
    }
    if (words.rate()) {
      return words.lowerIsBetter() ? "≤5%" : "≥95%";
    }
    if (words.yesNo()) {
      return "“是”，并写明判定标准";
    }
    if (c.endsWith("时长") || c.endsWith("时限") || c.endsWith("天数") || c.endsWith("周期")) {
      return "≤N个工作日";
    }
    if (c.endsWith("得分") || c.endsWith("评分") || c.endsWith("分数")) {
      return "≥N分（写明满分）";
    }
    if (words.lowerIsBetter()) {
      return "≤N次";
    }
    if (words.asksForNumber()) {
      return "≥N" + countUnit(c);
    }
    return "写明可核验的标准，如“通过验收”或分级“优/良/中/差”及各级标准";
  }

  /** A formula in the ministry's form for a rate or satisfaction figure, else a definition prompt. */
  static String formula(IndicatorWords.Reading words) {
    String c = words.core();
    if (words.satisfaction()) {
      return c + "=满意及基本满意的受访人数/受访总人数×100%";
    }
    if (words.growth()) {
      return c + "=（本年数-上年数）/上年数×100%";
    }
    if (words.reduction()) {
      return c + "=（原数-现数）/原数×100%";
    }
    if (words.rate()) {
      return words.lowerIsBetter() ? c + "=发生数/总数×100%" : c + "=完成数/计划数×100%";
    }
    return "写明“" + c + "”的统计口径和数据来源";
  }

  /** {@code 改为“≥95%”并写明计算公式：…}: the usual suggestion for a target that is missing or vague. */
  static String quantify(IndicatorWords.Reading words) {
    String example = exampleTarget(words);
    if (words.rate() || words.satisfaction()) {
      return "改为“" + example + "”并写明计算公式：" + formula(words);
    }
    if (words.yesNo()) {
      return "填写" + example + "（如“是：各项性能达到合同约定值”）";
    }
    if (words.asksForNumber()) {
      return "填写量化的指标值，如“" + example + "”（N为计划数），并" + formula(words);
    }
    return "填写可核验的指标值：能量化的写明数值和单位；不能量化的" + example;
  }

  /** A number as a drafter writes it: {@code 95}, {@code 99.9}, never {@code 95.0}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The unit a count name implies: 次数 → 次, 人数 → 人, 受理量 → 件, otherwise 个. */
  private static String countUnit(String core) {
    if (core.endsWith("场次")) {
      return "场";
    }
    if (core.endsWith("人次")) {
      return "人次";
    }
    if (core.endsWith("次") || core.endsWith("次数")) {
      return "次";
    }
    if (core.endsWith("人数")) {
      return "人";
    }
    if (core.endsWith("量") || core.endsWith("件数")) {
      return "件";
    }
    return "个";
  }
}
