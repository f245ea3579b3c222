package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.FormatFixtures;
import org.junit.jupiter.api.Test;

class PdfSheetReaderTest {

  static byte[] seedPdf(SeedRows seed) throws Exception {
    return FormatFixtures.pdf(seed.unitLine, seed.table);
  }

  @Test
  void seedTableReadsAsTheTextDoes() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] bytes = seedPdf(seed);
    assertThat(new PdfSheetReader().accepts(bytes)).isTrue();
    List<Row> rows = new PdfSheetReader().read("x.pdf", bytes).rows();
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4);
    assertThat(rows.get(0).cells()).containsExactly(seed.unitLine);
    assertThat(rows.get(1).cells()).containsExactlyElementsOf(seed.table.get(0));
    // Empty cells between filled ones keep their column; trailing empty ones do not exist in a PDF.
    assertThat(rows.get(2).cells()).containsExactlyElementsOf(seed.table.get(1));
    seed.assertSameAsSeed(Ingestor.standard().read("x.pdf", bytes));
  }

  /** An encrypted PDF that needs a user password to open. */
  static byte[] encryptedPdf() throws Exception {
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(20, 700);
        s.showText("project  budget");
        s.endText();
      }
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** One blank page: what a scan without OCR looks like to a text extractor. */
  static byte[] blankPdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void encryptedPdfIsRefused() throws Exception {
    byte[] bytes = encryptedPdf();
    assertThatThrownBy(() -> new PdfSheetReader().read("e.pdf", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("PDF 已加密 / the PDF is encrypted");
  }

  /**
   * Found by BinaryFormatFuzzTest: the seed PDF with one line break of its ToUnicode map lost
   * ({@code <7500> <75FF7700> <77FF> <7700>}), which PDFBox would expand for some two billion codes.
   */
  @Test
  void aDamagedFontMapIsRefusedInsteadOfHanging() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fuzz/pdf-runaway-tounicode-range.pdf"));
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> new PdfSheetReader().read("f.pdf", bytes))
            .isInstanceOf(UnreadableFileException.class)
            .hasMessageContaining("ToUnicode"));
  }

  @Test
  void aPdfWithoutTextIsRefused() throws Exception {
    byte[] bytes = blankPdf();
    assertThat(new PdfSheetReader().accepts(bytes)).isTrue();
    assertThatThrownBy(() -> new PdfSheetReader().read("blank.pdf", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("PDF 中没有可提取的文字（可能是扫描件）/ no text in the PDF (scanned?)");
  }

  @Test
  void cellsThatWrapOverSeveralLinesAreJoinedIntoTheirRow() throws Exception {
    byte[] pdf = org.jixiao.testing.FormatFixtures.pdfWrapped(List.of(
        List.of("一级指标", "二级指标", "三级指标", "指标值"),
        List.of("产出指标", "数量指标", "农村义务教育学校\n改造覆盖率", "100%"),
        List.of("", "质量指标", "校舍维修改造质量\n合格率（竣工验收\n一次通过）", "≥95%"),
        List.of("满意度指标", "服务对象\n满意度指标", "学生家长满意度", "≥90%"),
        List.of("效益指标", "社会效益指标", "义务教育均衡发展", "稳步提高")));
    List<Row> rows = new PdfSheetReader().read("w.pdf", pdf).rows();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1).cells()).containsExactly("产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%");
    assertThat(rows.get(2).cells()).containsExactly("", "质量指标", "校舍维修改造质量合格率（竣工验收一次通过）", "≥95%");
    assertThat(rows.get(3).cells()).containsExactly("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%");
    var d = org.jixiao.ingest.Ingestor.standard().read("w.pdf", pdf);
    assertThat(d.projects().get(0).indicators()).extracting(org.jixiao.model.Indicator::name)
        .containsExactly("农村义务教育学校改造覆盖率", "校舍维修改造质量合格率（竣工验收一次通过）", "学生家长满意度", "义务教育均衡发展");
  }

  @Test
  void aTableWithOneLineSpacingIsLeftAsItIs() throws Exception {
    byte[] pdf = org.jixiao.testing.FormatFixtures.pdfWrapped(List.of(
        List.of("一级指标", "二级指标", "三级指标", "指标值"),
        List.of("产出指标", "数量指标", "覆盖率", "100%"),
        List.of("", "", "合格率", "≥95%"),
        List.of("", "质量指标", "", ""),
        List.of("", "", "及时率", "100%")));
    assertThat(new PdfSheetReader().read("o.pdf", pdf).rows()).hasSize(5);
  }
}
