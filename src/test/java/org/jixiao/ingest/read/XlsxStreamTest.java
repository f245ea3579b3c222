package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/** The streamed .xlsx reading against POI's user model, which reads the whole workbook into objects. */
class XlsxStreamTest {

  private static final String[] FORMATS = {"General", "0.00", "0%", "0.0%", "yyyy-mm-dd", "#,##0", "@", "yyyy\"年\"m\"月\""};
  private static final String[] WORDS = {"产出指标", "数量指标", "  服务　对象\n满意度 ", "≥95%", "", " ", "项目名称", "1、接通率"};

  /**
   * Random workbooks (several sheets, an empty one, gaps, empty rows, merged regions, formats, dates,
   * booleans, formulas with cached results, error cells, rich text, cells past the column cap) read
   * to the same lines and cells both ways.
   */
  @Test
  void streamedRowsAreTheUserModelsRows() throws Exception {
    Random random = new Random(1022);
    for (int round = 0; round < 40; round++) {
      byte[] bytes = randomWorkbook(random);
      List<Row> expected;
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        expected = SpreadsheetSheetReader.rows(workbook);
      }
      List<Row> streamed = XlsxStream.rows(bytes, SpreadsheetSheetReader.MAX_CELLS);
      assertThat(streamed).as("round %d", round).containsExactlyElementsOf(expected);
    }
  }

  private static byte[] randomWorkbook(Random random) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<CellStyle> styles = new ArrayList<>();
      for (String format : FORMATS) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        styles.add(style);
      }
      int sheets = 1 + random.nextInt(3);
      for (int s = 0; s < sheets; s++) {
        var sheet = wb.createSheet("表" + s);
        if (random.nextInt(4) == 0) {
          continue; // an empty sheet
        }
        int rows = 1 + random.nextInt(12);
        for (int r = 0; r < rows; r++) {
          if (random.nextInt(5) == 0) {
            continue; // a gap
          }
          var row = sheet.createRow(r);
          int cells = random.nextInt(7);
          for (int c = 0; c < cells; c++) {
            int column = random.nextInt(10) == 0 ? 1000 + random.nextInt(5) : random.nextInt(8);
            var cell = row.createCell(column);
            switch (random.nextInt(7)) {
              case 0 -> cell.setCellValue(WORDS[random.nextInt(WORDS.length)]);
              case 1 -> {
                cell.setCellValue(random.nextBoolean() ? random.nextInt(1000) : random.nextDouble() * Math.pow(10, random.nextInt(14)));
                cell.setCellStyle(styles.get(random.nextInt(styles.size())));
              }
              case 2 -> cell.setCellValue(random.nextBoolean());
              case 3 -> {
                cell.setCellFormula(random.nextBoolean() ? "1+" + random.nextInt(100) : "\"完成\"&\"率\"");
                cell.setCellStyle(styles.get(random.nextInt(styles.size())));
              }
              case 4 -> cell.setCellErrorValue(FormulaError.NA.getCode());
              case 5 -> {
                XSSFRichTextString rich = new XSSFRichTextString("满意度≥90%");
                rich.applyFont(0, 3, wb.createFont());
                cell.setCellValue(rich);
              }
              default -> cell.setCellValue(random.nextInt(100) + "个");
            }
          }
        }
        for (int m = random.nextInt(3); m > 0; m--) {
          int first = random.nextInt(rows);
          int column = random.nextInt(6);
          // one region per row band, so that regions never overlap
          if (sheet.getMergedRegions().stream().noneMatch(x -> x.getLastRow() >= first)) {
            sheet.addMergedRegion(new CellRangeAddress(first, first + 1 + random.nextInt(3), column, column + random.nextInt(2)));
          }
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * A workbook of more rows than the cap is refused before it is parsed: its rows are counted on the
   * sheet's bytes (SheetXmlRows), and the reader and the ingestor say why.
   */
  @Test
  void aWorkbookPastTheRowCapIsRefused() throws Exception {
    byte[] bytes;
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      for (int r = 0; r < Sheet.MAX_ROWS + 50; r++) {
        sheet.createRow(r).createCell(0).setCellValue("产出指标");
      }
      wb.write(out);
      wb.dispose();
      bytes = out.toByteArray();
    }
    assertThatThrownBy(() -> XlsxStream.rows(bytes, SpreadsheetSheetReader.MAX_CELLS))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("行数过多");
    assertThatThrownBy(() -> Ingestor.standard().read("rows.xlsx", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("行数过多");
  }

  @Test
  void aWorkbookPastTheCellCapIsRefused() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("产出指标");
      sheet.createRow(3000);
      sheet.addMergedRegion(new CellRangeAddress(0, 2999, 0, 999));
      wb.write(out);
      bytes = out.toByteArray();
    }
    assertThatThrownBy(() -> new SpreadsheetSheetReader().read("cells.xlsx", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("单元格过多");
  }
}
