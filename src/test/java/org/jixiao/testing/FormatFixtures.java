package org.jixiao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes one table (a unit line above a header row and project rows) as .xlsx/.xls, .docx, PDF and
 * HTML, so that the reader tests and the upload tests use the same small real fixtures.
 *
 * <p>PDF: Chinese text uses a non-embedded font (as many government PDFs do)
 * whose codes are the UTF-16 code units and whose ToUnicode map says so: every glyph is 1 em wide, so
 * columns are placed exactly, and no CJK font file is needed to write or read the fixture. (PDFBox
 * cannot embed the CFF-outlined Noto CJK fonts, subset or whole.)
 */
public final class FormatFixtures {

  private FormatFixtures() {}

  /** A unit line and the table under it: a header row, then one row per project. */
  public record Table(String unitLine, List<List<String>> rows) {}

  /** The first two projects of seed 000 (广州市市长专线电话受理中心), cells as in the seed. */
  public static Table seedTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("data/000-guangzhou-12345-hotline-centre.txt"), StandardCharsets.UTF_8);
    String unit = lines.stream().filter(l -> l.startsWith("单位名称：")).findFirst().orElseThrow();
    List<List<String>> table = new ArrayList<>();
    for (String start : List.of("项目名称（资金使用单位）", "业务用房物业管理费\t", "其他运行经费\t")) {
      table.add(List.of(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow().split("\t", -1)));
    }
    return new Table(unit, table);
  }

  /** The rows in a workbook: the unit line in row 2, the header in row 4, budgets as numbers. */
  public static byte[] workbook(String unitLine, List<List<String>> table, Supplier<Workbook> create) throws Exception {
    try (Workbook wb = create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("绩效目标表");
      sheet.createRow(0).createCell(0).setCellValue("项目支出绩效目标表");
      sheet.createRow(1).createCell(0).setCellValue(unitLine);
      CellStyle twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      for (int r = 0; r < table.size(); r++) {
        var row = sheet.createRow(3 + r);
        List<String> cells = table.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (r > 0 && (c == 1 || c == 2) && !v.isEmpty()) {
            var cell = row.createCell(c);
            cell.setCellValue(Double.parseDouble(v));
            cell.setCellStyle(twoDecimals);
          } else if (!v.isEmpty()) {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  public static byte[] docx(String unitLine, List<List<String>> table) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("项目支出绩效目标表");
      doc.createParagraph().createRun().setText(unitLine);
      int columns = table.get(0).size();
      XWPFTable written = doc.createTable(table.size(), columns);
      for (int r = 0; r < table.size(); r++) {
        for (int c = 0; c < columns; c++) {
          written.getRow(r).getCell(c).setText(table.get(r).get(c));
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static final float SIZE = 8;

  /** The seed rows on one wide page, each cell at its column's x, left-aligned, 30 pt between columns. */
  public static byte[] pdf(String unitLine, List<List<String>> table) throws Exception {
    int columns = table.get(0).size();
    float[] widths = new float[columns];
    for (List<String> row : table) {
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
    show(content, 20, 260, unitLine);
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < columns; c++) {
        if (!table.get(r).get(c).isEmpty()) {
          show(content, x[c], 220 - 20 * r, table.get(r).get(c));
        }
      }
    }
    return page(content, x[columns - 1] + widths[columns - 1] + 40, 300);
  }

  /**
   * A table whose cells may wrap: a cell's lines (split at {@code \n}) go one under the other, 10 pt
   * apart, and the next row starts 20 pt below its row's last line, as a PDF printed from a word
   * processor lays them out.
   */
  public static byte[] pdfWrapped(List<List<String>> table) throws Exception {
    int columns = table.get(0).size();
    float[] widths = new float[columns];
    for (List<String> row : table) {
      for (int c = 0; c < columns; c++) {
        for (String part : row.get(c).split("\n")) {
          widths[c] = Math.max(widths[c], part.length() * SIZE);
        }
      }
    }
    float[] x = new float[columns];
    x[0] = 20;
    for (int c = 1; c < columns; c++) {
      x[c] = x[c - 1] + widths[c - 1] + 30;
    }
    StringBuilder content = new StringBuilder();
    float y = 560;
    for (List<String> row : table) {
      int height = 1;
      for (int c = 0; c < columns; c++) {
        String[] parts = row.get(c).split("\n");
        height = Math.max(height, parts.length);
        for (int k = 0; k < parts.length; k++) {
          if (!parts[k].isEmpty()) {
            show(content, x[c], y - 10 * k, parts[k]);
          }
        }
      }
      y -= 10 * (height - 1) + 20;
    }
    return page(content, x[columns - 1] + widths[columns - 1] + 40, 600);
  }

  private static byte[] page(StringBuilder content, float width, float height) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(new PDRectangle(width, height));
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

  public static String html(String unitLine, List<List<String>> table) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>t</title><style>td{}</style></head><body>\n");
    b.append("<h2>项目支出绩效目标表</h2>\n<p>").append(unitLine).append("</p>\n<table border=1>\n");
    for (int r = 0; r < table.size(); r++) {
      b.append("<tr>");
      for (String cell : table.get(r)) {
        String tag = r == 0 ? "th" : "td";
        b.append('<').append(tag).append('>').append(cell.replace("&", "&amp;").replace("<", "&lt;")).append("</").append(tag).append('>');
      }
      b.append("</tr>\n");
    }
    return b.append("</table></body></html>").toString();
  }
}
