package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapeTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "时效指标", "經濟效益指標", "效益指", "度指", "服务对象满", "(10分", "（5分）",
      "博物馆改造项目项目类型新增项目项目分类其他项目资金用途业务类", "某中学2023年项目绩效自评表公开",
      "渝财(2022)", "闽财农指〔2025〕58号", "单位:万元", "金额单位：元", "207101天津市河北区人民法院",
      "事业收入:指事业单位开展专业业务活动及辅助活动取得的收入", "(2025年度)", "（2019年）", "(2021-2023年)"})
  void whatCuttingLeavesIsNoName(String text) {
    assertThat(NameShape.isNotAName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Names that share words with categories or labels: a qualified category, a satisfaction
      // indicator named by its category, a name holding one label word.
      "恢复时间目标", "服务满意度指标", "服务对象满意度", "群众满意度", "社会效益", "质量合格率",
      "项目名称规范率", "2020年12月完成", "1-6期培训结束后及时考核", "(1)路灯维护数量", "2022年全年", "建设期(2021)", "12345热线接通率", "120急救站", "(2025年度)完成率", "指标1:指导农户数量", "培训覆盖率:指导到户"})
  void namesStay(String name) {
    assertThat(NameShape.isNotAName(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"(50分)实际完成率|实际完成率", "（3分）资金到位率|资金到位率", "资金到位率|资金到位率"})
  void pointsAHeadingLeftAtTheStartAreTakenOff(String pair) {
    String[] p = pair.split("\\|");
    assertThat(NameShape.withoutLeadingPoints(p[0])).isEqualTo(p[1]);
  }
}
