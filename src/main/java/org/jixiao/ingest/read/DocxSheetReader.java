package org.jixiao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.jixiao.util.Deadline;

/**
 * Reads Word .docx files with POI. The body is read in order: a paragraph becomes a one-cell row
 * (an empty paragraph a row with no cells, like a blank text line), a table becomes rows of cells.
 * A cell spanning columns (gridSpan) repeats its text in each; a cell continuing a vertical merge
 * repeats the text of the cell above, as the recogniser expects of merged cells. A row's line is its
 * ordinal in the document.
 */
public final class DocxSheetReader implements SheetReader {

  /** Grid columns per table row beyond this are ignored. */
  static final int MAX_COLUMNS = 1000;

  /** Rows per document; far above any real file. */
  static final int MAX_ROWS = 1_000_000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] DOCUMENT_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  static final String CORRUPT = "Word 文件已损坏或加密 / the Word file is corrupt or encrypted";

  static {
    // Loading SpreadsheetSheetReader sets POI's zip and byte-array guards, which protect .docx too.
    new SpreadsheetSheetReader();
  }

  @Override
  public boolean accepts(byte[] content) {
    return Bytes.startsWith(content, ZIP) && Bytes.contains(content, DOCUMENT_PART);
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      List<Row> rows = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        Deadline.check();
        if (element instanceof XWPFParagraph paragraph) {
          String text = clean(paragraph.getText());
          rows.add(new Row(rows.size() + 1, text.isEmpty() ? List.of() : List.of(text)));
        } else if (element instanceof XWPFTable table) {
          table(table, rows);
        }
        if (rows.size() > MAX_ROWS) {
          throw new UnreadableFileException("Word 文件的行数过多 / too many rows in the Word file", UnreadableFileException.Reason.TOO_LARGE);
        }
      }
      return new Sheet(file, rows);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Deadline.Exceeded e) {
      throw e; // the time budget, not a broken file
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(CORRUPT, e);
    }
  }

  private static void table(XWPFTable table, List<Row> rows) {
    List<String> above = List.of();
    for (XWPFTableRow tableRow : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : tableRow.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (properties != null) {
          if (properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
            span = Math.max(1, Math.min(properties.getGridSpan().getVal().intValue(), MAX_COLUMNS));
          }
          continues = properties.isSetVMerge()
              && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() != STMerge.RESTART);
        }
        for (int i = 0; i < span && cells.size() < MAX_COLUMNS; i++) {
          int column = cells.size();
          cells.add(continues ? (column < above.size() ? above.get(column) : "") : clean(cell.getText()));
        }
      }
      rows.add(new Row(rows.size() + 1, cells));
      above = cells;
    }
  }

  private static String clean(String text) {
    return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
  }
}
