package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.util.Regex;
import org.jixiao.vocabulary.Hanzi;

/**
 * A glued header's headings in a run of text ({@code 一级指标二级指标三级指标指标值}, {@code 年初目标值(A)实际完成值(B)得分}):
 * where a run of the vocabulary's heading words starting at a place ends, and its headings as cells. {@link CellCutter}
 * asks it at every place of a glued text.
 */
final class GluedHeadings {

  private GluedHeadings() {}

  /**
   * The end of a run of at least two headings starting at {@code at} (spaces skipped), one of them an
   * anchor or the run the whole text, or of one or more that end the text {@code afterHeadings}, or of the form's
   * label opening the text before a name ({@link #labelBeforeAName}), or -1.
   */
  static int runEnd(String folded, int at, boolean afterHeadings) {
    int i = at;
    int words = 0;
    boolean anchor = false;
    List<ColumnRole> roles = new ArrayList<>();
    while (true) {
      while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
        i++;
      }
      int end = headingAt(folded, i);
      if (end < 0) {
        break;
      }
      ColumnRole role = roleAt(folded, i);
      anchor |= role.anchor;
      roles.add(role);
      words++;
      i = end;
    }
    // 绩效目标值实际完成值累计完成率: a target's heading and an actual's side by side head a self-evaluation's values
    // wherever the headings before them are words the vocabulary does not know (评价内容, 绩效内容).
    anchor |= ColumnRole.headSelfEvaluation(roles);
    // Without an anchor (一级指标, 三级指标 …) a run is a header only when it is the whole text: the rest
    // of a header wrapped onto a line of its own (分值得分偏差原因分析及改进措施).
    boolean ends = folded.substring(i).isBlank();
    return words >= 2 && (anchor || at == 0 && ends) || words >= 1 && afterHeadings && ends
        || labelBeforeAName(folded, at, roles, i) ? i : -1;
  }

  /** The headings of the run from {@code from} to {@code to} ({@link #runEnd}), each a cell of its own, added to {@code out}. */
  static void add(String text, String folded, int from, int to, int line, List<Cell> out) {
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(folded.charAt(i))) {
        i++;
      }
      int end = headingAt(folded, i);
      if (end < 0) {
        break;
      }
      out.add(Cell.of(text.substring(i, end), line));
      i = end;
    }
  }

  /** A short note in brackets after a heading word: 年初目标值(A), 实际完成值(B), 预算数(万元). */
  private static final Regex HEADING_NOTE = Regex.of("^[(（][^()（）]{1,8}[)）]");

  /** The end of a heading word at {@code at} with its note in brackets, spaces inside it skipped, or -1. */
  private static int headingAt(String folded, int at) {
    var e = ColumnRole.wordAt(folded, at);
    if (e == null) {
      return -1;
    }
    int end = Hanzi.endOfWord(folded, at, e.getKey());
    int note = end < 0 ? -1 : HEADING_NOTE.endAt(folded, end);
    return note > 0 ? note : end;
  }

  /** Words after the form's label that are a name of their own, not the rest of one (绩效指标完成率). */
  private static final int LABELLED_NAME = 5;

  /**
   * True when the form's label for its indicators ({@code 绩效指标}, a merged cell printed beside one of the rows)
   * opens the text before a name of its own ({@code 绩效指标修建作业道长度(公里)30}); a short rest (绩效指标达成度) is the
   * name the label's words begin.
   */
  private static boolean labelBeforeAName(String folded, int at, List<ColumnRole> roles, int end) {
    if (at != 0 || roles.size() != 1 || roles.get(0) != ColumnRole.INDICATORS) {
      return false;
    }
    int words = 0;
    for (int i = end; i < folded.length() && Character.isLetter(folded.charAt(i)); i++) {
      words++;
    }
    return words >= LABELLED_NAME;
  }

  /** The role of the heading word at {@code at}, or null where none starts. */
  static ColumnRole roleAt(String folded, int at) {
    var e = ColumnRole.wordAt(folded, at);
    return e == null ? null : e.getValue();
  }
}
