package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

  static Schema of(String... headings) {
    return Schema.of(List.of(headings).stream().map(h -> Cell.of(h, 1)).toList(), true);
  }

  @Test
  void theRolesAfterTheNameInTheirOrder() {
    Schema s = of("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施");
    assertThat(s.isIndicatorTable()).isTrue();
    assertThat(s.hasActuals()).isTrue();
    assertThat(s.tail()).containsExactly(ColumnRole.WEIGHT, ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.SCORE, ColumnRole.DESCRIPTION);
  }

  @Test
  void aGluedHeaderWithNoTargetHeadingHasItRunIntoTheExplanations() {
    // 一级指标二级指标三级指标指标值说明: the cutter reads the longer heading, 指标值说明; with no target heading beside it,
    // the copy glued 指标值 and 说明 together. Where the cells stand apart, 指标值说明 heads one column.
    List<Cell> glued = CellCutter.cells(1, List.of("一级指标二级指标三级指标指标值说明"));
    assertThat(glued).extracting(Cell::text).containsExactly("一级指标", "二级指标", "三级指标", "指标值说明");
    assertThat(Schema.of(glued, false).tail()).containsExactly(ColumnRole.TARGET, ColumnRole.DESCRIPTION);
    assertThat(of("一级指标", "二级指标", "三级指标", "指标值说明").tail()).containsExactly(ColumnRole.DESCRIPTION);
    assertThat(Schema.of(CellCutter.cells(1, List.of("一级指标二级指标三级指标目标值指标值说明")), false).tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.DESCRIPTION);
  }

  @Test
  void anUnknownHeadingRightAfterAKnownTargetInAScoredHeaderHeadsTheActuals() {
    assertThat(of("三级指标", "年度指标值", "实际成效", "分值", "得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    // Not without a score (a target table's weight and a column of its own), nor where the actual's heading is known.
    assertThat(of("三级指标", "年度指标值", "数据来源", "分值").tail()).containsExactly(ColumnRole.TARGET, ColumnRole.WEIGHT);
    assertThat(of("三级指标", "年度指标值", "实际完成值", "数据来源", "得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.SCORE);
    // Composed of the vocabulary's parts: what was done before what it gives.
    assertThat(ColumnRole.of("实际完成指标值")).isEqualTo(ColumnRole.ACTUAL);
    assertThat(ColumnRole.of("全年完成数")).isEqualTo(ColumnRole.ACTUAL);
    assertThat(ColumnRole.of("实际达到值")).isEqualTo(ColumnRole.ACTUAL);
    assertThat(ColumnRole.of("完成数量")).isNull();
  }

  @Test
  void anUnknownHeadingBetweenTheTargetsAndThePointsStaysInTheHeaderRun() {
    // A flattened line, cut at its spaces as the sheet's cells are.
    List<Cell> line = CellCutter.cells(1, SpacedCells.split("一级指标 二级指标 三级指标 年度指标值 实际成效 分值 得分 产出指标 数量指标 救助人数 ≥120人 131人 10 10"));
    int[] run = HeaderCells.headingRun(line);
    assertThat(run).containsExactly(0, 7);
    assertThat(Schema.of(line.subList(run[0], run[1]), false).tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
  }

  @Test
  void aYearsCompletedValueIsTheActual() {
    assertThat(of("三级指标", "年度指标值", "全年完成值", "分值", "得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
  }

  @Test
  void twoHalvesMakeTheLeftOneTheCyclesAndTheRightOneThisYears() {
    Schema s = of("一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)");
    assertThat(s.columns()).containsExactly(ColumnRole.LEVEL1, ColumnRole.CYCLE_LEVEL2, ColumnRole.CYCLE_LEVEL3, ColumnRole.CYCLE_TARGET,
        ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.TARGET);
    assertThat(s.nameColumn()).isEqualTo(5);
  }

  @Test
  void aGeneralHeadingNamesTheIndicatorsOnlyWhereNothingMoreSpecificDoes() {
    assertThat(of("绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值").nameColumn()).isEqualTo(1);
    assertThat(of("评价指标", "分值", "评价标准").nameColumn()).isEqualTo(0);
    Schema both = of("目标名称", "目标值", "评价指标", "标准值");
    assertThat(both.nameColumn()).isEqualTo(0);
    assertThat(both.columns().get(2)).isNull();
  }

  @Test
  void aNamesColumnTheHeaderLeavesUnnamedIsTheOneTheNamesStandIn() {
    // Under category headings, the first column after them that names no role, empty or headed by an unknown word.
    assertThat(of("一级指标", "二级指标", "", "指标值").nameColumn()).isEqualTo(2);
    assertThat(of("一级指标", "二级指标", "考核内容", "年度指标值", "实际完成值").nameColumn()).isEqualTo(2);
    // A general heading over an empty one (merged over two columns) spans the level 2 and the names.
    assertThat(of("评价内容", "绩效内容", "", "绩效目标值", "实际完成值", "累计完成率").columns()).containsExactly(
        null, ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.COMPLETION);
    // Of two general headings, the later: the earlier spans the sections.
    assertThat(of("评价内容", "评价指标(分值)", "指标说明", "评分标准").nameColumn()).isEqualTo(1);
  }

  @Test
  void aSelfEvaluationsValueHeadingsAloneHeadIndicatorsButAGoalsTwoDoNot() {
    // 绩效目标值 | 实际完成值 | 累计完成率 cut from a flattened line whose words before them were glued to the text above.
    Schema cut = Schema.of(cells("绩效目标值", "实际完成值", "累计完成率"), false);
    assertThat(cut.isIndicatorTable()).isTrue();
    assertThat(cut.tail()).containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.COMPLETION);
    assertThat(Schema.of(cells("预期目标", "实际完成情况"), false).isIndicatorTable()).isFalse();
    assertThat(Schema.of(cells("年度总体目标", "预期目标", "实际完成情况"), false).isIndicatorTable()).isFalse();
  }

  private static List<Cell> cells(String... texts) {
    return List.of(texts).stream().map(h -> Cell.of(h, 1)).toList();
  }

  @Test
  void aProjectPerRowTable() {
    Schema s = of("项目名称（资金使用单位）", "总计", "财政拨款", "绩效目标", "绩效指标");
    assertThat(s.isProjectTable()).isTrue();
    assertThat(s.isIndicatorTable()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aHeadingWordStartingWhatAnIndicatorMeasuresIsAName() {
    org.assertj.core.api.Assertions.assertThat(ColumnRole.of("项目资金(万元)")).isEqualTo(ColumnRole.TOTAL);
    org.assertj.core.api.Assertions.assertThat(ColumnRole.of("项目资金年成本")).isNull();
    org.assertj.core.api.Assertions.assertThat(ColumnRole.of("年度指标值")).isEqualTo(ColumnRole.TARGET);
  }

  @Test
  void theStandardBesideATargetIsAnExplanationsHeading() {
    // 湖北's 指标值 | 指标标准或依据 | 2021年实际实现值: words about the target, not a name or a value.
    assertThat(of("一级指标", "二级指标", "三级指标", "指标值", "指标标准或依据").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.DESCRIPTION);
  }

  @Test
  void headingWordsAreComposedAsFormsComposeThem() {
    // A period or stage before a value's own word: 年初指标值 / 年终完成值 (湖北), 全年目标值, 考核指标值.
    assertThat(of("三级指标", "年初指标值", "年终完成值", "分值", "自评分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    assertThat(of("三级指标", "预期目标", "实际完成", "权重", "自评得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    assertThat(of("三级指标", "全年目标值", "全年实际完成数", "标准分", "实际得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    assertThat(ColumnRole.of("绩效指标值")).isEqualTo(ColumnRole.TARGET);
    assertThat(ColumnRole.of("绩效指标")).isEqualTo(ColumnRole.INDICATORS);
    assertThat(ColumnRole.of("全年完成情况")).isEqualTo(ColumnRole.ACTUAL);
    // Data that merely starts with such words stays data.
    assertThat(ColumnRole.of("实际完成率")).isNull();
    assertThat(ColumnRole.of("年度目标完成率")).isNull();
  }

  @Test
  void twoHeadingsGluedAreNoOneHeading() {
    assertThat(ColumnRole.of("指标名称指标值")).isNull();
    assertThat(ColumnRole.of("指标名称")).isEqualTo(ColumnRole.LEVEL3);
    // Two words of one role are one heading.
    assertThat(ColumnRole.of("权重分值")).isEqualTo(ColumnRole.WEIGHT);
  }

  @Test
  void aTargetsHeadingTheVocabularyDoesNotKnowHeadsTheTargetsAllTheSame() {
    // Every indicator table has targets: the first heading after the name that names nothing (or names the
    // goal, 年度目标) heads them; before a weight or score, the next one heads the actuals.
    assertThat(of("一级指标", "二级指标", "三级指标", "年度绩效目标").tail()).containsExactly(ColumnRole.TARGET);
    assertThat(of("一级指标", "二级指标", "三级指标", "年度目标", "全年完成情况", "分值", "得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    assertThat(of("三级指标", "考核要求", "达成情况说明", "分值", "得分").tail())
        .containsExactly(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    // A header that names its targets keeps its unnamed columns unnamed.
    assertThat(of("三级指标", "指标值", "计算方法").columns()).containsExactly(ColumnRole.LEVEL3, ColumnRole.TARGET, null);
  }

  @Test
  void withNoLevelColumnsTheIndicatorsHeadingNamesTheNames() {
    assertThat(of("序号", "绩效指标", "指标值").nameColumn()).isEqualTo(1);
    assertThat(of("序号", "绩效指标", "指标值").tail()).containsExactly(ColumnRole.TARGET);
    // Over level columns it spans them and names nothing itself.
    assertThat(of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值").nameColumn()).isEqualTo(3);
  }
}
