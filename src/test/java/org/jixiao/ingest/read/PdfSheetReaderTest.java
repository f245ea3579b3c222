package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jixiao.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/**
 * PDF fixtures are written here. Chinese text uses a non-embedded font (as many government PDFs do)
 * whose codes are the UTF-16 code units and whose ToUnicode map says so: every glyph is 1 em wide, so
 * columns are placed exactly, and no CJK font file is needed to write or read the fixture. (PDFBox
 * cannot embed the CFF-outlined Noto CJK fonts, subset or whole.)
 */
class PdfSheetReaderTest {

  static final float SIZE = 8;

  /** The seed rows on one wide page, each cell at its column's x, left-aligned, 30 pt between columns. */
  static byte[] seedPdf(SeedRows seed) throws Exception {
    int columns = seed.table.get(0).size();
    float[] widths = new float[columns];
    for (List<String> row : seed.table) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length() * SIZE);
      }
    }
    float[] x = new float[columns];
    x[0] = 20;
    for (int c = 1; c < columns; c++) {
      x[c] = x[c - 1] + widths[c - 1] + 30;
    }
    StringBuilder content = new StringBuilder();
    show(content, 20, 260, seed.unitLine);
    for (int r = 0; r < seed.table.size(); r++) {
      for (int c = 0; c < columns; c++) {
        if (!seed.table.get(r).get(c).isEmpty()) {
          show(content, x[c], 220 - 20 * r, seed.table.get(r).get(c));
        }
      }
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(new PDRectangle(x[columns - 1] + widths[columns - 1] + 40, 300));
      doc.addPage(page);
      PDResources resources = new PDResources();
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), unicodeFont(doc));
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      PDStream stream = new PDStream(doc);
      try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
        os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void show(StringBuilder content, float x, float y, String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append(String.format("%04X", (int) c));
    }
    content.append("BT /F1 ").append(SIZE).append(" Tf ").append(x).append(' ').append(y)
        .append(" Td <").append(hex).append("> Tj ET\n");
  }

  /** A Type0 font, Identity-H, not embedded, every glyph 1000 units wide, codes mapped to themselves. */
  private static COSDictionary unicodeFont(PDDocument doc) throws Exception {
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "FixtureCJK");
    descriptor.setInt(COSName.FLAGS, 4);
    COSArray bbox = new COSArray();
    for (int v : new int[] {0, -200, 1000, 800}) {
      bbox.add(COSInteger.get(v));
    }
    descriptor.setItem(COSName.FONT_BBOX, bbox);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 800);
    descriptor.setInt(COSName.DESCENT, -200);
    descriptor.setInt(COSName.CAP_HEIGHT, 700);
    descriptor.setInt(COSName.STEM_V, 80);

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
    systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, "FixtureCJK");
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, 1000);
    cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

    StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int high = 0; high < 256; high++) {
      if (high >= 0xD8 && high <= 0xDF) {
        continue;
      }
      cmap.append(String.format("1 beginbfrange\n<%02X00> <%02XFF> <%02X00>\nendbfrange\n", high, high, high));
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    COSStream toUnicode = doc.getDocument().createCOSStream();
    try (OutputStream os = toUnicode.createOutputStream()) {
      os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
    }

    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "FixtureCJK");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    font.setItem(COSName.TO_UNICODE, toUnicode);
    return font;
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

  @Test
  void aPdfWithoutTextIsRefused() throws Exception {
    byte[] bytes = blankPdf();
    assertThat(new PdfSheetReader().accepts(bytes)).isTrue();
    assertThatThrownBy(() -> new PdfSheetReader().read("blank.pdf", bytes))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("PDF 中没有可提取的文字（可能是扫描件）/ no text in the PDF (scanned?)");
  }
}
