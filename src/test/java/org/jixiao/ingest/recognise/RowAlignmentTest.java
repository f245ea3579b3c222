package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowAlignmentTest {

  static final List<ColumnRole> COLUMNS = Schema.of(List.of("单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", "权重")
      .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();

  static List<Cell> row(String... cells) {
    return List.of(cells).stream().map(c -> Cell.of(c, 2)).toList();
  }

  @Test
  void aFullRowIsInPlace() {
    assertThat(RowAlignment.shift(COLUMNS, row("马踏镇", "村组干部报酬", "330", "按时发放", "效益指标", "社会效益指标", "维护社会稳定", "≥95%", "10"))).isZero();
  }

  @Test
  void aContinuationRowThatLostItsMergedCellsIsShiftedBack() {
    assertThat(RowAlignment.shift(COLUMNS, row("产出指标", "时效指标", "维持时效", "≥1年", "20"))).isEqualTo(4);
    assertThat(RowAlignment.shift(COLUMNS, row("", "质量指标", "按时发放", "100%", "10"))).isEqualTo(4);
  }

  @Test
  void aRowThatLostCellsInItsMiddleHasNoPlace() {
    // Sign and unit columns left empty and dropped: the target sits where the weight should be.
    List<ColumnRole> columns = Schema.of(List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    assertThat(RowAlignment.shift(columns, row("产出指标", "质量指标", "按时发放", "", "100", "%", "10"))).isZero();
    assertThat(RowAlignment.shift(columns, row("产出指标", "数量指标", "补助人数", "定性", "优"))).isEqualTo(RowAlignment.NONE);
  }

  @Test
  void aNameAndASentenceTargetLeftOfTrailingEmptyCellsAreTheNameAndTarget() {
    // 绩 效 指 标 spans the block as a label: a row's first text is not under it, and a sentence is a target.
    List<ColumnRole> columns = Schema.of(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    assertThat(RowAlignment.shift(columns, row("促进学前教育普及普惠优质发展", "显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。", "", "", "")))
        .isEqualTo(3);
    assertThat(RowAlignment.shift(columns, row("补贴发放合规率", "≥95%", "", "", ""))).isEqualTo(3);
  }

  @Test
  void whereTwoShiftsFitEquallyTheShiftOfTheTablesPreviousRowWins() {
    List<ColumnRole> columns = Schema.of(List.of("一级指标", "二级指标", "指标名称", "目标值", "完成值")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    List<Cell> row = row("", "考核任务完成及时", "1-6期培训结束后及时考核", "1-2期未能及时培训");
    assertThat(RowAlignment.shift(columns, row)).isZero();
    assertThat(RowAlignment.shift(columns, row, 1)).isEqualTo(1);
  }

  @Test
  void aDateWhereTheNameStandsKeepsTheRowsPlaceUnderItsHeader() {
    List<ColumnRole> columns = Schema.of(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    assertThat(RowAlignment.shift(columns, row("2022年全年", "≥360天", "≥360天"), 2)).isEqualTo(2);
    assertThat(RowAlignment.shift(columns, row("95", "≥360天", "≥360天"), 2)).isNotEqualTo(2);
  }

  @Test
  void aRowOfTwoHalvesThatLostItsLevel2CellsHasTheSecondNameUnderTheYearsName() {
    List<ColumnRole> columns = Schema.of(List.of("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    // Whole rows are in place by a shift, as before.
    assertThat(RowAlignment.places(columns, row("产出指标", "数量指标", "购买标准试剂", "≥100个", "数量指标", "购买标准试剂", "≥120个"), RowAlignment.NONE))
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    // The 二级 column between the halves was merged away: only skipping it puts both names under 三级指标.
    assertThat(RowAlignment.places(columns, row("购买标准试剂", "≥100个", "购买标准试剂", "≥120个", "", ""), RowAlignment.NONE))
        .containsExactly(2, 3, 5, 6, -1, -1);
    // Only merged category columns are skipped between cells: a row that lost its target has no place by gaps.
    assertThat(RowAlignment.gapped(columns, row("购买标准试剂", "数量指标", "购买标准试剂", "≥120个"))).isNull();
  }

  @Test
  void aRowPlacedUnderItsHeaderIsNamedByItsColumnsCategoryWordsUnderOtherHeadingsByTheirLevel() {
    List<ColumnRole> columns = Schema.of(List.of("考核维度", "考核内容", "指标名称", "指标值")
        .stream().map(h -> Cell.of(h, 1)).toList(), true).columns();
    assertThat(columns.get(0)).isNull();
    java.util.Map<ColumnRole, String> at = RowAlignment.byRole(columns, row("产出指标", "数量指标", "补助人数", "≥100人"), new int[] {0, 1, 2, 3});
    assertThat(at).containsEntry(ColumnRole.LEVEL1, "产出指标").containsEntry(ColumnRole.LEVEL2, "数量指标")
        .containsEntry(ColumnRole.LEVEL3, "补助人数").containsEntry(ColumnRole.TARGET, "≥100人");
    // Words that are no category under such a heading, and cells placed nowhere, name nothing.
    at = RowAlignment.byRole(columns, row("项目实施", "补助人数", "≥100人", "10"), new int[] {1, 2, 3, -1});
    assertThat(at).doesNotContainKeys(ColumnRole.LEVEL1, ColumnRole.LEVEL2).containsEntry(ColumnRole.LEVEL3, "补助人数").hasSize(2);
  }
}
