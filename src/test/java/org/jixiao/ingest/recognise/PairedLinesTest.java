package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

class PairedLinesTest {

  /** A target table without category columns, one cell per line (宁夏 2021, a rental of state assets). */
  private static final List<String> TABLE = List.of(
      "项目名称", "国有资产出租", "指标名称", "指标值",
      "国有资产出租应交税费经费", "≤9.9万元",
      "门面数量", "=9间",
      "以合理的市场价出租", "保障",
      "按时交纳税费", "=1年",
      "出租闲置房屋,减少国有资产闲置率", "=100%",
      "保障承租人租金合理、门面闲置率低", "保障",
      "税务局对我单位税费缴纳及时、足额的满意度", "=100%",
      "填表人:张敏");

  private static List<Row> rows(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(new Row(i + 1, List.of(lines.get(i))));
    }
    return rows;
  }

  @Test
  void eachRowsLinesBecomeOneRowByTheirCount() {
    List<Row> joined = PairedLines.join(rows(TABLE));
    assertThat(joined.get(0).cells()).containsExactly("项目名称");
    assertThat(joined.get(2).cells()).containsExactly("指标名称", "指标值");
    assertThat(joined.get(3).cells()).containsExactly("国有资产出租应交税费经费", "≤9.9万元");
    assertThat(joined.get(5).cells()).containsExactly("以合理的市场价出租", "保障");
    assertThat(joined.get(5).line()).isEqualTo(9);
    // what follows the table stays a line of its own
    assertThat(joined.get(joined.size() - 1).cells()).containsExactly("填表人:张敏");
    assertThat(joined).hasSize(TABLE.size() - 8); // two heading lines and fourteen cells made eight rows
  }

  @Test
  void aTargetInWordsIsReadByItsPlace() throws Exception {
    List<Indicator> read = indicators(read(String.join("\n", TABLE) + "\n"));
    assertThat(read).extracting(Indicator::name).containsExactly("国有资产出租应交税费经费", "门面数量", "以合理的市场价出租", "按时交纳税费",
        "出租闲置房屋,减少国有资产闲置率", "保障承租人租金合理、门面闲置率低", "税务局对我单位税费缴纳及时、足额的满意度");
    assertThat(read.get(2).target().raw()).isEqualTo("保障");
    assertThat(read.get(3).target().raw()).isEqualTo("=1年");
  }

  @Test
  void aSelfEvaluationsRowsAreAsManyLinesAsItsColumns() {
    List<Row> joined = PairedLines.join(rows(List.of(
        "三级指标", "年度指标值", "实际完成值",
        "救助人数", "≥120人", "131人",
        "资金发放及时性", "及时", "及时",
        "救助对象满意度", "≥90%", "95%")));
    assertThat(joined).extracting(Row::cells).containsExactly(
        List.of("三级指标", "年度指标值", "实际完成值"),
        List.of("救助人数", "≥120人", "131人"),
        List.of("资金发放及时性", "及时", "及时"),
        List.of("救助对象满意度", "≥90%", "95%"));
  }

  @Test
  void aNameWrappedOverTwoLinesPutsAValueWhereANameStandsAndTheLinesStayAsTheyAre() {
    List<String> wrapped = new ArrayList<>(TABLE);
    wrapped.set(4, "国有资产出租应交");
    wrapped.add(5, "税费经费");
    List<Row> rows = rows(wrapped);
    assertThat(PairedLines.join(rows)).isSameAs(rows);
    // On the last row: its value is left over after the last whole row.
    List<String> lastWrapped = new ArrayList<>(TABLE);
    lastWrapped.set(16, "税务局对我单位税费缴纳及时、");
    lastWrapped.add(17, "足额的满意度");
    List<Row> last = rows(lastWrapped);
    assertThat(PairedLines.join(last)).isSameAs(last);
    // In the middle, where a row further down lost its empty target cell and the count comes out whole again: a
    // value stands where a name should, though most targets are still values.
    List<Row> shifted = rows(List.of("指标名称", "指标值", "门面数量", "=9间", "国有资产出租应交", "税费经费", "≤9.9万元",
        "以合理的市场价出租", "按时交纳税费", "=1年", "出租闲置房屋,减少国有资产闲置率", "=100%", "税务局对我单位税费缴纳及时、足额的满意度",
        "=100%", "承租户满意度", "≥95%"));
    assertThat(PairedLines.join(shifted)).isSameAs(shifted);
  }

  @Test
  void aTableWithCategoriesOrAnExplanationIsNoSuchTable() {
    List<String> categories = new ArrayList<>(TABLE);
    categories.add(4, "产出指标");
    List<Row> withCategory = rows(categories);
    assertThat(PairedLines.join(withCategory)).isSameAs(withCategory);
    // The header goes on before the names heading, scrambled in a flattened line: the table has categories.
    Row scrambled = new Row(4, List.of("一级指标 二级指标 数量指标 产出指标 三级指标 指标值 永安真武庙戏台 1处 文物安全巡查 416处 文物宣传教育短信 ≥3万条"));
    assertThat(PairedLines.join(List.of(scrambled))).containsExactly(scrambled);
    List<Row> headerAbove = rows(TABLE.subList(2, TABLE.size()));
    headerAbove.add(0, new Row(0, List.of("二级指标")));
    assertThat(PairedLines.join(headerAbove)).isSameAs(headerAbove);
    List<Row> explained = rows(List.of("指标名称", "指标值", "指标解释", "门面数量", "=9间", "反映出租门面的数量", "按时交纳税费", "=1年",
        "反映交纳税费的时限", "服务对象满意度", "≥95%", "反映承租人的满意程度"));
    assertThat(PairedLines.join(explained)).isSameAs(explained);
  }

  @Test
  void namesWithoutValuesAreNoRowsOfValues() {
    // Two lines of words each: a list of names and notes, not a table whose targets are given.
    List<Row> words = rows(List.of("指标名称", "指标值", "按要求合理支付", "按在校学生数核算经费", "义务教育学校正常运转", "按要求完成教学工作",
        "贯穿全年", "当年的所有时间", "不增加百姓负担", "资金由自治区保障"));
    assertThat(PairedLines.join(words)).isSameAs(words);
  }

  @Test
  void aFlattenedTableIsCutAtItsSpacesAndItsRowsJoined() {
    Row line = new Row(3, List.of("项目名称 国有资产出租 " + String.join(" ", TABLE.subList(2, TABLE.size()))));
    List<Row> joined = PairedLines.join(List.of(new Row(1, List.of("项目支出绩效目标表")), line));
    assertThat(joined).extracting(Row::cells).startsWith(
        List.of("项目支出绩效目标表"), List.of("项目名称 国有资产出租"), List.of("指标名称", "指标值"),
        List.of("国有资产出租应交税费经费", "≤9.9万元"));
    assertThat(joined.get(5).cells()).containsExactly("以合理的市场价出租", "保障");
    assertThat(joined.get(joined.size() - 1).cells()).containsExactly("填表人:张敏");
    assertThat(joined).extracting(Row::line).containsOnly(1, 3);
  }
}
