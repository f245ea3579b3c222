package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.vocabulary.Categories;
import org.jixiao.vocabulary.Hanzi;
import org.jixiao.vocabulary.Words;

/**
 * Category and heading words a narrow column broke: a PDF's text layer prints {@code 产出指} on the row's line
 * and {@code 标} on the line below, {@code 满意度} / {@code 指标}, {@code 一级} / {@code 指标}. The vocabulary is
 * closed, so the start of one of its words followed by the piece that completes it is that word, whatever the
 * column's width (which {@link WrappedRows} finds from the lengths of longer cells).
 */
final class BrokenWords {

  /** Longer cells are not the start of a category or heading word a narrow column broke. */
  private static final int LONGEST_START = 8;

  /** Marks a cell never ends with: a list goes on after 、, a bracket opened is closed further on. */
  private static final String GOES_ON = "、(（《“";

  private BrokenWords() {}

  /**
   * True when a line break falls inside a word of running text: {@code 对满足人民群众日益提} / {@code 高的文化需求}
   * (提高), {@code 呼家河至鲍家沟新建水} / {@code 泥路1条} (水泥), or after a mark no cell ends with
   * ({@code 宗教管理经费补助县(} / {@code 市、区)数量}). Cells end between words, so such a break is a column's width,
   * whatever the lengths of the other lines; a break between words says nothing either way.
   */
  static boolean insideAWord(String line, String next) {
    if (line.isEmpty() || next.isEmpty()) {
      return false;
    }
    if (GOES_ON.indexOf(line.charAt(line.length() - 1)) >= 0) {
      return true;
    }
    if (!Hanzi.isHan(line.charAt(line.length() - 1)) || !Hanzi.isHan(next.charAt(0))) {
      return false;
    }
    // …对社会产生的 / 不利影响: a word that needs what follows it (的, 和, 对 …) standing alone at the end, not
    // the end of a longer word (目的, 普及, 导向).
    return Words.across(line, next)
        || NEEDS_MORE.indexOf(line.charAt(line.length() - 1)) >= 0 && Words.lastCharacterAlone(line, next);
  }

  /** Particles, conjunctions and prepositions that a cell does not end with: what they join or govern follows. */
  private static final String NEEDS_MORE = "的和与及或对向把被从并且而按将";

  /** True when the cell is the start of a category or heading word and not all of it ({@code 产出指}, {@code 满意度}). */
  static boolean begins(String cell) {
    return cell.length() >= 2 && cell.length() <= LONGEST_START && (Categories.beginsAWord(cell) || ColumnRole.beginsAWord(cell));
  }

  /** True when the piece makes the start of a word in the cell that word, or more of it ({@code 社会} / {@code 效益}). */
  static boolean completes(String cell, String piece) {
    String whole = cell + piece;
    return Categories.word(whole) != null || ColumnRole.isWord(whole) || begins(whole) || completesAnUnknownCategory(cell, piece);
  }

  /**
   * True when the piece completes a category word outside the vocabulary that a narrow column broke inside one of its
   * words: {@code 实施效} / {@code 果指标} (效果), {@code 过程管} / {@code 理指标} (管理). A form's own categories end in 指标
   * as the standard ones do; the break inside a word tells them from a short cell above the next row's.
   */
  static boolean completesAnUnknownCategory(String cell, String piece) {
    String whole = cell + piece;
    return cell.length() >= 2 && whole.length() <= LONGEST_START && whole.endsWith("指标") && piece.length() < whole.length() - 1
        && insideAWord(cell, piece);
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
