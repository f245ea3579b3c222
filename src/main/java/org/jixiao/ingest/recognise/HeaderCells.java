package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;

/**
 * How a header's cells are found among a line's cells and put together from its rows: a run of headings inside a
 * flattened line, a heading the vocabulary does not know where the targets' heading stands, labels with their values
 * (no header), and two header rows made one ({@link LineWalk} decides which lines are the header).
 */
final class HeaderCells {

  private HeaderCells() {}

  private static boolean levelHeading(Cell c) {
    return c.is(Cell.Kind.HEADER) && (c.role() == ColumnRole.LEVEL1 || c.role() == ColumnRole.LEVEL2);
  }

  /** Words that end a heading of a value column: 年度绩效目标, 考核标准, 年度指标. */
  private static final Regex VALUE_HEADING_END = Regex.of("(目标|标准|指标|值)$");

  /**
   * True when {@code c} is the heading of the targets' column that the vocabulary does not know (年度绩效目标,
   * 考核标准), right after headings that name the indicator and no value column: a short word ending as
   * headings end, followed by a category (the first row's) or by nothing. {@link Schema} gives it the targets.
   */
  static boolean unknownValueHeading(List<Cell> headings, Cell c, Cell next) {
    if (!c.is(Cell.Kind.TEXT) || c.text().strip().length() > 8 || !VALUE_HEADING_END.find(c.text().strip())
        || c.text().chars().anyMatch(Character::isDigit) || next != null && !next.is(Cell.Kind.CATEGORY)) {
      return false;
    }
    boolean named = false;
    for (Cell h : headings) {
      if (h.is(Cell.Kind.HEADER) && h.role().takesValue()) {
        return false;
      }
      named |= h.is(Cell.Kind.HEADER) && h.role() == ColumnRole.LEVEL3;
    }
    return named;
  }

  /** A heading's few characters of Han script, no more: 实际成效, 执行结果. */
  private static final Regex SHORT_HEADING = Regex.of("^\\p{IsHan}{2,6}$");

  /**
   * True when the cell at {@code j} is a short heading the vocabulary does not know between the target's heading and the
   * weight's or score's (年度指标值 实际成效 分值 得分): in a self-evaluation's header the actual's column stands there,
   * and {@link Schema} gives it the actuals.
   */
  private static boolean unknownActualHeading(List<Cell> cells, int j) {
    Cell c = cells.get(j);
    if (!c.is(Cell.Kind.TEXT) || !SHORT_HEADING.matches(c.text().strip())) {
      return false;
    }
    Cell before = RowPlaces.previous(cells, j);
    Cell after = RowPlaces.following(cells, j);
    return before != null && before.is(Cell.Kind.HEADER) && before.role() == ColumnRole.TARGET
        && after != null && after.is(Cell.Kind.HEADER) && (after.role() == ColumnRole.WEIGHT || after.role() == ColumnRole.SCORE);
  }

  /**
   * The first run of at least three headings, one naming the indicator or its category, or of a name's heading
   * and a target's, among other cells.
   */
  static int[] headingRun(List<Cell> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).is(Cell.Kind.HEADER)) {
        continue;
      }
      int j = i;
      int count = 0;
      boolean anchor = false;
      boolean name = false;
      boolean value = false;
      while (j < cells.size() && (cells.get(j).is(Cell.Kind.HEADER) || cells.get(j).isBlank() || unknownActualHeading(cells, j))) {
        if (cells.get(j).is(Cell.Kind.HEADER)) {
          count++;
          anchor |= cells.get(j).role().anchor;
          name |= cells.get(j).role() == ColumnRole.LEVEL3;
          value |= cells.get(j).role() == ColumnRole.TARGET;
        }
        j++;
      }
      // 指标名称 指标值: two headings are a header where they name the indicator and its target in a table
      // without category columns (no 一级指标 or 二级指标 heading anywhere in the line).
      if (count >= 3 && (anchor || targetAndActual(cells.subList(i, j))) || count == 2 && name && value && cells.stream().noneMatch(HeaderCells::levelHeading)) {
        return new int[] {i, j};
      }
      i = j;
    }
    return null;
  }

  /** True when the cells' headings head a self-evaluation's values ({@link ColumnRole#headSelfEvaluation}). */
  static boolean targetAndActual(List<Cell> cells) {
    return ColumnRole.headSelfEvaluation(cells.stream().filter(c -> c.is(Cell.Kind.HEADER)).map(Cell::role).toList());
  }

  /** True when no two headings stand side by side and a label of the project is followed by its value. */
  static boolean labelsWithValues(List<Cell> filled) {
    boolean pair = false;
    for (int k = 0; k + 1 < filled.size(); k++) {
      Cell c = filled.get(k);
      Cell next = filled.get(k + 1);
      if (c.is(Cell.Kind.HEADER) && next.is(Cell.Kind.HEADER)) {
        return false;
      }
      pair |= ProjectHeaderBlock.isLoneLabel(c.text()) && next.is(Cell.Kind.TEXT) && !ProjectHeaderBlock.isLabel(next.text());
    }
    return pair;
  }

  /**
   * The header's cells. Two rows of cells where the second holds only 一级 / 二级 / 三级指标 are one
   * header whose first row spans them (绩效指标 or 评价指标 over three columns): the sub-headings take
   * the spanning cell's place.
   */
  static List<Cell> stacked(List<Row> headerRows, List<Cell> headerCells) {
    if (headerRows.size() != 2 || headerRows.stream().anyMatch(r -> r.cells().size() < 2)) {
      return headerCells;
    }
    List<Cell> joined = joinedByColumn(headerRows.get(0), headerRows.get(1));
    if (joined != null) {
      return joined;
    }
    int split = CellCutter.cells(headerRows.get(0)).size();
    if (split <= 0 || split >= headerCells.size()) {
      return headerCells;
    }
    List<Cell> first = headerCells.subList(0, split);
    List<Cell> second = headerCells.subList(split, headerCells.size()).stream().filter(c -> !c.isBlank()).toList();
    boolean levels = !second.isEmpty() && second.stream().allMatch(c -> c.is(Cell.Kind.HEADER)
        && (c.role() == ColumnRole.LEVEL1 || c.role() == ColumnRole.LEVEL2 || c.role() == ColumnRole.LEVEL3));
    int parent = -1;
    for (int i = 0; i < first.size() && parent < 0; i++) {
      Cell c = first.get(i);
      boolean spans = c.is(Cell.Kind.HEADER) && c.role() == ColumnRole.INDICATORS
          || c.is(Cell.Kind.TEXT) && Schema.isNameHeading(c.text());
      parent = spans ? i : -1;
    }
    if (!levels || parent < 0) {
      return headerCells;
    }
    List<Cell> out = new ArrayList<>(first.subList(0, parent));
    out.addAll(second);
    out.addAll(first.subList(parent + 1, first.size()));
    return out;
  }

  /**
   * Two header rows of cells whose second finishes the headings the first began, column by column (年度 over 指标值,
   * 实际 over 完成值: a heading a line break cut in two inside its cell): one row of whole headings, or null when the
   * rows are no such pair (the second names what the first does not begin, or no heading is made whole).
   */
  private static List<Cell> joinedByColumn(Row first, Row second) {
    if (first.cells().size() != second.cells().size()) {
      return null;
    }
    List<Cell> out = new ArrayList<>();
    int made = 0;
    for (int i = 0; i < first.cells().size(); i++) {
      String top = first.cell(i).strip();
      String bottom = second.cell(i).strip();
      if (bottom.isEmpty()) {
        out.add(Cell.of(top, first.line()));
        continue;
      }
      ColumnRole whole = ColumnRole.of(top + bottom);
      if (whole == null || ColumnRole.of(top) != null) {
        return null;
      }
      out.add(Cell.of(top + bottom, first.line()));
      made++;
    }
    return made > 0 ? out : null;
  }
}
