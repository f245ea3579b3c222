package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.junit.jupiter.api.Test;

class FlattenedTableTest {

  /** Pads a flattened line past the length at which a single line is taken for a whole table. */
  private static Row line(String text) {
    return new Row(7, List.of(text + " 说明" + " ".repeat(0) + "。".repeat(500)));
  }

  private static List<List<String>> indicatorRows(List<Row> rows) {
    return rows.stream().map(Row::cells).filter(c -> c.size() == 7 && !c.get(0).equals("一级指标")).toList();
  }

  @Test
  void pairsOneTuplePerWaitingNameInOrder() {
    List<String> warnings = new ArrayList<>();
    List<Row> rows = FlattenedTable.split(List.of(line(
        "自评表 (2021年度) 项目名称 公卫服务 实施单位 某卫生院 指标值 完成值 分值 得分 数量指标"
            + " 指标1:建立预防接种证 221人 221人 2 2 指标2:传染病报告 数 指标3:家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7")),
        warnings::add);
    assertThat(rows.get(0).cells()).containsExactly("自评表 (2021年度)");
    assertThat(rows).extracting(Row::cells).contains(List.of("项目名称", "公卫服务"), List.of("实施单位", "某卫生院"));
    assertThat(indicatorRows(rows)).containsExactly(
        List.of("", "数量指标", "建立预防接种证", "221人", "221人", "2", "2"),
        List.of("", "数量指标", "传染病报告数", "14例", "14例", "2", "2"),
        List.of("", "数量指标", "家庭医生签约率", "24694人", "22584人", "2", "1.7"));
    assertThat(rows).allMatch(r -> r.line() == 7);
  }

  @Test
  void keepsNamesWithoutValuesWhenTheCountsDoNotMatch() {
    List<String> warnings = new ArrayList<>();
    List<Row> rows = FlattenedTable.split(List.of(line(
        "完成值 得分 数量指标 指标1:居民健康档案 38508人 指标2:发放健康教育资料 不少于12 种 不少于6 种 116次 6次"
            + " 指标3:建立预防接种证 221人 221人 2 2")),
        warnings::add);
    assertThat(indicatorRows(rows)).containsExactly(
        List.of("", "数量指标", "居民健康档案", "", "", "", ""),
        List.of("", "数量指标", "发放健康教育资料", "", "", "", ""),
        List.of("", "数量指标", "建立预防接种证", "221人", "221人", "2", "2"));
    assertThat(warnings).singleElement().asString().contains("指标1、指标2").contains("cannot be paired");
  }

  @Test
  void shortLinesAndLinesWithoutNumberedNamesAreLeftAlone() {
    Row shortLine = new Row(1, List.of("指标1:甲 1 指标2:乙 2 指标3:丙 3"));
    Row prose = new Row(2, List.of("这是一段很长的说明。".repeat(80)));
    assertThat(FlattenedTable.split(List.of(shortLine, prose), w -> {})).containsExactly(shortLine, prose);
  }
}
