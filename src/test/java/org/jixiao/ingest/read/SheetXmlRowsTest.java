package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SheetXmlRowsTest {

  private static int count(String xml, int limit) throws IOException {
    return SheetXmlRows.count(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), limit);
  }

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<dimension ref=\"A1:C1048576\"/><sheetData>" + rows + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";
  }

  @Test
  void rowsWithAValueCountAndFormattedBlankRowsDoNot() throws IOException {
    String xml = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>95</v></c></row>"
        + "<row r=\"2\" s=\"3\" customFormat=\"1\"><c r=\"A2\" s=\"3\"/></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>产出指标</t></is></c></row>"
        + "<row r=\"4\" spans=\"1:3\"></row>"
        + "<row r=\"5\"><c r=\"C5\" t=\"str\"><f>A1</f><v>x</v></c></row>");
    assertThat(count(xml, 100)).isEqualTo(3);
  }

  @Test
  void namespacePrefixesAndSplitReadsAreHandled() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 5000; r++) {
      rows.append("<x:row r=\"").append(r).append("\">\n  <x:c r=\"A").append(r).append("\"><x:v>").append(r).append("</x:v></x:c></x:row>");
    }
    String xml = sheet(rows.toString()).replace("<worksheet", "<x:worksheet").replace("</worksheet>", "</x:worksheet>");
    // one byte at a time: every tag name is cut at some read boundary
    InputStream trickle = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    assertThat(SheetXmlRows.count(trickle, 10_000)).isEqualTo(5000);
  }

  @Test
  void theScanStopsOnePastTheLimit() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 50; r++) {
      rows.append("<row><c><v>1</v></c></row>");
    }
    assertThat(count(sheet(rows.toString()), 10)).isEqualTo(11);
    assertThat(count(sheet(rows.toString()), 50)).isEqualTo(50);
  }

  @Test
  void commentsAndClosingTagsAreNotRows() throws IOException {
    assertThat(count(sheet("<!-- <row><c><v>1</v></c></row> --><row><c><v>1</v></c></row></row>"), 10)).isEqualTo(1);
  }
}
