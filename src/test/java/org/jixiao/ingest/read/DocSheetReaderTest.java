package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

class DocSheetReaderTest {

  static byte[] fixture() throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/formats/merged-indicators.doc"));
  }

  @Test
  void paragraphsAndTableRowsInOrderWithMergedCellsRepeated() throws Exception {
    byte[] bytes = fixture();
    assertThat(new DocSheetReader().accepts(bytes)).isTrue();
    assertThat(new SpreadsheetSheetReader().accepts(bytes)).isFalse();
    List<Row> rows = new DocSheetReader().read("x.doc", bytes).rows().stream().filter(r -> !r.isBlank()).toList();
    assertThat(rows.get(0).cells()).containsExactly("2024年项目支出绩效目标表");
    assertThat(rows.get(1).cells()).containsExactly("项目名称：12345热线坐席外包服务");
    assertThat(rows.get(3).cells()).containsExactly("一级指标", "二级指标", "三级指标", "指标值");
    assertThat(rows.get(5).cells()).containsExactly("产出指标", "数量指标", "话务总量", "1200万通");
    assertThat(rows.get(7).cells()).containsExactly("滿意度指標", "服務對象滿意度指標", "群众满意度", "≥95%");
  }

  @Test
  void aWordFileIsReadWhateverItsExtension() throws Exception {
    // WPS Writer saves .wps in the Word 97–2003 format: the content decides, not the name.
    Document d = Ingestor.standard().read("申报表.wps", fixture());
    List<Indicator> indicators = d.projects().get(0).indicators();
    assertThat(d.projects().get(0).name()).isEqualTo("12345热线坐席外包服务");
    assertThat(indicators).extracting(Indicator::name).containsExactly("坐席数量", "话务总量", "接通率", "群众满意度");
    assertThat(indicators.get(2).level1()).isEqualTo("产出指标");
    assertThat(indicators.get(3).level1()).isEqualTo("满意度指标");
    assertThat(indicators.get(3).level1Raw()).isEqualTo("滿意度指標");
  }

  @Test
  void anExcelBinaryIsNotTakenForWordAndWpsSpreadsheetsReadAsExcel() throws Exception {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.createSheet("表");
      String[][] cells = {{"项目名称", "热线运维"}, {"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "质量指标", "接通率", "≥90%"}};
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          sheet.createRow(r).createCell(c);
        }
      }
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.getRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      wb.write(out);
      xls = out.toByteArray();
    }
    assertThat(new DocSheetReader().accepts(xls)).isFalse();
    Document d = Ingestor.standard().read("目标表.et", xls);
    assertThat(d.projects().get(0).indicators()).extracting(Indicator::name).containsExactly("接通率");
  }

  @Test
  void aDamagedWordFileIsReportedNotThrown() throws Exception {
    byte[] bytes = fixture();
    byte[] damaged = Arrays.copyOf(bytes, bytes.length / 2);
    Arrays.fill(damaged, 600, Math.min(damaged.length, 4000), (byte) 0x41);
    assertThatThrownBy(() -> new DocSheetReader().read("x.doc", damaged))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("Word 97–2003");
  }
}
