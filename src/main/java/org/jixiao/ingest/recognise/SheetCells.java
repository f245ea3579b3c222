package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Deadline;

/**
 * A sheet's rows with each row cut into typed cells ({@link CellCutter}), after the repairs that need
 * the lines around a row: pinyin glosses a copying site added are dropped, one-cell-per-line exports
 * keep every line as one cell, a name whose value was cut off its end is put back when its values
 * follow on the next lines, and a category word a line break cut in two is joined.
 *
 * @param rows the rows as read (pinyin removed, pipe-closed cells normalised)
 * @param lines the cells of each row, in the same order
 * @param cellPerLine true for exports that write one cell per line and keep empty cells as cells
 */
record SheetCells(List<Row> rows, List<List<Cell>> lines, boolean cellPerLine) {

  static SheetCells of(Sheet sheet) {
    List<Row> read = withoutRuby(sheet.rows());
    List<Row> rows = PipeSeparatedCells.normalise(read);
    if (rows == read) {
      rows = PairedLines.join(NumberedRows.join(WrappedRows.join(WrappedLines.join(RunRows.join(rows)))));
      read = rows;
    }
    List<List<Cell>> lines = new ArrayList<>(rows.size());
    // One cell per line with empty cells kept: every line is a cell already, nothing is glued. (Cells
    // that a lone pipe closes are such lines once joined, however few of them are empty.)
    boolean cellPerLine = rows != read || keepsEmptyCells(rows);
    boolean spacedAbove = false;
    int piecesAbove = 0;
    for (Row row : rows) {
      Deadline.check();
      if (cellPerLine && row.cells().size() == 1) {
        lines.add(List.of(Cell.of(row.cells().get(0), row.line())));
        continue;
      }
      boolean oneCell = row.filledCells().size() == 1 && row.cells().size() == 1;
      if (!oneCell) {
        spacedAbove = spacedAbove && row.filledCells().isEmpty();
        lines.add(CellCutter.cells(row.line(), row.cells()));
        continue;
      }
      String text = row.cells().get(0);
      List<String> pieces = SpacedCells.split(text); // once per line: the cutter takes the pieces as they are
      if (spacedAbove && pieces.size() == 1 && (SpacedCells.looksLikeARow(text) || SpacedCells.nameAndWords(text)
          || SpacedCells.wordsInRowsPlaces(text, piecesAbove))) {
        // 质量指标 指标1:经费支出合规性 严格执行相关财经法规制度 …, 成本控制 按照资金测算控制各项成本。,
        // 保障基本文化权益 影响程度明显 反映…情况: all its pieces are words, so alone it would stay whole,
        // but the rows above were cut at their spaces and so is this one.
        pieces = SpacedCells.pieces(text);
      } else if (text.strip().contains(" ")) {
        // Lines without a space (……, a lone word) say nothing about how the table was written.
        spacedAbove = pieces.size() > 1;
        // A row of the indicator table (a category or a value among its pieces), not a header block's labels.
        piecesAbove = pieces.stream().map(p -> Cell.of(p, 0)).anyMatch(c -> c.isTargetLike() || c.is(Cell.Kind.CATEGORY))
            ? pieces.size() : 0;
      }
      lines.add(CellCutter.cells(row.line(), pieces));
    }
    keepNamesWhole(rows, lines);
    dropBrokenEndings(lines);
    return new SheetCells(rows, lines, cellPerLine);
  }

  /** The first filled cell on the lines after line {@code i}, or null at the end. */
  Cell firstCellAfter(int i) {
    return firstCellAfter(lines, i);
  }

  /** Pinyin a copying site put after each character in brackets: 績(jī)效, 指標(biāo). */
  private static final Pattern RUBY = Pattern.compile("(?<=\\p{IsHan})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]{1,7}[)）]");

  /** A gloss with a tone mark: only a glossed copy has these, where 长度(m) or 重量(kg) is a unit. */
  private static final org.jixiao.util.Regex TONED_RUBY = org.jixiao.util.Regex.of("(?<=\\p{IsHan})[(（][a-zɡü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zɡü]*[)）]");

  /**
   * The rows without pinyin glosses: they are an artefact of the copy, not part of the table's words.
   * A row is taken for glossed when one of its glosses carries a tone mark; then its toneless ones
   * (的(de)) go too, and a row without any keeps its bracketed units.
   */
  static List<Row> withoutRuby(List<Row> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      boolean any = r.cells().stream().anyMatch(c -> TONED_RUBY.find(c));
      out.add(any ? new Row(r.line(), r.cells().stream().map(c -> RUBY.matcher(c).replaceAll("")).toList()) : r);
    }
    return out;
  }

  /**
   * The rows the document's title, year and labels are read from: a whole table flattened into one
   * line gives its cells one per row, as the sheet it came from had them.
   */
  List<Row> metaRows() {
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (isFlattened(row)) {
        for (Cell c : lines.get(i)) {
          out.add(new Row(row.line(), List.of(c.text())));
        }
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** A whole table flattened into one line. */
  static boolean isFlattened(Row row) {
    return row.cells().size() == 1 && row.cells().get(0).length() > 200;
  }

  /**
   * In exports that write one cell per line, a name whose own text ends in a number
   * ({@code …一户年最高5300元}) is followed by its values on the lines below; a value cut off its end
   * is put back. A next line that is a row of its own, a name that reads like a value and a target after it
   * (项目实施情况 良好 / 服务能力提升 持续加强), holds no values of this one.
   */
  private static void keepNamesWhole(List<Row> rows, List<List<Cell>> lines) {
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> cells = lines.get(i);
      Cell next = firstCellAfter(lines, i);
      if (rows.get(i).cells().size() == 1 && cells.size() == 2 && cells.get(0).is(Cell.Kind.TEXT) && cells.get(1).is(Cell.Kind.VALUE)
          && next != null && next.is(Cell.Kind.VALUE) && !nameAndTarget(lineAfter(lines, i))) {
        String whole = rows.get(i).cells().get(0).strip();
        lines.set(i, List.of(new Cell(whole, rows.get(i).line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE)));
      }
    }
  }

  /**
   * A category cell broken over two lines ({@code 经济效益} / {@code 指标}): the first half already
   * names the category, the lone ending is no cell of its own.
   */
  private static void dropBrokenEndings(List<List<Cell>> lines) {
    Cell previous = null;
    int previousLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      List<Cell> cells = lines.get(i);
      List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
      if (filled.isEmpty()) {
        continue;
      }
      if (filled.size() == 1 && previous != null && previous.is(Cell.Kind.CATEGORY) && filled.get(0).text().matches("指\\s*标|目\\s*标")) {
        lines.set(i, List.of());
        continue;
      }
      if (filled.size() == 1 && previous != null && previous.is(Cell.Kind.TEXT) && filled.get(0).is(Cell.Kind.TEXT)) {
        // 经济效 / 益指标: a category word a line break cut in two.
        Cell joined = Cell.of(previous.text() + filled.get(0).text(), previous.line());
        if (joined.is(Cell.Kind.CATEGORY) && joined.text().replaceAll("\\s+", "").matches(".*[指目][标標]")) {
          lines.set(previousLine, List.of(joined));
          lines.set(i, List.of());
          previous = joined;
          continue;
        }
      }
      previousLine = i;
      previous = filled.size() == 1 ? filled.get(0) : null;
    }
  }

  /**
   * True for exports that write one cell per line and keep empty cells as cells (a lone pipe, a line
   * of spaces): at least a fifth of the one-cell lines are such empty cells.
   */
  private static boolean keepsEmptyCells(List<Row> rows) {
    int single = 0;
    int empty = 0;
    for (Row r : rows) {
      if (r.cells().size() == 1) {
        single++;
        if (r.cells().get(0).isBlank()) {
          empty++;
        }
      }
    }
    return single >= 20 && empty * 5 >= single;
  }

  /** The filled cells of the first line after line {@code i} that has any, within eight lines, or none. */
  private static List<Cell> lineAfter(List<List<Cell>> lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + 8; k++) {
      List<Cell> filled = lines.get(k).stream().filter(c -> !c.isBlank()).toList();
      if (!filled.isEmpty()) {
        return filled;
      }
    }
    return List.of();
  }

  /** Two cells, a name-like grade or date and a target: 服务能力提升 持续加强, 2022年全年 ≥360天. */
  private static boolean nameAndTarget(List<Cell> line) {
    return line.size() == 2 && line.get(1).isTargetLike()
        && (line.get(0).shape() == ValueGrammar.Shape.QUALITATIVE
            || line.get(0).shape() == ValueGrammar.Shape.DATE);
  }

  private static Cell firstCellAfter(List<List<Cell>> lines, int i) {
    List<Cell> line = lineAfter(lines, i);
    return line.isEmpty() ? null : line.get(0);
  }


}
