package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Indicator;
import org.jixiao.testing.FormatFixtures;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxSheetReaderTest {

  static byte[] seedDocx(SeedRows seed) throws Exception {
    return FormatFixtures.docx(seed.unitLine, seed.table);
  }

  @Test
  void seedTableReadsAsTheTextDoes() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] bytes = seedDocx(seed);
    assertThat(new DocxSheetReader().accepts(bytes)).isTrue();
    assertThat(new SpreadsheetSheetReader().accepts(bytes)).isFalse();
    List<Row> rows = new DocxSheetReader().read("x.docx", bytes).rows();
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4, 5);
    assertThat(rows.get(1).cells()).containsExactly(seed.unitLine);
    assertThat(rows.subList(2, 5)).extracting(Row::cells).containsExactlyElementsOf(seed.table);
    seed.assertSameAsSeed(Ingestor.standard().read("x.docx", bytes));
  }

  @Test
  void gridSpanAndVerticalMergeRepeatTheCell() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("项目名称：热线运维");
      String[][] cells = {
        {"一级指标", "二级指标", "三级指标", "指标值"},
        {"产出指标", "数量指标", "坐席数量", "≥100个"},
        {"", "数量指标", "话务总量", "1200万通"},
        {"", "质量指标", "接通率", "≥90%"},
      };
      XWPFTable table = doc.createTable(cells.length, 4);
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < 4; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      for (int r = 1; r < cells.length; r++) {
        XWPFTableCell cell = table.getRow(r).getCell(0);
        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(r == 1 ? STMerge.RESTART : STMerge.CONTINUE);
      }
      var last = table.createRow();
      last.getCell(0).setText("满意度指标");
      last.getCell(1).setText("群众满意度");
      last.getCell(3).setText("≥95%");
      last.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      last.removeCell(2);
      doc.write(out);
      bytes = out.toByteArray();
    }
    List<Row> rows = new DocxSheetReader().read("m.docx", bytes).rows();
    assertThat(rows.subList(2, 5)).allSatisfy(r -> assertThat(r.cell(0)).isEqualTo("产出指标"));
    assertThat(rows.get(5).cells()).containsExactly("满意度指标", "群众满意度", "群众满意度", "≥95%");
    assertThat(Ingestor.standard().read("m.docx", bytes).projects().get(0).indicators()).extracting(Indicator::level1)
        .containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
  }
}
