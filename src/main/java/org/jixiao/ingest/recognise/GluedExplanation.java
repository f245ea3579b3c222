package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.vocabulary.Hanzi;

/**
 * A name and its explanation run together in one cell, where the header puts an explanation column
 * (指标说明, 指标解释, 评价标准 …) between the name and the target and the export lost the border:
 * {@code 享受资助人数达到预计值} under 指标名称 | 指标说明 | 目标值 is the name 享受资助人数 and the
 * explanation 达到预计值. The name ends as names end (…人数, …准确率, …满意度); the explanation does not,
 * unless it opens as explanations open (反映…). Of several such places the last is taken: 受益人数增长率较上年增长
 * is 受益人数增长率 and 较上年增长.
 *
 * <p>Where the explanation repeats the name (templates whose 绩效指标描述 is the name again), the repetition
 * marks the seam whatever the name's ending: {@code 消除安全隐患消除安全隐患持续影响} is the name, its copy and
 * the target 持续影响 in words, which the value grammar does not know for a target.
 */
final class GluedExplanation {


  private GluedExplanation() {}

  /** A glued cell's name, the explanation after it and, when the cell holds it too, the target in words. */
  record Cut(String name, String explanation, String target) {}

  /** A name repeated shorter than this is a doubled character or word (高高, 满意满意), not a name. */
  private static final int SHORTEST_REPEATED_NAME = 3;

  /**
   * The name and the explanation a glued cell holds, or null when the cell is a name alone. Only for
   * a row that is one glued cell, whose next cell is the target (so no explanation cell stood apart),
   * under a header with an explanation column before the target.
   */
  static Cut split(Row row, Cell name, Cell next, List<ColumnRole> tail) {
    int description = tail.indexOf(ColumnRole.DESCRIPTION);
    int target = tail.indexOf(ColumnRole.TARGET);
    if (description < 0 || target < 0 || description > target || !CellCutter.isGluedRow(row)) {
      return null;
    }
    String text = name.text();
    String folded = Hanzi.foldChars(text);
    boolean targetFollows = next != null && next.line() == name.line() && next.isTargetLike();
    Cut repeated = folded.length() == text.length() ? repeated(text, targetFollows) : null;
    if (repeated != null) {
      return repeated;
    }
    if (!targetFollows || folded.length() != text.length() || ValueBoundary.CLAUSE.find(folded)) {
      return null;
    }
    for (int at = folded.length() - 2; at >= 3; at--) {
      String head = folded.substring(0, at);
      String rest = folded.substring(at);
      if (PartialIndicator.NAME_END.matcher(head).matches() && !PartialIndicator.NAME_END.matcher(head + rest.charAt(0)).matches()
          && (!PartialIndicator.NAME_END.matcher(rest).matches() || ValueBoundary.EXPLANATION_OPENER.lookingAt(rest))
          && !IndicatorRecords.NUMBERING.lookingAt(rest) && Character.isLetter(rest.charAt(0))) {
        return new Cut(text.substring(0, at), text.substring(at), null);
      }
    }
    return null;
  }

  /**
   * The name written twice at the start of the cell, and what follows the copy: nothing when the target
   * stands in the next cell, else the target in words. The longest repetition wins.
   */
  private static Cut repeated(String text, boolean targetFollows) {
    for (int k = text.length() / 2; k >= SHORTEST_REPEATED_NAME; k--) {
      if (text.startsWith(text.substring(0, k), k)) {
        String rest = text.substring(2 * k).strip();
        if (targetFollows != rest.isEmpty() || !rest.isEmpty() && !Character.isLetter(rest.charAt(0))) {
          return null;
        }
        return new Cut(text.substring(0, k), text.substring(k, 2 * k), rest.isEmpty() ? null : rest);
      }
    }
    return null;
  }
}
