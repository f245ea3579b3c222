package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.read.Row;
import org.jixiao.vocabulary.Categories;

/**
 * A table without category columns written one cell per line: a header of a names column and its value
 * columns ({@code 指标名称 / 指标值}, {@code 三级指标 / 目标值 / 实际完成值}), then each row's cells on as many lines.
 * Every row has the same number of lines, so the lines are rows again by their count, and a target in
 * words ({@code 影响程度明显}, {@code 保障}) is known for one by its place, as under its heading in a grid.
 *
 * <p>Taken only where the count holds for the whole table: no cell in a name's place reads as a measured value or a
 * category, and most cells in the target's place read as values. A name wrapped over two lines, or an empty
 * cell dropped, puts a value where a name should stand within a row or two; the lines are then left as they
 * are, to be read by their parts.
 */
final class PairedLines {

  /** Roles a names column may be followed by: values, one per line. An explanation column is prose and left out. */
  private static final Set<ColumnRole> VALUE_ROLES =
      Set.of(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE, ColumnRole.COMPLETION);
  private static final int FEWEST_ROWS = 3;

  private PairedLines() {}

  /** The rows with each such table's lines joined into rows of cells; the rows as they are where there is none. */
  static List<Row> join(List<Row> rows) {
    return RowSplice.splice(rows, (all, i) -> {
      List<Row> flattened = flattened(all.get(i));
      return flattened != null ? new RowSplice.Joined(flattened, i + 1) : table(all, i);
    });
  }

  /**
   * Such a table flattened into one line with single spaces between its cells (… 指标名称 指标值 门面数量 =9间
   * 以合理的市场价出租 保障 …): its pieces taken as lines, the rows joined, and what stood before and after the
   * table left as lines of their own; null when the line holds no such table.
   */
  private static List<Row> flattened(Row row) {
    String text = alone(row);
    if (text == null || text.length() < 40 || !text.contains(" ")) {
      return null;
    }
    String[] pieces = text.split("\\s+");
    for (int at = 0; at + 1 < pieces.length; at++) {
      if (!namesHeading(pieces[at]) || !isValueRole(ColumnRole.of(pieces[at + 1])) || at > 0 && partOfAHeader(pieces[at - 1])) {
        continue;
      }
      RowSplice.Joined t = table(RowSplice.asLines(row, pieces, at), 0);
      if (t != null) {
        return RowSplice.around(row, pieces, at, t);
      }
    }
    return null;
  }

  /** The header at {@code first} and the rows its lines make, or null where there is no such table. */
  private static RowSplice.Joined table(List<Row> rows, int first) {
    List<String> header = new ArrayList<>();
    int i = first;
    for (; i < rows.size(); i++) {
      String a = alone(rows.get(i));
      if (a == null && rows.get(i).filledCells().isEmpty()) {
        continue;
      }
      if (a == null || (header.isEmpty() ? !namesHeading(a) : !isValueRole(ColumnRole.of(a)))) {
        break;
      }
      header.add(a);
    }
    if (!namesThenValues(header) || partOfAHeader(lineBefore(rows, first))) {
      return null;
    }
    int width = header.size();
    int target = 1;
    while (ColumnRole.of(header.get(target)) != ColumnRole.TARGET) {
      target++;
    }
    List<Integer> at = new ArrayList<>(); // the table's lines, by where each stands among the rows (blank ones skipped)
    int end = i;
    for (; end < rows.size(); end++) {
      String a = alone(rows.get(end));
      if (a == null && rows.get(end).filledCells().isEmpty()) {
        continue;
      }
      if (a == null || endsTable(a)) {
        break;
      }
      at.add(end);
    }
    int whole = at.size() / width;
    List<Row> joined = new ArrayList<>();
    int valued = 0;
    for (int k = 0; k < whole; k++) {
      List<String> cells = at.subList(k * width, (k + 1) * width).stream().map(n -> alone(rows.get(n))).toList();
      if (measured(cells.get(0)) || Categories.word(cells.get(0)) != null) {
        return null;
      }
      if (Cell.of(cells.get(target), 0).isTargetLike()) {
        valued++;
      }
      joined.add(new Row(rows.get(at.get(k * width)).line(), cells));
    }
    if (joined.size() < FEWEST_ROWS || valued * 2 < joined.size()
        || at.subList(whole * width, at.size()).stream().anyMatch(n -> measured(alone(rows.get(n))))) {
      // (A value left over after the last whole row: a name wrapped on the last row put it there.)
      return null;
    }
    List<Row> out = new ArrayList<>();
    out.add(new Row(rows.get(first).line(), header));
    out.addAll(joined);
    // Lines left over after the last whole row go on as they were, to be read by their parts.
    int resume = whole * width < at.size() ? at.get(whole * width) : end;
    return new RowSplice.Joined(out, resume);
  }

  /** A names heading first, then value headings only, a target's among them. */
  private static boolean namesThenValues(List<String> header) {
    if (header.size() < 2 || !namesHeading(header.get(0))) {
      return false;
    }
    List<ColumnRole> rest = header.subList(1, header.size()).stream().map(ColumnRole::of).toList();
    return rest.stream().allMatch(PairedLines::isValueRole) && rest.contains(ColumnRole.TARGET);
  }

  private static boolean namesHeading(String heading) {
    ColumnRole role = ColumnRole.of(heading);
    return role == ColumnRole.LEVEL3 || role == ColumnRole.INDICATORS || Schema.isNameHeading(heading);
  }

  private static boolean isValueRole(ColumnRole role) {
    return role != null && VALUE_ROLES.contains(role);
  }

  /**
   * A heading or category word just before the names heading: the header goes on before it (一级指标 / 二级指标 /
   * 三级指标 / 指标值, or the same scrambled in a flattened line), so the table has category columns after all.
   */
  private static boolean partOfAHeader(String text) {
    return text != null && (ColumnRole.of(text) != null || Categories.word(text) != null || Schema.isNameHeading(text));
  }

  /** The text of the last filled line before {@code at}, or null. */
  private static String lineBefore(List<Row> rows, int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (!rows.get(k).filledCells().isEmpty()) {
        return String.join(" ", rows.get(k).filledCells()).strip();
      }
    }
    return null;
  }

  /** A line the table's rows never hold: a category word, a label, a total or what follows a table. */
  private static boolean endsTable(String line) {
    Row r = new Row(0, List.of(line));
    return Categories.word(line) != null || Schema.isNameHeading(line)
        || ProjectHeaderBlock.isLabel(line) || TableEdges.closesBlock(r, List.of(Cell.of(line, 0)))
        || TableEdges.isTableTitle(line);
  }

  /**
   * A value with a number in it (≥95%, 2021年12月): misplaced where a name should stand. A value in words
   * there (按时交纳税费) may be a name all the same, as names are written.
   */
  private static boolean measured(String text) {
    return Cell.of(text, 0).isTargetLike() && text.chars().anyMatch(Character::isDigit);
  }

  private static String alone(Row r) {
    return r.cells().size() == 1 && !r.cells().get(0).isBlank() ? r.cells().get(0).strip() : null;
  }
}
