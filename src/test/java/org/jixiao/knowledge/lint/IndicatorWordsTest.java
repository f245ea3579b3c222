package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;

import org.junit.jupiter.api.Test;

/** How the rules read indicator names. */
class IndicatorWordsTest {

  @Test
  void coreIsTheMeasuredPart() {
    assertThat(IndicatorWords.core("随机检查次数（服务单位人员出勤情况）")).isEqualTo("随机检查次数");
    assertThat(IndicatorWords.core("服务满意度指标")).isEqualTo("服务满意度");
    assertThat(IndicatorWords.core("提升改革显示度影响力，被国家省市级媒体报导次数")).isEqualTo("被国家省市级媒体报导次数");
    assertThat(IndicatorWords.core("是否满足性能指标")).isEqualTo("是否满足性能");
    assertThat(IndicatorWords.core(null)).isEmpty();
  }

  @Test
  void namesThatAskForNumbers() {
    assertThat(IndicatorWords.asksForNumber("物业巡检完成率")).isTrue();
    assertThat(IndicatorWords.asksForNumber("系统并发数")).isTrue();
    assertThat(IndicatorWords.asksForNumber("年度互联网受理量")).isTrue();
    assertThat(IndicatorWords.asksForNumber("平均处理时长")).isTrue();
    assertThat(IndicatorWords.asksForNumber("群众满意度")).isTrue();
    assertThat(IndicatorWords.asksForNumber("服务质量")).isFalse();
    assertThat(IndicatorWords.asksForNumber("编制政务数据共享目录")).isFalse();
    assertThat(IndicatorWords.asksForNumber("实时展示我区热线工单办理群众满意度情况，显示数据排名")).isFalse();
  }

  @Test
  void satisfactionAndComplaints() {
    assertThat(IndicatorWords.isSatisfaction(indicator("效益指标", null, "运维服务满意度", "优"))).isTrue();
    assertThat(IndicatorWords.isSatisfaction(indicator("满意度指标", null, "被投诉次数", "≤10次"))).isTrue();
    assertThat(IndicatorWords.isSatisfaction(indicator("效益指标", null, "群众满意度情况展示", "能够展示"))).isFalse();
    assertThat(IndicatorWords.complaintCount(IndicatorWords.read(indicator("满意度指标", null, "被投诉次数", "≤10次")))).isEqualTo("被投诉次数");
    assertThat(IndicatorWords.complaintCount(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "收到投诉少于5件")))).isEqualTo("收到投诉少于5件");
    assertThat(IndicatorWords.complaintCount(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥90%")))).isNull();
  }

  @Test
  void direction() {
    var rate = indicator("产出指标", null, "设备维修及时率", "95%");
    assertThat(IndicatorWords.higherIsBetter(IndicatorWords.read(rate), rate.target())).isTrue();
    var failures = indicator("产出指标", null, "系统故障率", "1%");
    assertThat(IndicatorWords.higherIsBetter(IndicatorWords.read(failures), failures.target())).isFalse();
    var uptime = indicator("效益指标", null, "对外服务微信小程序无故障运行率", "95%");
    assertThat(IndicatorWords.higherIsBetter(IndicatorWords.read(uptime), uptime.target())).isTrue();
    var ceiling = indicator("效益指标", null, "安全事故数", "≤3");
    assertThat(IndicatorWords.higherIsBetter(IndicatorWords.read(ceiling), ceiling.target())).isFalse();
  }
}
