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

  @Test
  void aPieceOfTheWidthThatReadsAsAGradeRunsOnButACategoryIsNoValuesRest() {
    // Cells written one after another, ten characters to a line.
    List<Row> rows = rows("产出指标", "数量指标", "补贴非营利性民办幼儿", "园数量", "20个", "补贴民办园租用面积", "26970.7平方米", "质量指标",
        "参训学员结业考核通过", "率", "100%", "补贴覆盖民办幼儿园率", "≥90.91%", "时效指标", "补贴期限", "2020.1.1-2", "020.12.31",
        "成本指标", "补贴标准", "71.86元/平方米", "效益指标", "社会效益指标", "提升疫情防控期间民办", "幼儿园扶持力度", "显著提升了疫情期间对",
        "民办幼儿园的扶持力度", "园的发展。", "质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主");
    assertThat(texts(WrappedLines.join(rows))).containsExactly("产出指标", "数量指标", "补贴非营利性民办幼儿园数量", "20个", "补贴民办园租用面积",
        // a value exactly the width, then the next row's category: not one value
        "26970.7平方米", "质量指标",
        // a name and a target in words whose first pieces read as grades (考核通过, 显著提升)
        "参训学员结业考核通过率", "100%", "补贴覆盖民办幼儿园率", "≥90.91%", "时效指标", "补贴期限", "2020.1.1-2020.12.31",
        "成本指标", "补贴标准", "71.86元/平方米", "效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度",
        "显著提升了疫情期间对民办幼儿园的扶持力度园的发展。",
        // a target exactly the width and its actual, the same words: two cells, not a cell and its rest
        "质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主");
    assertThat(WrappedLines.valueGoesOn("26970.7平方", "米")).isTrue();
    assertThat(WrappedLines.valueGoesOn("26970.7平方米", "质量指标")).isFalse();
  }

  @Test
  void aWidthStandsOutAmongTheLengthsBesideItAndARestIsNotThePieceAboveAgain() {
    // A table of targets in words written cell by cell: every name is followed by words, at every length. No
    // length stands out, so nothing is a width; a target and its actual are the same words, not a cell and its rest.
    List<Row> rows = rows("以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", "可保证读者使用时长", "全天候可用", "全天候",
        "减轻参训人员经济负担", "有效减轻", "提高参训学员技术水平", "基本提高", "巩固脱贫攻坚成果", "有效巩固", "丰富市民文化活动", "明显丰富",
        "社会公益服务无经济效", "益", "改善群众居住环境条件", "明显改善", "保障困难群众基本生活", "有效保障", "推进乡村振兴战略", "稳步推进",
        "提升城市管理水平", "有所提升", "促进当地经济发展", "有效促进");
    List<String> joined = texts(WrappedLines.join(rows));
    assertThat(joined).contains("资源采购期以当年为主", "可保证读者使用时长", "全天候可用");
    assertThat(joined).filteredOn(t -> t.startsWith("资源采购期以当年为主")).containsExactly("资源采购期以当年为主", "资源采购期以当年为主");
  }

  @Test
  void aLineBrokenInsideAWordRunsOnWhateverTheWidthsFound() {
    // A small table written cell by cell, wrapped at ten characters: too few lines of the width to tell it, but
    // each break falls inside a word (提高, 水泥) or after a mark no cell ends with (an open bracket, 、).
    List<Row> rows = rows("产出指标", "数量指标", "宗教管理经费补助县(", "市、区)数量", "2", "质量指标", "呼家河至鲍家沟新建水", "泥路1条", "2km",
        "效益指标", "对满足人民群众日益提", "高的文化需求的可持续", "影响", "长期", "为困难群众提供救助、", "临时救助等服务", "有效保障");
    assertThat(texts(WrappedLines.join(rows))).containsExactly("产出指标", "数量指标", "宗教管理经费补助县(市、区)数量", "2", "质量指标",
        "呼家河至鲍家沟新建水泥路1条", "2km", "效益指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期", "为困难群众提供救助、临时救助等服务", "有效保障");
    // A long name and its target in words meet between words: two cells.
    List<Row> apart = rows("义务教育学校正常运转", "按要求完成当年的教育", "贯穿全年", "当年的所有时间", "非营利性民办园租房受益期限", "保障疫情期间需求");
    assertThat(WrappedLines.join(apart)).isSameAs(apart);
  }

  @Test
  void theRestsOfARowsCellsPrintedSideBySideAreLeftToTheirColumns() {
    // Under a row of several cells, a few lone lines are the rests of its wrapped cells, each back to its own
    // column (WrappedRows): two of them are not one cell's lines, however their words run on.
    List<Row> rows = new ArrayList<>(List.of(new Row(1, List.of("對舊有傳統市集,積極", "6場")), new Row(2, List.of("輔導轉型以優化公有市")),
        new Row(3, List.of("場的經營體質,推動「")), new Row(4, List.of("公民有市場競爭型補助")), new Row(5, List.of("計畫」(4%)"))));
    assertThat(WrappedLines.join(rows)).isSameAs(rows);
  }
}
