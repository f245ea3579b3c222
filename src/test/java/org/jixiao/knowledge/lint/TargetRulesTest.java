package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.output;
import static org.jixiao.knowledge.lint.Fixtures.rules;
import static org.jixiao.knowledge.lint.Fixtures.withCycle;
import static org.jixiao.knowledge.lint.Fixtures.withEvaluation;
import static org.jixiao.knowledge.lint.Fixtures.withFormula;

import java.util.List;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/** The target-value rules on small fixtures, one rule at a time and through {@link IndicatorRules}. */
class TargetRulesTest {

  private static List<Finding> check(Indicator indicator) {
    return new IndicatorRules(Peers.NONE).check(indicator);
  }

  @Test
  void emptyTargetsAreMissing() {
    for (String empty : new String[] {"无", "/", "", "  "}) {
      List<Finding> found = TargetRules.missing(IndicatorWords.read(output("接通率", empty)));
      assertThat(found).as(empty).extracting(Finding::rule).containsExactly("target-missing");
      assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(found.get(0).line()).isEqualTo(7);
    }
    Finding none = TargetRules.missing(IndicatorWords.read(output("接通率", null))).get(0);
    assertThat(none.message()).contains("接通率").contains("没有填写指标值");
    assertThat(none.suggestion()).isEqualTo("改为“≥95%”并写明计算公式：接通率=接通量/呼入总量×100%");
    assertThat(TargetRules.missing(IndicatorWords.read(output("接通率", "≥95%")))).isEmpty();
  }

  /** Advice by the kind of rate: a completion rate's target is 100%, and each rate has its own formula. */
  @Test
  void adviceFitsTheKindOfRate() {
    assertThat(TargetRules.missing(IndicatorWords.read(output("物业巡检完成率", "无"))).get(0).suggestion())
        .isEqualTo("改为“100%”并写明计算公式：物业巡检完成率=实际完成数/计划完成数×100%");
    assertThat(TargetRules.missing(IndicatorWords.read(output("预算执行率", "无"))).get(0).suggestion())
        .isEqualTo("改为“100%”并写明计算公式：预算执行率=实际支出数/预算数×100%");
    assertThat(TargetRules.missing(IndicatorWords.read(output("验收合格率", "无"))).get(0).suggestion())
        .isEqualTo("改为“≥95%”并写明计算公式：验收合格率=合格数/检验（验收）总数×100%");
    assertThat(TargetRules.missing(IndicatorWords.read(output("系统故障率", "无"))).get(0).suggestion())
        .contains("≤5%").contains("系统故障率=故障时长/运行总时长×100%");
    // 1 written for 100%: all of it, not "≥100%"
    assertThat(check(output("档案整理完成率", "≥1")).get(0).suggestion()).startsWith("改为“100%”");
  }

  @Test
  void missingAnnualButPresentCycleIsNotMissing() {
    assertThat(TargetRules.missing(IndicatorWords.read(withCycle(output("接通率", "无"), "≥95%")))).isEmpty();
  }

  @Test
  void selfEvaluationRowsShareOneTarget() {
    Indicator packed = withEvaluation(output("培训场次", null), "114次", true);
    assertThat(TargetRules.missing(IndicatorWords.read(packed))).isEmpty();
    Indicator alone = withEvaluation(output("培训场次", null), "114次", false);
    assertThat(rules(TargetRules.missing(IndicatorWords.read(alone)))).containsExactly("target-missing");
    Indicator noActual = withEvaluation(output("培训场次", null), "无", true);
    assertThat(rules(TargetRules.missing(IndicatorWords.read(noActual)))).containsExactly("target-missing");
  }

  @Test
  void qualitativeTargetForANumber() {
    assertThat(rules(check(output("设备完好率", "良好")))).containsExactly("qualitative-for-number");
    assertThat(rules(check(output("随机检查次数（服务单位人员出勤情况）", "按要求检查")))).containsExactly("qualitative-for-number");
    // 服务质量 ends in 量 but asks for no number; 考核等次 ends in 次 but is a grade.
    assertThat(check(output("服务质量", "优"))).isEmpty();
    assertThat(check(output("政策解读考核等次", "优良"))).isEmpty();
    // A display indicator that mentions 满意度 is not a satisfaction figure.
    assertThat(check(indicator("效益指标", null, "实时展示群众满意度情况，显示数据排名", "能够实时展现"))).isEmpty();
  }

  @Test
  void satisfactionAsksForAPercentageButIsReportedOnce() {
    List<Finding> found = check(indicator("效益指标", null, "运维服务满意度", "优"));
    assertThat(rules(found)).containsExactly("satisfaction-not-threshold");
    assertThat(found.get(0).suggestion()).startsWith("改为“≥90%”并写明计算公式：运维服务满意度=");
  }

  @Test
  void rateOver100() {
    List<Finding> found = check(output("系统对接完成率", "120%"));
    assertThat(rules(found)).containsExactly("rate-over-100");
    assertThat(found.get(0).message()).contains("系统对接完成率").contains("120%");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(check(output("系统对接完成率", "≥100%"))).isEmpty();
    assertThat(rules(check(indicator("满意度指标", null, "服务对象满意度", "≥120%")))).containsExactly("rate-over-100");
    // Growth may exceed 100%.
    assertThat(check(indicator("效益指标", null, "年度业务增长率", "≥150%"))).isEmpty();
  }

  @Test
  void rateNotPercent() {
    List<Finding> found = check(output("普通话语音识别准确率", "≥85"));
    assertThat(rules(found)).containsExactly("rate-not-percent");
    assertThat(found.get(0).message()).contains("普通话语音识别准确率").contains("≥85");
    assertThat(found.get(0).suggestion()).startsWith("改为“≥85%”并写明计算公式：普通话语音识别准确率=准确数/总数×100%");
    assertThat(check(output("数据校验准确率", "≥0.97")).get(0).suggestion()).startsWith("改为“≥97%”");
    assertThat(check(indicator("效益指标", null, "人员流失率", "2人（含）以下")).get(0).suggestion()).contains("≤5%");
    // Physical rates are right without a %.
    assertThat(check(output("硬终端分辨率", "1080P"))).isEmpty();
    assertThat(check(output("可管理设备线路速率", "大于等于1000"))).isEmpty();
  }

  @Test
  void satisfactionThreshold() {
    assertThat(check(indicator("满意度指标", null, "服务对象满意度", "≥95%"))).isEmpty();
    assertThat(check(indicator("满意度指标", null, "服务对象满意度", "大于95%"))).isEmpty();
    assertThat(check(indicator("满意度指标", null, "服务对象满意度", "满意率不低于95%"))).isEmpty();
    for (String bad : new String[] {"95%", "满意", "80分以上", "≤95%", "90", "90%-95%"}) {
      List<Finding> found = check(indicator("满意度指标", null, "服务对象满意度", bad));
      assertThat(rules(found)).as(bad).containsExactly("satisfaction-not-threshold");
      assertThat(found.get(0).message()).as(bad).contains("服务对象满意度").contains(bad);
    }
    assertThat(check(indicator("满意度指标", null, "服务对象满意度", "95%")).get(0).suggestion()).startsWith("改为“≥95%”");
    assertThat(check(indicator("满意度指标", null, "通过第三方验收测评", "100%")).get(0).message()).contains("不是满意度调查结果");
  }

  @Test
  void periodsDisagree() {
    List<Finding> found = check(withCycle(output("物业巡检完成率", "≥95%"), "≥90%"));
    assertThat(rules(found)).containsExactly("periods-disagree");
    assertThat(found.get(0).message()).contains("≥95%").contains("≥90%");
    assertThat(check(withCycle(output("物业巡检完成率", "≥95%"), "≥95%"))).isEmpty();
    assertThat(rules(check(withCycle(output("物业巡检完成率", "≥95%"), "≥95次")))).containsExactly("periods-disagree");
    // A period count is the sum of its years.
    assertThat(check(withCycle(output("信息系统运维月报表", "12份"), "36份"))).isEmpty();
    assertThat(rules(check(withCycle(output("信息系统运维月报表", "12份"), "6份")))).containsExactly("periods-disagree");
    // Percentages do not add up over years.
    assertThat(rules(check(withCycle(output("接入率", "30%"), "90%")))).containsExactly("periods-disagree");
    assertThat(check(withCycle(output("服务质量", "优"), "优"))).isEmpty();
    assertThat(rules(check(withCycle(output("服务质量", "优"), "良")))).containsExactly("periods-disagree");
  }

  @Test
  void formulaIsAPositiveSignal() {
    List<Finding> found = check(withFormula(output("物业巡检完成率", "≥95%"), "物业巡检完成率=实际数/计划数*100%"));
    assertThat(rules(found)).containsExactly("good-formula");
    assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(Rule.isPositive(found.get(0))).isTrue();
  }

  @Test
  void missingTargetSilencesTheOtherTargetRules() {
    assertThat(rules(check(indicator("满意度指标", null, "服务对象满意度", "无")))).containsExactly("target-missing");
  }
}
