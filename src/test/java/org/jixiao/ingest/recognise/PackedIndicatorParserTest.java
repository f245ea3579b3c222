package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Provenance;
import org.junit.jupiter.api.Test;

class PackedIndicatorParserTest {

  static final Provenance AT = new Provenance("t.txt", 7);

  @Test
  void numberedListWithFormulaAndAnnualValues() {
    List<Indicator> list = PackedIndicatorParser.parse(
        "1、产出指标：物业巡检完成率（物业巡检完成率=实际数/计划数*100%），年度指标值：≥95%。2、产出指标：设备维修及时率，年度指标值：≥95%。3、效益指标：安全事故数，年度指标值：≤3。4、满意度指标：物业服务满意率，年度指标值：≥90%。",
        AT);
    assertThat(list).extracting(Indicator::name).containsExactly("物业巡检完成率", "设备维修及时率", "安全事故数", "物业服务满意率");
    assertThat(list).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
    assertThat(list.get(0).formula()).isEqualTo("物业巡检完成率=实际数/计划数*100%");
    assertThat(list.get(2).target(Period.ANNUAL).raw()).isEqualTo("≤3");
    assertThat(list).allSatisfy(i -> assertThat(i.source()).isEqualTo(AT));
  }

  @Test
  void numberingThatRestartsInsideTheCellKeepsEveryItem() {
    List<Indicator> list = PackedIndicatorParser.parse(
        "1、产出指标：电子证照用证数量，年度指标值：186个。2、满意度指标：通过第三方验收测评，年度指标值：通过第三方验收测评。1、产出指标：电子证照审核签发数量，年度指标值：14个。",
        AT);
    assertThat(list).extracting(Indicator::name).containsExactly("电子证照用证数量", "通过第三方验收测评", "电子证照审核签发数量");
  }

  @Test
  void levelTwoAndBothPeriods() {
    List<Indicator> list = PackedIndicatorParser.parse(
        "1、1-产出指标,11-数量指标,电子政务外网主干带宽；实施周期指标值:≥10000M,年度指标值:≥9000M; 2、3-满意度指标,31-服务对象满意度,视频会议满意率；实施周期指标值:≥90%,年度指标值:≥90%;",
        AT);
    assertThat(list).hasSize(2);
    Indicator bandwidth = list.get(0);
    assertThat(bandwidth.level2()).isEqualTo("数量指标");
    assertThat(bandwidth.target(Period.CYCLE).raw()).isEqualTo("≥10000M");
    assertThat(bandwidth.target(Period.ANNUAL).raw()).isEqualTo("≥9000M");
    assertThat(list.get(1).level1()).isEqualTo("满意度指标");
    assertThat(list.get(1).level2()).isEqualTo("服务对象满意度指标");
  }

  @Test
  void commaInsteadOfColonUnitHintsAndQualitativeMarkers() {
    List<Indicator> list = PackedIndicatorParser.parse(
        "1、产出指标：初步设计技术审查报告质量达标率，年度指标值，95%。2、效益指标：容灾备份恢复能力（定性），年度指标值：无。3、产出指标：工作日平均日巡检数(次/日)，年度指标值：≥2次/日。4、效益指标：重大事故发生数。，年度指标值：0次。5、产出指标：选定审图机构及时率（2个工作日），年度指标值：100%。",
        AT);
    assertThat(list).extracting(Indicator::name)
        .containsExactly("初步设计技术审查报告质量达标率", "容灾备份恢复能力", "工作日平均日巡检数", "重大事故发生数", "选定审图机构及时率（2个工作日）");
    assertThat(list.get(0).target().raw()).isEqualTo("95%");
    assertThat(list.get(1).target().isEmpty()).isTrue();
  }

  @Test
  void namesWithCommasKeepThem() {
    List<Indicator> list = PackedIndicatorParser.parse("6、效益指标：提高工作效率，减少会议路途时间的次数，年度指标值：50次。", AT);
    assertThat(list).singleElement().extracting(Indicator::name).isEqualTo("提高工作效率，减少会议路途时间的次数");
  }

  @Test
  void textWithoutItemsGivesNothing() {
    assertThat(PackedIndicatorParser.parse("保障全区电子政务外网安全稳定运行。", AT)).isEmpty();
    assertThat(PackedIndicatorParser.parse("", AT)).isEmpty();
    assertThat(PackedIndicatorParser.looksPacked("1、产出指标：x，年度指标值：1")).isTrue();
  }

  @Test
  void aNameThatStartsWithARangeIsNotALevelTwo() {
    // A generated corpus whose names began 1-6月… lost them as “level 2” labels; they are names.
    List<Indicator> list = PackedIndicatorParser.parse(
        "1、1-产出指标,1-6月工单办结率,年度指标值:≥95%; 2、1-产出指标,11-数量指标,7-12月回访次数,年度指标值:≥300次;",
        AT);
    assertThat(list).extracting(Indicator::name).containsExactly("1-6月工单办结率", "7-12月回访次数");
    assertThat(list.get(0).level2()).isNull();
    assertThat(list.get(1).level2()).isEqualTo("数量指标");
    assertThat(list.get(0).target(Period.ANNUAL).raw()).isEqualTo("≥95%");
  }
}
