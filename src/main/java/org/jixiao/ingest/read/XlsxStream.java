package org.jixiao.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import org.jixiao.util.Deadline;

/**
 * Reads an .xlsx workbook by streaming its sheets through POI's event API (SAX), with the same
 * result as reading it through the user model ({@link SpreadsheetSheetReader}): same lines, cells,
 * merged fills and number formats. The user model keeps every cell of the workbook as objects, about
 * 5 GB for a 7.6 MB file of a million one-cell rows; here memory follows the text a file holds, and
 * reading stops as soon as the row or cell cap is passed.
 *
 * <p>The package is opened from a temporary file, so that its parts are inflated while they are read
 * rather than all at once (POI's zip-bomb guard applies to each part as it is read).
 */
final class XlsxStream {

  private static final Pattern ERROR_VALUE = Pattern.compile("ERROR:#[A-Z0-9/!?]+");

  private XlsxStream() {}

  static List<Row> rows(byte[] content, int maxCells) throws IOException, OpenXML4JException, SAXException, UnreadableFileException {
    Path file = Files.createTempFile("jixiao-xlsx-", ".xlsx");
    try {
      Files.write(file, content);
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        return rows(pkg, maxCells);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<Row> rows(OPCPackage pkg, int maxCells) throws IOException, OpenXML4JException, SAXException, UnreadableFileException {
    XSSFReader reader = new XSSFReader(pkg);
    // Phonetic guides (furigana runs) are not part of a cell's text in the user model either.
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    // Rows are counted on the sheets' bytes first: a workbook over the row cap is refused for the cost
    // of inflating it, not of parsing it up to the cap (SheetXmlRows).
    int counted = 0;
    for (XSSFReader.SheetIterator sheets = reader.getSheetIterator(); sheets.hasNext(); ) {
      try (InputStream sheet = sheets.next()) {
        counted += SheetXmlRows.count(sheet, Sheet.MAX_ROWS - counted);
      }
      if (counted > Sheet.MAX_ROWS) {
        throw Sheet.tooManyRows();
      }
    }
    Rows rows = new Rows(maxCells);
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext() && !rows.full()) {
      try (InputStream sheet = sheets.next()) {
        rows.startSheet();
        parse(sheet, new XSSFSheetXMLHandler(styles, strings, rows, new PlainNumbers(), false), rows);
      } catch (Full e) {
        // stopped inside the sheet: what was read of it still counts, so that the row cap shows
      }
      rows.finishSheet();
    }
    if (rows.cells > maxCells) {
      throw SpreadsheetSheetReader.tooLarge();
    }
    return rows.done;
  }

  private static void parse(InputStream sheet, XSSFSheetXMLHandler cells, Rows rows) throws IOException, SAXException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      // The cell handler does not look at merged regions; this filter picks them up on the way.
      XMLFilterImpl merges = new XMLFilterImpl(xml) {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
          if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
            rows.merged(CellRangeAddress.valueOf(attributes.getValue("ref")));
          }
          super.startElement(uri, localName, qName, attributes);
        }
      };
      merges.setContentHandler(cells);
      merges.parse(new InputSource(sheet));
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
  }

  /** Thrown from inside the parse to stop it once the caps are passed. */
  private static final class Full extends RuntimeException {
    Full() {
      super(null, null, false, false);
    }
  }

  /**
   * General-format numbers in full rather than in Excel's 11-digit general form (scientific notation
   * for 123456789012), as {@link SpreadsheetSheetReader} writes them.
   */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if ((formatString == null || "General".equalsIgnoreCase(formatString)) && Double.isFinite(value)) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /**
   * The rows of every sheet as they stream past. A sheet's rows wait until its end, where its merged
   * regions (written after the cells) are known; rows only a merged region covers are added then.
   */
  private static final class Rows implements SheetContentsHandler {
    final List<Row> done = new ArrayList<>();
    private final int maxCells;
    private final TreeMap<Integer, List<String>> sheetRows = new TreeMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private List<String> current;
    private int offset;
    private int lastRow = -1;
    private int kept;
    long cells;

    Rows(int maxCells) {
      this.maxCells = maxCells;
    }

    boolean full() {
      return kept > Sheet.MAX_ROWS || cells > maxCells;
    }

    void startSheet() {
      sheetRows.clear();
      merges.clear();
      lastRow = -1;
    }

    void merged(CellRangeAddress region) {
      merges.add(region);
    }

    @Override
    public void startRow(int rowNum) {
      lastRow = rowNum;
      current = new ArrayList<>();
      sheetRows.put(rowNum, current);
    }

    @Override
    public void endRow(int rowNum) {
      Deadline.check();
      cells += current.size();
      if (current.stream().anyMatch(v -> !v.isBlank())) {
        kept++;
      }
      if (full()) {
        throw new Full();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = column(reference);
      if (column < SpreadsheetSheetReader.MAX_COLUMNS) {
        set(current, column, value == null || ERROR_VALUE.matcher(value).matches() ? "" : SpreadsheetSheetReader.clean(value));
      }
    }

    /** The column of a reference such as {@code AB12}: its letters, read without POI's parser (asked of every cell). */
    private static int column(String reference) {
      int column = 0;
      int i = 0;
      for (; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
      }
      return i == 0 ? new CellReference(reference).getCol() : column - 1;
    }

    void finishSheet() {
      for (CellRangeAddress region : merges) {
        // counted as the user model counts them: only rows up to the sheet's last
        cells += (long) Math.max(0, Math.min(region.getLastColumn(), SpreadsheetSheetReader.MAX_COLUMNS - 1) - region.getFirstColumn() + 1)
            * Math.max(0, Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1);
      }
      if (cells > maxCells) {
        return;
      }
      for (CellRangeAddress region : merges) {
        List<String> top = sheetRows.get(region.getFirstRow());
        String value = top == null || region.getFirstColumn() >= top.size() ? "" : top.get(region.getFirstColumn());
        for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
          List<String> row = sheetRows.computeIfAbsent(r, k -> new ArrayList<>());
          for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), SpreadsheetSheetReader.MAX_COLUMNS - 1); c++) {
            set(row, c, value);
          }
        }
      }
      for (Map.Entry<Integer, List<String>> row : sheetRows.entrySet()) {
        if (row.getValue().stream().anyMatch(v -> !v.isBlank())) {
          done.add(new Row(offset + row.getKey() + 1, row.getValue()));
        }
      }
      offset += lastRow + 1;
      kept = done.size();
    }

    private static void set(List<String> values, int column, String value) {
      while (values.size() <= column) {
        values.add("");
      }
      values.set(column, value);
    }
  }
}
