package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "产出指标|产出指标",
      "1-产出指标|产出指标",
      "产出指标 (40分)|产出指标",
      "效益指标（40分）|效益指标",
      "3-满意度指标|满意度指标",
      "社会公众或服务对象满意度指标|满意度指标",
      "预算执行过程（20分）|预算执行",
      "预期产出指标|产出指标",
      "效果指标|效益指标",
      "导向指标|NULL",
      "产出指标得分小计 (上限不超过40分)|NULL",
      "自评结论|NULL"})
  void level1(String raw, String expected) {
    assertThat(Levels.level1(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "11-数量指标|数量指标|产出指标",
      "12-质量指标|质量指标|产出指标",
      "22-社会效益|社会效益指标|效益指标",
      "31-服务对象满意度|服务对象满意度指标|满意度指标",
      "可持续发展影响指标|可持续影响指标|效益指标",
      "社会公众或服务对象满意度指标|服务对象满意度指标|满意度指标",
      "生态环境成本指标|生态环境成本指标|成本指标",
      "时效指标|时效指标|产出指标"})
  void level2AndItsParent(String raw, String expected, String parent) {
    assertThat(Levels.level2(raw)).isEqualTo(expected);
    assertThat(Levels.parentOf(expected)).isEqualTo(parent);
  }
}
