package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Provenance;
import org.jixiao.ingest.value.TargetParser;
import org.junit.jupiter.api.Test;

class IndicatorMatchingTest {

  static Indicator read(String name, String target) {
    return new Indicator("i", "产出指标", null, name, null, null, null,
        target == null ? List.of() : List.of(TargetParser.parse(target, Period.ANNUAL)), null, new Provenance("f", 1));
  }

  static HandCount.Expected counted(String name, String target) {
    return new HandCount.Expected("产出指标", name, target, "");
  }

  @Test
  void namesArePairedOneToOneExactFirstThenWithoutBracketsThenNearlyWhole() {
    List<IndicatorMatching.Pair> pairs = IndicatorMatching.pair(
        List.of(counted("物业巡检完成率（=实际数/计划数）", "≥95%"), counted("指标1:机柜数量", "≥77台"), counted("游客满意度", "≥90%"),
            counted("服务周期内空气质量", "优良")),
        List.of(read("机柜数量", "≥77台"), read("物业巡检完成率", ">=95%"), read("游客满意度", "≥90%"), read("游客满意度", "≥90%")));
    assertThat(pairs.get(0).read().name()).isEqualTo("物业巡检完成率");
    assertThat(pairs.get(1).read().name()).isEqualTo("机柜数量");
    assertThat(pairs.get(2).read()).isNotNull();
    assertThat(pairs.get(3).read()).as("a name read twice counts once").isNull();
  }

  @Test
  void aNameCutOrRunOnByMoreThanAFifthIsNotTheSame() {
    assertThat(IndicatorMatching.sameName("残疾学生家庭负担率", "残疾学生家庭负担率有所减轻对家庭负担减轻情况较大得10分", 2)).isFalse();
    assertThat(IndicatorMatching.sameName("受益建档立卡贫困人口数量", "受益建档立卡贫困人口数", 2)).isTrue();
  }

  @Test
  void targetsAgreeWhateverTheWidthsAndSpellingsOfTheirSigns() {
    assertThat(IndicatorMatching.sameTarget(">=98%", TargetParser.parse("≥98％", Period.ANNUAL))).isTrue();
    assertThat(IndicatorMatching.sameTarget("≥ 95 %", TargetParser.parse("≥95%", Period.ANNUAL))).isTrue();
    assertThat(IndicatorMatching.sameTarget("≥95%", TargetParser.parse("≥90%", Period.ANNUAL))).isFalse();
    assertThat(IndicatorMatching.sameTarget("", null)).isTrue();
  }
}
