package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.testing.FormatFixtures;
import org.junit.jupiter.api.Test;

class HtmlSheetReaderTest {

  static String html(SeedRows seed) {
    return FormatFixtures.html(seed.unitLine, seed.table);
  }

  @Test
  void seedTableReadsAsTheTextDoes() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] bytes = html(seed).getBytes(StandardCharsets.UTF_8);
    Sheet sheet = new HtmlSheetReader().read("x.html", bytes);
    assertThat(sheet.rows()).extracting(Row::line).containsExactly(1, 2, 3, 4, 5);
    assertThat(sheet.rows().get(1).cells()).containsExactly(seed.unitLine);
    assertThat(sheet.rows().subList(2, 5)).extracting(Row::cells).containsExactlyElementsOf(seed.table);
    seed.assertSameAsSeed(Ingestor.standard().read("x.html", bytes));
  }

  @Test
  void mergedCellsRepeatInEveryCoveredPosition() throws Exception {
    String page = """
        <html><body><p>项目名称：热线运维</p>
        <table>
          <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
          <tr><td rowspan="3">产出指标</td><td rowspan=2>数量指标</td><td>坐席数量</td><td>≥100个</td></tr>
          <tr><td>话务总量<br>（全年）</td><td>1200万通</td></tr>
          <tr><td>质量指标</td><td>接通率</td><td>≥90%</td></tr>
          <tr><td>满意度指标</td><td colspan="2">群众满意度</td><td>≥95%</td></tr>
        </table></body></html>
        """;
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    List<Row> rows = new HtmlSheetReader().read("m.html", bytes).rows();
    assertThat(rows.get(0).cells()).containsExactly("项目名称：热线运维");
    assertThat(rows.subList(2, 5)).allSatisfy(r -> assertThat(r.cell(0)).isEqualTo("产出指标"));
    assertThat(rows.get(3).cells()).containsExactly("产出指标", "数量指标", "话务总量 （全年）", "1200万通");
    assertThat(rows.get(4).cells()).containsExactly("产出指标", "质量指标", "接通率", "≥90%");
    assertThat(rows.get(5).cells()).containsExactly("满意度指标", "群众满意度", "群众满意度", "≥95%");

    Document d = Ingestor.standard().read("m.html", bytes);
    assertThat(d.projects().get(0).indicators()).extracting(Indicator::level1)
        .containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
  }

  @Test
  void aPageWithoutATableIsRefused() {
    byte[] bytes = "<html><body><p>没有表格</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(new HtmlSheetReader().accepts(bytes)).isTrue();
    assertThatThrownBy(() -> new HtmlSheetReader().read("n.html", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("网页中没有表格 / no table in the HTML page");
  }

  @Test
  void hugeSpansAreRefused() {
    byte[] bytes = "<table><tr><td colspan=100000>x</td></tr></table>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new HtmlSheetReader().read("s.html", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("网页表格的合并单元格过大");
  }

  @Test
  void plainTextIsNotHtml() {
    assertThat(new HtmlSheetReader().accepts("项目名称\t总计\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
