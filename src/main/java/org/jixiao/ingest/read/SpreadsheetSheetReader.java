package org.jixiao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.util.Regex;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.IOUtils;
import org.jixiao.util.Deadline;

/**
 * Reads Excel workbooks, .xlsx (OOXML) and .xls (BIFF8), with POI. Every sheet is read in order;
 * a row's line is its spreadsheet row number, and later sheets continue the numbering after the
 * last row of the sheet before (sheet 2's first row is line {@code lastRow(sheet1) + 2}), so that a
 * line names one row of the file without a sheet name. Cells read as Excel shows them (DataFormatter),
 * except General-format numbers, which are written out in full rather than in scientific notation.
 * A merged region fills every cell it covers with its top-left value. Rows with no text are left out.
 */
public final class SpreadsheetSheetReader implements SheetReader {

  /** Columns beyond this are ignored: performance tables have a dozen or so. */
  static final int MAX_COLUMNS = 1000;

  /** Cells read per workbook, merged fills included; above it the file is refused. */
  static final int MAX_CELLS = 2_000_000;

  static {
    // POI's zip-bomb guard (the default minimum inflate ratio, 1%) stays on; in addition no part
    // may inflate beyond 500 MB, and no single byte array read from a file beyond 100 MB.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(500L * 1024 * 1024);
    IOUtils.setByteArrayMaxOverride(100 * 1024 * 1024);
  }

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] XL_PART = "xl/".getBytes(StandardCharsets.US_ASCII);
  // OLE2 directory entry names are UTF-16LE: a BIFF8 workbook stream, a BIFF5 one, or an encrypted xlsx.
  private static final byte[] WORKBOOK_STREAM = "Workbook".getBytes(StandardCharsets.UTF_16LE);
  private static final byte[] BOOK_STREAM = "Book".getBytes(StandardCharsets.UTF_16LE);
  private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

  static final String CORRUPT = "Excel 文件已损坏或加密 / the Excel file is corrupt or encrypted";

  @Override
  public boolean accepts(byte[] content) {
    if (Bytes.startsWith(content, ZIP)) {
      return Bytes.contains(content, XL_PART);
    }
    return Bytes.startsWith(content, OLE2)
        && (Bytes.contains(content, WORKBOOK_STREAM) || Bytes.contains(content, BOOK_STREAM) || Bytes.contains(content, ENCRYPTION_INFO));
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    if (Bytes.startsWith(content, ZIP)) {
      return new Sheet(file, streamed(content));
    }
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      return new Sheet(file, rows(workbook));
    } catch (UnreadableFileException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(CORRUPT, e);
    } catch (Deadline.Exceeded e) {
      throw e; // the time budget, not a broken file
    } catch (IOException | RuntimeException e) {
      // POI reports broken files with many runtime exceptions (RecordFormatException, POIXMLException …).
      throw new UnreadableFileException(CORRUPT, e);
    }
  }

  /** An .xlsx workbook, read by streaming. */
  private static List<Row> streamed(byte[] content) throws UnreadableFileException {
    try {
      return XlsxStream.rows(content, MAX_CELLS);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Deadline.Exceeded e) {
      throw e; // the time budget, not a broken file
    } catch (Exception e) {
      // POI reports broken packages with many exceptions (InvalidFormatException, POIXMLException, SAXException …).
      throw new UnreadableFileException(CORRUPT, e);
    }
  }

  /** Every sheet of a workbook through POI's user model: .xls files, and .xlsx ones in tests. */
  static List<Row> rows(Workbook workbook) throws UnreadableFileException {
    DataFormatter formatter = new DataFormatter();
    List<Row> rows = new ArrayList<>();
    int offset = 0;
    long cells = 0;
    for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
      int lastRow = sheet.getLastRowNum();
      Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
          mergedByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(region);
          cells += Math.min(region.getLastColumn(), MAX_COLUMNS - 1) - region.getFirstColumn() + 1;
        }
        if (cells > MAX_CELLS) {
          throw tooLarge();
        }
      }
      for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= lastRow; r++) {
        Deadline.check();
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        List<CellRangeAddress> merged = mergedByRow.getOrDefault(r, List.of());
        if (row == null && merged.isEmpty()) {
          continue;
        }
        List<String> values = new ArrayList<>();
        if (row != null) {
          for (Cell cell : row) {
            int c = cell.getColumnIndex();
            if (c >= MAX_COLUMNS) {
              break;
            }
            set(values, c, text(cell, formatter));
          }
          cells += values.size();
        }
        for (CellRangeAddress region : merged) {
          org.apache.poi.ss.usermodel.Row top = sheet.getRow(region.getFirstRow());
          Cell origin = top == null ? null : top.getCell(region.getFirstColumn());
          String value = origin == null ? "" : text(origin, formatter);
          for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
            set(values, c, value);
          }
        }
        if (cells > MAX_CELLS) {
          throw tooLarge();
        }
        if (values.stream().anyMatch(v -> !v.isBlank())) {
          rows.add(new Row(offset + r + 1, values));
        }
      }
      offset += lastRow + 1;
    }
    return rows;
  }

  static UnreadableFileException tooLarge() {
    return new UnreadableFileException("Excel 文件的单元格过多（上限 " + MAX_CELLS + "）/ too many cells in the Excel file",
        UnreadableFileException.Reason.TOO_LARGE);
  }

  private static void set(List<String> values, int column, String value) {
    while (values.size() <= column) {
      values.add("");
    }
    values.set(column, value);
  }

  /** The cell as shown; formulas by their cached result (nothing is recalculated). */
  static String text(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String text = switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC -> number(cell, formatter);
      default -> "";
    };
    return clean(text);
  }

  private static final Regex SPACE_RUNS = Regex.of("[\\s\\u00A0\\u3000]+");

  /** Runs of white space (no-break and ideographic spaces too) as one space, none at the ends. */
  static String clean(String text) {
    return SPACE_RUNS.replaceAll(text, " ").strip();
  }

  private static String number(Cell cell, DataFormatter formatter) {
    double value = cell.getNumericCellValue();
    short format = cell.getCellStyle().getDataFormat();
    String pattern = cell.getCellStyle().getDataFormatString();
    boolean general = pattern == null || "General".equalsIgnoreCase(pattern);
    if (general && !DateUtil.isCellDateFormatted(cell) && Double.isFinite(value)) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    return formatter.formatRawCellContents(value, format, pattern);
  }
}
