package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.junit.jupiter.api.Test;

class FlattenedLineTest {

  static final Row ROW = new Row(4, List.of("…"));
  static final List<ColumnRole> SELF_EVALUATION = List.of(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);

  static PartialIndicator name(String text) {
    return new PartialIndicator(ROW, text, "", "数量指标", List.of(), false);
  }

  static Cell value(String text) {
    return Cell.of(text, 4);
  }

  @Test
  void namesWaitingTogetherTakeOneTupleEachInOrder() {
    FlattenedLine line = new FlattenedLine(ROW, SELF_EVALUATION, false);
    List<PartialIndicator> read = new ArrayList<>();
    line.name(name("指标24:传染病报告数"), read::add);
    line.name(name("指标25:家庭医生签约率"), read::add);
    List.of("14例", "14例", "2", "2", "24694人", "22584人", "2", "1.7").forEach(v -> line.value(value(v)));
    List<String> warnings = new ArrayList<>();
    line.end(read::add, warnings::add);
    assertThat(read).hasSize(2);
    assertThat(read.get(1).values.get(ColumnRole.TARGET)).isEqualTo("24694人");
    assertThat(read.get(1).values.get(ColumnRole.SCORE)).isEqualTo("1.7");
    assertThat(warnings).isEmpty();
  }

  @Test
  void countsThatDisagreeLeaveTheNamesWithoutValuesAndSaySo() {
    // The header's cells stand among the items further on (二级指标 三级指标 … 分值 得分): the line is out of order.
    FlattenedLine line = new FlattenedLine(ROW, SELF_EVALUATION, true);
    List<PartialIndicator> read = new ArrayList<>();
    line.name(name("指标1:居民健康档案"), read::add);
    line.value(value("38508人"));
    line.name(name("指标2:发放健康教育资料"), read::add);
    // A unit cut from its number by a space goes back to it; 116次 is no plain weight.
    List.of("不少于12", "种", "不少于6", "种", "116次", "6次").forEach(v -> line.value(value(v)));
    line.heading(read::add);
    line.name(name("指标6:举办健康教育宣传咨询活动"), read::add);
    List.of("12次", "96次", "1", "1").forEach(v -> line.value(value(v)));
    line.name(name("指标1:提升国家基本"), read::add);
    List<String> warnings = new ArrayList<>();
    line.end(read::add, warnings::add);
    assertThat(read).extracting(p -> p.name).containsExactly("指标1:居民健康档案", "指标2:发放健康教育资料", "指标6:举办健康教育宣传咨询活动");
    assertThat(read.get(0).values).isEmpty();
    assertThat(read.get(1).values).isEmpty();
    assertThat(read.get(2).values.get(ColumnRole.TARGET)).isEqualTo("12次");
    assertThat(warnings).anyMatch(w -> w.contains("指标1、指标2") && w.contains("cannot be paired"));
    assertThat(warnings).anyMatch(w -> w.contains("提升国家基本") && w.contains("not read"));
  }

  @Test
  void aLoneNameOwnsTheFewerValuesAfterItInTheHeadersOrderWhereTheLineKeepsItsRows() {
    FlattenedLine line = new FlattenedLine(ROW, SELF_EVALUATION, false);
    List<PartialIndicator> read = new ArrayList<>();
    line.name(name("任务1:诊断准确率"), read::add);
    // The weight and the score glued into one number (55): three values for four roles.
    List.of("95%以上", "97%", "55").forEach(v -> line.value(value(v)));
    line.name(name("任务2:健康档案管理率"), read::add);
    List.of("100%", "完成", "33").forEach(v -> line.value(value(v)));
    List<String> warnings = new ArrayList<>();
    line.end(read::add, warnings::add);
    assertThat(read).extracting(p -> p.values.get(ColumnRole.TARGET)).containsExactly("95%以上", "100%");
    assertThat(read).extracting(p -> p.values.get(ColumnRole.ACTUAL)).containsExactly("97%", "完成");
    assertThat(warnings).isEmpty();

    FlattenedLine scrambled = new FlattenedLine(ROW, SELF_EVALUATION, true);
    List<PartialIndicator> unpaired = new ArrayList<>();
    scrambled.name(name("任务1:诊断准确率"), unpaired::add);
    List.of("95%以上", "97%", "55").forEach(v -> scrambled.value(value(v)));
    scrambled.end(unpaired::add, warnings::add);
    assertThat(unpaired.get(0).values).isEmpty();
    assertThat(FlattenedLine.headingsAmongItems(List.of(Cell.of("指标1:居民健康档案", 4), Cell.of("38508人", 4), Cell.of("三级指标", 4)))).isTrue();
    assertThat(FlattenedLine.headingsAmongItems(List.of(Cell.of("三级指标", 4), Cell.of("指标1:居民健康档案", 4), Cell.of("38508人", 4)))).isFalse();
  }

  @Test
  void scatteredHeadingsGiveTheTupleInTheTemplatesOrder() {
    List<Cell> cells = List.of(Cell.of("得分", 1), Cell.of("完成值", 1), Cell.of("指标值", 1), Cell.of("分值", 1));
    assertThat(FlattenedLine.tupleRoles(null, cells)).containsExactlyElementsOf(SELF_EVALUATION);
    assertThat(FlattenedLine.tupleRoles(null, List.of())).containsExactly(ColumnRole.TARGET);
  }

  @Test
  void namesBeforeTheFirstQualityCategoryAreTheQuantityOnes() {
    PartialIndicator bare = new PartialIndicator(ROW, "居民健康档案", "", "", List.of(), false);
    assertThat(FlattenedLine.inferLevel2(List.of(bare), "质量指标")).isTrue();
    assertThat(bare.level2).isEqualTo("数量指标");
    PartialIndicator other = new PartialIndicator(ROW, "x", "", "", List.of(), false);
    assertThat(FlattenedLine.inferLevel2(List.of(other), "时效指标")).isFalse();
  }
}
