package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.vocabulary.Categories;

/**
 * Category and heading words a narrow column broke: a PDF's text layer prints {@code 产出指} on the row's line
 * and {@code 标} on the line below, {@code 满意度} / {@code 指标}, {@code 一级} / {@code 指标}. The vocabulary is
 * closed, so the start of one of its words followed by the piece that completes it is that word, whatever the
 * column's width (which {@link WrappedRows} finds from the lengths of longer cells).
 */
final class BrokenWords {

  /** Longer cells are not the start of a category or heading word a narrow column broke. */
  private static final int LONGEST_START = 8;

  private BrokenWords() {}

  /** True when the cell is the start of a category or heading word and not all of it ({@code 产出指}, {@code 满意度}). */
  static boolean begins(String cell) {
    return cell.length() >= 2 && cell.length() <= LONGEST_START && (Categories.beginsAWord(cell) || ColumnRole.beginsAWord(cell));
  }

  /** True when the piece makes the start of a word in the cell that word, or more of it ({@code 社会} / {@code 效益}). */
  static boolean completes(String cell, String piece) {
    String whole = cell + piece;
    return Categories.word(whole) != null || ColumnRole.isWord(whole) || begins(whole);
  }

  /** True when a piece of the line completes one of the cells marked {@code broken}: the line is their rest. */
  static boolean anyCompleted(List<String> line, List<String> cells, boolean[] broken) {
    for (int c = 0; c < cells.size(); c++) {
      if (broken[c]) {
        for (String piece : line) {
          if (completes(cells.get(c), piece)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True for a whole category of results or a whole heading: the words lines of their own may be broken from
   * (可持续影响 / 指标). A form's block label broken over lines, 预算 / 执行 / 情况, names no category of results,
   * though its start reads like a budget-execution word.
   */
  static boolean isIndicatorWord(String word) {
    Categories.Category c = Categories.word(word);
    if (c != null) {
      return Categories.isResultCategory(c.level() == 1 ? c.standard() : c.parent());
    }
    return ColumnRole.isWord(word);
  }
}
