package org.jixiao.ingest.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.util.Deadline;
import org.jixiao.vocabulary.Hanzi;

/**
 * Reads the text of PDF tables with PDFBox. Text is taken line by line in reading position; within a
 * line, a gap of more than two space widths starts a new cell. Columns are rebuilt roughly: the line
 * with the most cells so far (normally a table's header) sets the column positions, and the cells of
 * later lines go to the column they start under, so a row with empty cells keeps its columns
 * aligned with the header. A row's line is its ordinal across all pages. Scanned pages have no text
 * to read: that is reported, not guessed at.
 */
public final class PdfSheetReader implements SheetReader {

  /** Pages read per file; budget tables run to tens of pages. */
  static final int MAX_PAGES = 2000;

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /** A cell starting this close (in points) to the left of a column position still belongs to it. */
  private static final float COLUMN_TOLERANCE = 3f;

  @Override
  public boolean accepts(byte[] content) {
    // The header may follow a few bytes of junk; readers accept it within the first kilobyte.
    byte[] head = java.util.Arrays.copyOf(content, Math.min(content.length, 1024));
    return Bytes.contains(head, MAGIC);
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    List<List<Chunk>> lines;
    try (PDDocument document = Loader.loadPDF(content)) {
      if (FontMaps.hasRunawayRange(document)) {
        throw new UnreadableFileException(
            "PDF 的字体编码表（ToUnicode）已损坏，无法提取文字 / a font's ToUnicode map in the PDF is damaged, so its text cannot be extracted");
      }
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      collector.setEndPage(MAX_PAGES);
      collector.writeText(document, Writer.nullWriter());
      lines = collector.lines;
    } catch (UnreadableFileException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw new UnreadableFileException("PDF 已加密 / the PDF is encrypted", e);
    } catch (Deadline.Exceeded e) {
      throw e; // the time budget, not a broken file
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException("PDF 文件已损坏 / the PDF file is corrupt", e);
    }
    if (lines.stream().flatMap(List::stream).allMatch(c -> c.text.isBlank())) {
      throw new UnreadableFileException("PDF 中没有可提取的文字（可能是扫描件）/ no text in the PDF (scanned?)");
    }
    return new Sheet(file, rows(lines));
  }

  private static List<Row> rows(List<List<Chunk>> lines) {
    List<List<String>> cells = new ArrayList<>();
    List<Float> columns = List.of();
    for (List<Chunk> line : lines) {
      if (line.size() > columns.size() && line.size() >= 2) {
        columns = line.stream().map(c -> c.x).toList();
        cells.add(line.stream().map(c -> c.text).toList());
      } else if (line.size() >= 2 || line.size() == 1 && columns.size() >= 2) {
        // A lone chunk under a column (the rest of a wrapped cell) keeps that column.
        cells.add(aligned(line, columns));
      } else {
        cells.add(line.stream().map(c -> c.text).toList());
      }
    }
    return WrappedCells.join(lines, cells);
  }

  /** Places each chunk under the last column position it starts at or after. */
  private static List<String> aligned(List<Chunk> line, List<Float> columns) {
    List<String> cells = new ArrayList<>();
    for (Chunk chunk : line) {
      int column = 0;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i) <= chunk.x + COLUMN_TOLERANCE) {
          column = i;
        }
      }
      // Never two chunks in one column, never out of order.
      column = Math.max(column, cells.size());
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(chunk.text);
    }
    return cells;
  }

  /** Text that PDFBox put together, with where it starts and ends on the line and its baseline. */
  record Chunk(float x, float end, float y, int page, String text) {}

  /** Collects each line as chunks separated by wide gaps instead of writing text out. */
  private static final class LineCollector extends PDFTextStripper {
    final List<List<Chunk>> lines = new ArrayList<>();
    List<Chunk> current = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      Deadline.check();
      if (positions.isEmpty()) {
        return;
      }
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      float x = first.getXDirAdj();
      float end = last.getXDirAdj() + last.getWidthDirAdj();
      float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getWidthDirAdj() / 2;
      if (!current.isEmpty()) {
        Chunk previous = current.get(current.size() - 1);
        if (x - previous.end <= 2 * space) {
          String joiner = Hanzi.isWide(previous.text.charAt(previous.text.length() - 1)) || Hanzi.isWide(text.charAt(0)) ? "" : " ";
          current.set(current.size() - 1, new Chunk(previous.x, end, previous.y, previous.page, previous.text + joiner + text));
          return;
        }
      }
      current.add(new Chunk(x, end, first.getYDirAdj(), getCurrentPageNo(), text.strip()));
    }

    @Override
    protected void writeWordSeparator() {
      // Gaps are judged in writeString, by their width.
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      endLine();
      super.endPage(page);
    }

    private void endLine() {
      if (!current.isEmpty()) {
        lines.add(current);
        current = new ArrayList<>();
      }
    }
  }
}
