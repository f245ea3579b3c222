package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  static List<Row> read(String text) {
    return TextSheetReader.rows(text);
  }

  @Test
  void aSpreadsheetSavedAsCsvIsReadRecordByRecord() {
    String csv = """
        项目名称,12345热线坐席外包服务,,
        一级指标,二级指标,三级指标,指标值
        产出指标,数量指标,"话务量（含夜间, 节假日）",≥120万通
        ,质量指标,"接通率
        （15秒内）",≥90%
        满意度指标,服务对象满意度指标,"群众对""热线""满意度",≥95%
        """;
    List<Row> rows = read(csv);
    assertThat(rows).extracting(Row::cells).containsExactly(
        List.of("项目名称", "12345热线坐席外包服务", "", ""),
        List.of("一级指标", "二级指标", "三级指标", "指标值"),
        List.of("产出指标", "数量指标", "话务量（含夜间, 节假日）", "≥120万通"),
        List.of("", "质量指标", "接通率\n（15秒内）", "≥90%"),
        List.of("满意度指标", "服务对象满意度指标", "群众对\"热线\"满意度", "≥95%"));
    // Each row keeps the line it starts on; the cell with a line break spans lines 4 and 5.
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4, 6);
  }

  @Test
  void textWithCommasInItIsNotCsv() {
    String prose = """
        项目概况,本项目为热线外包服务,共分三期,按年度考核
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t话务量\t≥120万通
        """;
    List<Row> rows = read(prose);
    assertThat(rows.get(0).cells()).containsExactly("项目概况,本项目为热线外包服务,共分三期,按年度考核");
    assertThat(rows.get(2).cells()).containsExactly("产出指标", "数量指标", "话务量", "≥120万通");
    // Prose lines with commas, however many, are one cell each.
    List<Row> sentences = read("""
        为残疾人提供基本康复服务,为精神病患者提供服药补贴,对特殊学校学生进行资助。
        本项目共分三期,2020年度,2021年度。
        绩效目标:提高服务质量,缩短等待时间,提升满意度,降低投诉。
        """);
    assertThat(sentences).filteredOn(r -> !r.cells().isEmpty()).hasSize(3).allSatisfy(r -> assertThat(r.cells()).hasSize(1));
  }

  @Test
  void aBrokenQuoteFallsBackToLines() {
    List<Row> rows = read("\"一级指标\",\"二级指标\",\"三级指标\"\n\"产出指标\",\"数量指标\",\"话务量\n\"满意度指标\",\"满意度\",\"群众满意度\"x\"y\n");
    assertThat(rows).isNotEmpty();
  }
}
