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
      if (words.lowerIsBetter()) {
        return "≤5%";
      }
      // What was planned is done in full: a completion rate's target is 100%, not "≥100%" or 95%.
      return FULL_RATES.stream().anyMatch(c::endsWith) ? "100%" : "≥95%";
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
      for (String[] kind : RATE_FORMULAS) {
        if (c.endsWith(kind[0])) {
          return c + "=" + kind[1] + "×100%";
        }
      }
      return words.lowerIsBetter() ? c + "=发生数/总数×100%" : c + "=达到要求的数量/应达到的总数×100%";
    }
    return "写明“" + c + "”的统计口径和数据来源";
  }

  /** Rates whose plan is met in full: the target is 100%. */
  private static final java.util.List<String> FULL_RATES = java.util.List.of("完成率", "执行率", "到位率", "拨付率", "支付率", "兑现率", "发放率");

  /**
   * Each kind of rate's formula, by the name's last word (the first that fits; longer words first):
   * one formula for every rate (完成数/计划数) was wrong for most of them.
   */
  private static final String[][] RATE_FORMULAS = {
    {"接通率", "接通量/呼入总量"},
    {"预算执行率", "实际支出数/预算数"},
    {"执行率", "实际执行数/计划执行数"},
    {"完成率", "实际完成数/计划完成数"},
    {"到位率", "实际到位数/应到位数"},
    {"拨付率", "已拨付金额/应拨付金额"},
    {"支付率", "已支付金额/应支付金额"},
    {"发放率", "已发放数/应发放数"},
    {"兑现率", "已兑现数/应兑现数"},
    {"合格率", "合格数/检验（验收）总数"},
    {"通过率", "通过数/参加总数"},
    {"达标率", "达标数/检测总数"},
    {"及时率", "按时完成数/应完成总数"},
    {"办结率", "办结数/受理总数"},
    {"解决率", "解决数/受理总数"},
    {"回访率", "回访数/应回访数"},
    {"覆盖率", "已覆盖数/应覆盖总数"},
    {"知晓率", "知晓人数/调查总人数"},
    {"参与率", "参与人数/应参与人数"},
    {"使用率", "使用量/可用总量"},
    {"利用率", "利用量/可用总量"},
    {"可用率", "正常服务时长/服务总时长"},
    {"正常运行率", "正常运行时长/运行总时长"},
    {"准确率", "准确数/总数"},
    {"正确率", "正确数/总数"},
    {"录音率", "已录音数/通话总数"},
    {"质检率", "已质检数/工单总数"},
    {"故障率", "故障时长/运行总时长"},
    {"差错率", "差错数/总数"},
    {"投诉率", "投诉数/服务总数"},
  };

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
