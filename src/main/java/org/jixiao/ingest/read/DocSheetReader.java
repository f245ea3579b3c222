package org.jixiao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jixiao.util.Deadline;

/**
 * Reads Word 97–2003 {@code .doc} files with POI's HWPF, and WPS Writer {@code .wps} files saved in the
 * same binary format (both are OLE2 files with a {@code WordDocument} stream; the format is known by
 * content, not by the file's extension). As for {@code .docx}: a paragraph is a one-cell row, a table
 * becomes rows of cells, a cell continuing a vertical merge repeats the text above it, and a row's
 * line is its ordinal in the document.
 */
public final class DocSheetReader implements SheetReader {

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
  /** Field codes, cell and row marks, and other control characters HWPF leaves in the text. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  static final String CORRUPT = "Word 97–2003 文件已损坏、加密或格式不受支持 / the Word 97–2003 file is corrupt, encrypted or in an unsupported version";

  static {
    // Loading SpreadsheetSheetReader sets POI's byte-array guard, which bounds what HWPF reads too.
    new SpreadsheetSheetReader();
  }

  @Override
  public boolean accepts(byte[] content) {
    return Bytes.startsWith(content, OLE2) && Bytes.contains(content, WORD_STREAM);
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
      Range range = document.getRange();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < range.numParagraphs(); i++) {
        Deadline.check();
        Paragraph paragraph = range.getParagraph(i);
        if (paragraph.isInTable()) {
          Table table = range.getTable(paragraph);
          table(table, rows);
          i += Math.max(table.numParagraphs() - 1, 0);
        } else {
          String text = clean(paragraph.text());
          rows.add(new Row(rows.size() + 1, text.isEmpty() ? List.of() : List.of(text)));
        }
        if (rows.size() > DocxSheetReader.MAX_ROWS) {
          throw new UnreadableFileException("Word 文件的行数过多 / too many rows in the Word file", UnreadableFileException.Reason.TOO_LARGE);
        }
      }
      return new Sheet(file, rows);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(CORRUPT, e);
    } catch (Deadline.Exceeded e) {
      throw e; // the time budget, not a broken file
    } catch (IOException | RuntimeException e) {
      // HWPF reports damaged and pre-Word-97 files with many runtime exceptions.
      throw new UnreadableFileException(CORRUPT, e);
    }
  }

  private static void table(Table table, List<Row> rows) {
    List<String> above = List.of();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow tableRow = table.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < tableRow.numCells() && cells.size() < DocxSheetReader.MAX_COLUMNS; c++) {
        TableCell cell = tableRow.getCell(c);
        int column = cells.size();
        boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        cells.add(continues && column < above.size() ? above.get(column) : clean(cell.text()));
      }
      rows.add(new Row(rows.size() + 1, cells));
      above = cells;
    }
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    return SPACE.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }
}
