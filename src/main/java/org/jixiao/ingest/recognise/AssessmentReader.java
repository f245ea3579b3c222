package org.jixiao.ingest.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.Numbers;
import org.jixiao.model.Assessment;

/**
 * Finds a self-evaluation's total score and grade: a {@code 自评总分} cell followed by the score,
 * {@code 自评绩效等级:优}. The grade's definition row ({@code 自评绩效等级:分数≥90分为优…}) is not a grade.
 */
final class AssessmentReader {

  private static final Pattern SCORE_INLINE = Pattern.compile("(?:自评总分|总得分|综合得分|总分)\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)");
  private static final Pattern SCORE_LABEL = Pattern.compile("^(?:自评总分|总得分|综合得分|总分)\\s*[:：]?$");
  private static final Pattern GRADE = Pattern.compile("(?:自评)?(?:绩效)?等级\\s*[:：]\\s*([优良中差])(?![^，,。;；\\s]*分)");

  private AssessmentReader() {}

  /** The assessment in the rows, or null when they state neither score nor grade. */
  static Assessment read(List<Row> rows) {
    Double score = null;
    String grade = null;
    for (Row row : rows) {
      List<String> cells = row.filledCells();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (score == null) {
          Matcher inline = SCORE_INLINE.matcher(cell);
          if (inline.find()) {
            score = Double.valueOf(inline.group(1));
          } else if (SCORE_LABEL.matcher(cell).matches() && i + 1 < cells.size()) {
            score = Numbers.first(cells.get(i + 1));
          }
        }
        Matcher g = GRADE.matcher(cell);
        if (grade == null && g.find()) {
          grade = g.group(1);
        }
      }
    }
    if (score == null && grade == null) {
      return null;
    }
    return new Assessment(score, grade != null ? grade : Assessment.gradeFor(score));
  }
}
