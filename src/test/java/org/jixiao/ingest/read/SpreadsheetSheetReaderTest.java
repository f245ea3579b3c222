package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.testing.FormatFixtures;
import org.junit.jupiter.api.Test;

class SpreadsheetSheetReaderTest {

  static byte[] seedWorkbook(SeedRows seed, Supplier<Workbook> create) throws Exception {
    return FormatFixtures.workbook(seed.unitLine, seed.table, create);
  }

  @Test
  void xlsxSeedTableReadsAsTheTextDoes() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] bytes = seedWorkbook(seed, XSSFWorkbook::new);
    assertThat(new SpreadsheetSheetReader().accepts(bytes)).isTrue();
    Sheet sheet = new SpreadsheetSheetReader().read("x.xlsx", bytes);
    assertThat(sheet.rows()).extracting(Row::line).containsExactly(1, 2, 4, 5, 6);
    assertThat(sheet.rows().get(4).cells()).containsExactlyElementsOf(seed.table.get(2).subList(0, 7));
    seed.assertSameAsSeed(Ingestor.standard().read("x.xlsx", bytes));
  }

  @Test
  void xlsSeedTableReadsAsTheTextDoes() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] bytes = seedWorkbook(seed, HSSFWorkbook::new);
    assertThat(new SpreadsheetSheetReader().accepts(bytes)).isTrue();
    assertThat(new SpreadsheetSheetReader().read("x.xls", bytes).rows().get(3).cells())
        .containsExactlyElementsOf(seed.table.get(1));
    seed.assertSameAsSeed(Ingestor.standard().read("x.xls", bytes));
  }

  @Test
  void mergedRegionsFillEveryCoveredCellAndLaterSheetsContinueTheNumbering() throws Exception {
    byte[] bytes;
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("指标");
      String[][] rows = {
        {"项目名称", "一级指标", "二级指标", "三级指标", "指标值"},
        {"热线运维", "产出指标", "数量指标", "坐席数量", "≥100个"},
        {"", "", "数量指标", "话务总量", "1200万通"},
        {"", "", "质量指标", "接通率", "≥90%"},
        {"", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
      sheet.addMergedRegion(new CellRangeAddress(1, 4, 0, 0));
      var second = wb.createSheet("说明");
      second.createRow(0).createCell(0).setCellValue(123456789012.0);
      second.getRow(0).createCell(1).setCellValue(17160681.0);
      wb.write(out);
      bytes = out.toByteArray();
    }
    List<Row> rows = new SpreadsheetSheetReader().read("m.xlsx", bytes).rows();
    assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(r.cells().subList(0, 2)).containsExactly("热线运维", "产出指标"));
    assertThat(rows.get(4).cells()).containsExactly("热线运维", "满意度指标", "服务对象满意度指标", "群众满意度", "≥95%");
    assertThat(rows.get(5).line()).isEqualTo(6);
    assertThat(rows.get(5).cells()).containsExactly("123456789012", "17160681");

    Document d = Ingestor.standard().read("m.xlsx", bytes);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("热线运维");
    assertThat(d.projects().get(0).indicators()).extracting(Indicator::level1)
        .containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
  }

  @Test
  void aTruncatedWorkbookIsRefusedAsCorrupt() throws Exception {
    byte[] bytes = seedWorkbook(SeedRows.load(), XSSFWorkbook::new);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    assertThat(new SpreadsheetSheetReader().accepts(truncated)).isTrue();
    assertThatThrownBy(() -> new SpreadsheetSheetReader().read("bad.xlsx", truncated))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("Excel 文件已损坏或加密 / the Excel file is corrupt or encrypted");
  }
}
