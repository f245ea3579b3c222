package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Puts back the cells that HTML and markdown exports drop for merged cells. A row under
 * {@code 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …} that continues a project starts
 * straight at its level-1 cell ({@code 产出指标 | 时效指标 | …}); the columns after it are then read
 * from the wrong places. Finding the level-1 word left of its header column says how far to shift.
 */
final class ShiftedRows {

  private ShiftedRows() {}

  /** The row with blank cells put in front so its level-1 word sits under the 一级指标 header. */
  static Row align(Header header, Row row) {
    Integer column = header.columns().get(ColumnRole.LEVEL1);
    if (column == null || isCategoryPair(row, column)) {
      return row;
    }
    for (int i = 0; i < column && i < row.cells().size(); i++) {
      if (isCategoryPair(row, i)) {
        return shifted(row, column - i);
      }
    }
    // A row that also lost its level-1 cell starts with its level-2 word, which belongs next to it.
    int level2 = column + 1;
    // A level-1 word in place (满意度指标, which also reads as a level 2) is not such a row.
    if (header.has(ColumnRole.LEVEL2) && Categories.level1(row.cell(column)) == null && isLevel2(row.cell(0))
        && !isLevel2(row.cell(level2))) {
      return shifted(row, level2);
    }
    return row;
  }

  private static boolean isLevel2(String cell) {
    return Categories.parentOf(Categories.level2(cell)) != null;
  }

  private static Row shifted(Row row, int by) {
    List<String> cells = new ArrayList<>();
    for (int k = 0; k < by; k++) {
      cells.add("");
    }
    cells.addAll(row.cells());
    return new Row(row.line(), cells);
  }

  /**
   * A level-1 word followed by a level-2 word (or a merged blank) is a category pair; a level-2 word
   * alone ({@code 服务对象满意度指标} also names level 1 满意度) or a name that mentions 产出 is not.
   */
  private static boolean isCategoryPair(Row row, int i) {
    String next = row.cell(i + 1);
    return Categories.level1(row.cell(i)) != null
        && (next.isBlank() || Categories.parentOf(Categories.level2(next)) != null);
  }
}
