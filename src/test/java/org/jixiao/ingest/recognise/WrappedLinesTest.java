package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {

  static List<Row> rows(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new Row(i + 1, List.of(lines[i])));
    }
    return rows;
  }

  private static List<String> texts(List<Row> rows) {
    return rows.stream().map(r -> r.cells().get(0)).toList();
  }

  @Test
  void linesOfAColumnsWidthFollowedByTextAreOneCell() {
    // A column 12 characters wide.
    List<Row> joined = WrappedLines.join(rows("产出指标", "省级财政专项资金投入成本", "控制率(%)", "≤100%", "宗教管理经费补助县(市、",
        "区)数量", "2", "截至2026年12月底,", "项目开展率(%)", "≥100%", "开展修复工程(个)", "≥1"));
    assertThat(texts(joined)).containsExactly("产出指标", "省级财政专项资金投入成本控制率(%)", "≤100%", "宗教管理经费补助县(市、区)数量", "2",
        "截至2026年12月底,项目开展率(%)", "≥100%", "开展修复工程(个)", "≥1");
    // A value the width broke inside a number or its unit.
    assertThat(texts(WrappedLines.join(rows("省级财政专项资金投入成本", "控制率(%)", "≤100%", "宗教管理经费补助县(市、", "区)数量", "2",
        "截至2026年12月底,", "项目开展率(%)", "≥100%", "保障期限", "2020年1月--202", "0年11月", "清扫保洁道路面积", "1346.0088万平方", "米",
        "补贴期限", "2020.1.1-202", "0.12.31"))))
        .containsExactly("省级财政专项资金投入成本控制率(%)", "≤100%", "宗教管理经费补助县(市、区)数量", "2", "截至2026年12月底,项目开展率(%)",
            "≥100%", "保障期限", "2020年1月--2020年11月", "清扫保洁道路面积", "1346.0088万平方米", "补贴期限", "2020.1.1-2020.12.31");
    // The joined cell keeps its first line's number, for provenance.
    assertThat(joined.get(1).line()).isEqualTo(2);
  }

  @Test
  void aValueGoesOnIntoTheRestOfItsNumberOrItsUnitOnly() {
    assertThat(WrappedLines.valueGoesOn("2020.1.1-202", "0.12.31")).isTrue();
    assertThat(WrappedLines.valueGoesOn("1346.0088万平方", "米")).isTrue();
    assertThat(WrappedLines.valueGoesOn("2025年12", "月")).isTrue(); // the unit cut off after the number
    assertThat(WrappedLines.valueGoesOn("≥600", "人次")).isTrue();
    assertThat(WrappedLines.valueGoesOn("100", "群众满意度")).isFalse(); // a name after a value is no unit of it
    assertThat(WrappedLines.valueGoesOn("95%", "100%")).isFalse();
  }

  @Test
  void namesThatHappenToBeAsLongAsEachOtherAreNotJoined() {
    // Two lines of one length followed by text, a label repeated above each table, headings with their
    // points: none is a column's width.
    List<Row> rows = rows("保障人民群众基本文化权益", "影响程度明显", "项目实施是否产生经济价值", "否", "813-潼南区五桂镇", "单位:万元",
        "813-潼南区五桂镇", "单位:万元", "813-潼南区五桂镇", "当年预算", "水稻种植情况(40分)", "种植面积", "提升耕地质量(35分)", "培育耕层",
        "基础设施维护(15分)", "设施管护");
    assertThat(WrappedLines.join(rows)).isSameAs(rows);
  }
}
