package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;

/**
 * Targets and weights run together in rows glued into one cell, under a header whose weight column
 * (分值) follows the target's: {@code 享受资助人数达到预计值210010} is the target 2100 and the weight 10.
 * Digits alone do not show that a weight was glued on, but the other rows under the same header do:
 * where they kept their weights apart ({@code 100%10}: a percentage ends where the weight begins), a
 * bare-number target without a weight (after its comparison sign, if any: ≥110 is ≥1 and 10) is cut where exactly
 * one cut leaves a weight those rows give
 * ({@link GluedNumbers#targetWeight}); a target alone (2100, the weight cell empty) leaves none. The
 * table is judged when its header ends, so the first row is read like the rest.
 */
final class GluedWeights {

  /** A target read as it stands ({@code ≥110}): its comparison sign, if any, and the digits that may hold a weight. */
  private record Candidate(ProjectDraft project, Indicator read, String target, String sign, String digits) {}

  private final List<Candidate> candidates = new ArrayList<>();
  /** The weights the rows under the header kept apart. */
  private final java.util.Set<Double> weights = new java.util.HashSet<>();

  /** Notes an indicator just added to {@code project}: a weight shown, or a target that may hold one. */
  void added(PartialIndicator r, ProjectDraft project) {
    String weight = r.values.getOrDefault(ColumnRole.WEIGHT, "");
    if (!weight.isBlank()) {
      if (weight.strip().matches("\\d+(?:\\.\\d+)?")) {
        weights.add(Double.valueOf(weight.strip()));
      }
      return;
    }
    String target = r.values.getOrDefault(ColumnRole.TARGET, "").strip();
    java.util.regex.Matcher sign = GluedNumbers.SIGN.matcher(target);
    String signText = sign.lookingAt() ? sign.group() : "";
    String digits = target.substring(signText.length());
    int at = r.tail.indexOf(ColumnRole.TARGET);
    if (at < 0 || at + 1 >= r.tail.size() || r.tail.get(at + 1) != ColumnRole.WEIGHT || r.tail.contains(ColumnRole.ACTUAL)
        || r.dealt || !CellCutter.isGluedRow(r.row)
        || !digits.matches("\\d{3,}") || project.indicators.isEmpty()) {
      return;
    }
    candidates.add(new Candidate(project, project.indicators.get(project.indicators.size() - 1), target, signText, digits));
  }

  /** The header ended: cuts the glued targets where the other rows' weights show the cut. */
  void settle() {
    if (!weights.isEmpty()) {
      for (Candidate c : candidates) {
        List<String> cut = GluedNumbers.targetWeight(c.digits(), weights);
        int at = indexOf(c.project().indicators, c.read());
        if (cut == null || at < 0 || c.read().target() == null || !c.read().target().raw().strip().equals(c.target())) {
          continue;
        }
        Indicator i = c.read();
        Evaluation e = i.evaluation();
        Double weight = Double.valueOf(cut.get(1));
        c.project().indicators.set(at, new Indicator(i.id(), i.level1(), i.level2(), i.name(), i.level1Raw(), i.level2Raw(), i.formula(),
            List.of(TargetParser.parse(c.sign() + cut.get(0), Period.ANNUAL)),
            e == null ? new Evaluation(null, weight, null, null, false)
                : new Evaluation(e.actual(), weight, e.completion(), e.score(), e.sharedWithRow()),
            i.source()));
      }
    }
    candidates.clear();
    weights.clear();
  }

  private static int indexOf(List<Indicator> list, Indicator i) {
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k) == i) {
        return k;
      }
    }
    return -1;
  }
}
