package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;

/**
 * Rebuilds table rows from exports that write one cell per line ({@code 一级指标 |}, {@code 二级指标 |} …,
 * empty cells as a lone {@code |} or a line of spaces, blank lines between cells). Such a sheet has no
 * row with two cells, so nothing else would see its header.
 *
 * <p>A run of one-cell lines naming 一级指标 and 三级指标 is the header; the cells after it are dealt
 * into rows of the header's width. Merged cells are not repeated in these exports, so a row starts at
 * the 一级指标 column when it opens with a level-1 word followed by a level-2 word, at the 二级指标
 * column when it opens with a level-2 word, and at the 三级指标 column otherwise; empty cells at the
 * start of a row are the padding between rows. Outside tables, a label line (项目名称, 主管部门 …)
 * and the value line after it are joined into one row, as the header block expects.
 */
final class VerticalCells {

  /** Footer labels end the table: they would otherwise be read as an indicator name. */
  private static final Pattern FOOTER = Pattern.compile("^(附件|填表人|扫一扫|财政部门|审核意见|备注|说明|联系电话).*");
  private static final Pattern LABEL =
      Pattern.compile("^(项目名称|项目支出名称|主管部门|项目主管部门|预算部门|实施单位|预算单位|项目执行单位)(及编码)?$");

  private VerticalCells() {}

  /** The rows with vertical tables and label pairs rebuilt; other rows unchanged. */
  static List<Row> regroup(List<Row> rows) {
    rows = PipeSeparatedCells.normalise(rows);
    List<Row> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      int end = headerEnd(rows, i);
      if (end > i) {
        i = table(rows, i, end, out);
        continue;
      }
      String label = single(rows.get(i));
      label = label == null ? null : label.replaceAll("\\s+", "");
      int after = label == null ? -1 : nextFilled(rows, i + 1);
      if (label != null && LABEL.matcher(label).matches() && after >= 0 && rows.get(after).filledCells().size() > 1) {
        // 项目 名称 | on its own line, its value opening the next (wider) row.
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.addAll(rows.get(after).cells());
        out.add(new Row(rows.get(i).line(), cells));
        i = after + 1;
        continue;
      }
      if (label != null && LABEL.matcher(label).matches()) {
        int j = nextFilled(rows, i + 1);
        String value = j < 0 ? null : single(rows.get(j));
        if (value != null && value.startsWith("及") && label.endsWith("部门")) {
          j = nextFilled(rows, j + 1);
          value = j < 0 ? null : single(rows.get(j));
        }
        if (value != null && ColumnRole.of(value) == null && !LABEL.matcher(value).matches()) {
          out.add(new Row(rows.get(i).line(), List.of(label, value)));
          i = j + 1;
          continue;
        }
      }
      out.add(rows.get(i));
      i++;
    }
    return out;
  }

  /** The index after a vertical header starting at {@code start}, or {@code start} when there is none. */
  private static int headerEnd(List<Row> rows, int start) {
    String first = single(rows.get(start));
    if (first == null || ColumnRole.of(first) == null) {
      return start;
    }
    List<String> cells = new ArrayList<>();
    int i = start;
    int end = start;
    while (i < rows.size()) {
      Row row = rows.get(i);
      if (row.cells().isEmpty()) {
        i++;
        continue;
      }
      String cell = single(row);
      if (cell == null || cell.isEmpty() || cell.length() > 30 || Categories.level1(cell) != null) {
        break;
      }
      cells.add(cell);
      i++;
      end = i;
    }
    // A table without 一级指标 (2016 目标名称 tables) gives its categories as section rows instead.
    boolean hasLevels = cells.stream().anyMatch(c -> ColumnRole.of(c) == ColumnRole.LEVEL3)
        && cells.stream().anyMatch(c -> ColumnRole.of(c) == ColumnRole.LEVEL1 || ColumnRole.of(c) == ColumnRole.TARGET);
    return hasLevels && cells.size() >= 4 ? end : start;
  }

  /** Emits the header and the data rows of a vertical table; returns the index after it. */
  private static int table(List<Row> rows, int start, int headerEnd, List<Row> out) {
    List<String> header = new ArrayList<>();
    for (int i = start; i < headerEnd; i++) {
      String cell = single(rows.get(i));
      if (cell != null) {
        header.add(cell);
      }
    }
    // Columns left of 一级指标 (本年度绩效指标) are labels spanning the block, not cells of each row.
    int level1 = indexOf(header, ColumnRole.LEVEL1);
    header = new ArrayList<>(header.subList(level1 >= 0 ? level1 : indexOf(header, ColumnRole.LEVEL3), header.size()));
    out.add(new Row(rows.get(start).line(), header));
    int level2 = indexOf(header, ColumnRole.LEVEL2);
    int level3 = indexOf(header, ColumnRole.LEVEL3);
    List<String> cells = null;
    int line = 0;
    int i = headerEnd;
    for (; i < rows.size(); i++) {
      Row row = rows.get(i);
      String cell = single(row);
      if (row.cells().isEmpty()) {
        continue;
      }
      if (cell == null) {
        break;
      }
      if (cells == null) {
        if (cell.isEmpty()) {
          continue;
        }
        if (FOOTER.matcher(cell).matches()) {
          break;
        }
        int at;
        if (Categories.level1(cell) != null && isLevel2(next(rows, i))) {
          at = 0;
        } else if (isLevel2(cell) && level2 >= 0) {
          at = level2;
        } else {
          at = level3;
        }
        cells = new ArrayList<>();
        for (int k = 0; k < at; k++) {
          cells.add("");
        }
        line = row.line();
      }
      cells.add(cell);
      if (cells.size() == header.size()) {
        out.add(new Row(line, cells));
        cells = null;
      }
    }
    if (cells != null) {
      // Cut short by the end of the file: kept with fewer cells, which is how truncation is noticed.
      out.add(new Row(line, cells));
    }
    return i;
  }

  private static boolean isLevel2(String cell) {
    return cell != null && Categories.parentOf(Categories.level2(cell)) != null;
  }

  private static String next(List<Row> rows, int i) {
    int j = nextFilled(rows, i + 1);
    return j < 0 ? null : single(rows.get(j));
  }

  private static int nextFilled(List<Row> rows, int from) {
    for (int j = from; j < rows.size(); j++) {
      if (!rows.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static int indexOf(List<String> header, ColumnRole role) {
    for (int i = 0; i < header.size(); i++) {
      if (ColumnRole.of(header.get(i)) == role) {
        return i;
      }
    }
    return -1;
  }

  /** The text of a one-cell row without the trailing pipe of the export, or null for wider rows. */
  private static String single(Row row) {
    if (row.cells().size() != 1) {
      return null;
    }
    return row.cells().get(0).replaceAll("[|\\s]+$", "").strip();
  }
}
