package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.rules;

import java.util.List;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/** Where indicators are filed: level 2 under level 1, complaints, inputs. */
class CategoryRulesTest {

  private static List<Finding> check(Indicator indicator) {
    return new IndicatorRules(Peers.NONE).check(indicator);
  }

  @Test
  void level2OfAnotherLevel1() {
    List<Finding> found = check(indicator("效益指标", "数量指标", "服务企业数量", "≥180家"));
    assertThat(rules(found)).containsExactly("level2-mismatch");
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).message()).contains("数量指标").contains("效益指标").contains("产出指标");
    assertThat(rules(check(indicator("产出指标", "社会效益指标", "服务企业数量", "≥180家")))).containsExactly("level2-mismatch");
    assertThat(rules(check(indicator("满意度指标", "质量指标", "服务对象满意度", "≥90%")))).containsExactly("level2-mismatch");
  }

  @Test
  void standardAndOlderNamesAreAccepted() {
    assertThat(check(indicator("产出指标", "数量指标", "服务企业数量", "≥180家"))).isEmpty();
    assertThat(check(indicator("产出指标", "成本指标", "单位成本", "≤20元"))).isEmpty();
    assertThat(check(indicator("效益指标", "社会效益", "单位联网率", "≥90%"))).isEmpty();
    assertThat(check(indicator("效益指标", "可持续发展影响指标", "单位联网率", "≥90%"))).isEmpty();
    assertThat(check(indicator("满意度指标", "社会公众或服务对象满意度指标", "服务对象满意度", "≥90%"))).isEmpty();
    assertThat(check(indicator("效益指标", "服务对象满意度指标", "群众满意度", "≥90%"))).isEmpty();
    assertThat(check(indicator("成本指标", "经济成本指标", "单位成本", "≤20元"))).isEmpty();
    // A level 2 nobody knows is not judged.
    assertThat(check(indicator("产出指标", "其他指标", "服务企业数量", "≥180家"))).isEmpty();
  }

  @Test
  void complaintCountUnderSatisfaction() {
    List<Finding> found = check(indicator("满意度指标", null, "被投诉次数", "≤10次"));
    assertThat(rules(found)).containsExactly("complaint-as-satisfaction");
    assertThat(found.get(0).message()).contains("被投诉次数");
    assertThat(found.get(0).suggestion()).contains("≥90%").contains("≤10次");
    assertThat(rules(check(indicator("满意度指标", null, "服务对象满意度", "收到投诉少于5件")))).containsExactly("complaint-as-satisfaction");
    // The same count as an outcome is fine.
    assertThat(check(indicator("效益指标", null, "邮政网点政务服务被投诉次数", "≤10次"))).isEmpty();
  }

  @Test
  void budgetExecutionAsAnOutput() {
    List<Finding> found = check(indicator("产出指标", "数量指标", "预算执行率", "≥95%"));
    assertThat(rules(found)).containsExactly("input-as-result");
    assertThat(found.get(0).message()).contains("预算执行率").contains("产出指标");
    assertThat(rules(check(indicator("效益指标", null, "资金到位率", "100%")))).containsExactly("input-as-result");
    assertThat(rules(check(indicator("产出指标", null, "控制在预算内", "100%")))).containsExactly("input-as-result");
    assertThat(rules(check(indicator("产出指标", null, "信息化建设开发经费分拨拨付率", "95%")))).containsExactly("input-as-result");
    assertThat(rules(check(indicator("产出指标", null, "项目资金支出", "≤500万元")))).containsExactly("input-as-result");
    // 成本指标 is where costs belong.
    assertThat(check(indicator("成本指标", "经济成本指标", "项目资金支出", "≤500万元"))).isEmpty();
    assertThat(check(indicator("产出指标", null, "物业巡检完成率", "≥95%"))).isEmpty();
  }
}
