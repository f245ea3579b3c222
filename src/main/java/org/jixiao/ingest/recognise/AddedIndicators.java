package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;

/**
 * Where a finished indicator goes: assembled into its project ({@link IndicatorAssembly}), with the
 * adjustments that need the indicators already added there. Under a header of 中期 | 年度 halves read
 * one cell per line, the 年度 half repeats the indicator the 中期 half just gave
 * (数量指标 / 鉴定校准实验室仪器 / ≥57个 / 数量指标 / 鉴定校准实验室仪器 / ≥57个): one indicator, whose first
 * target is its cycle's and the second this year's. Targets and weights a glued row ran together are
 * cut when the header ends ({@link GluedWeights}).
 */
final class AddedIndicators {

  private final IndicatorAssembly assembly;
  private final GluedWeights gluedWeights = new GluedWeights();
  private final CentredCategories centred = new CentredCategories();
  /** The indicator added last, to tell a 年度 half that repeats it. */
  private Indicator lastAdded;

  AddedIndicators(RecognitionContext context) {
    this.assembly = new IndicatorAssembly(context);
  }

  /**
   * Adds the indicator to its project; false when it was no indicator. {@code halves}: the header has
   * 中期 | 年度 halves; {@code own1}, {@code own2}: its row stood beside its own level-1, level-2 label
   * (else it took the ones above it).
   */
  boolean add(PartialIndicator r, boolean underIndicatorHeader, ProjectDraft project, boolean halves, boolean own1, boolean own2) {
    if (halves) {
      secondHalf(r, project);
    }
    int indicators = project == null ? 0 : project.indicators.size();
    int budget = project == null ? 0 : project.budgetExecution.size();
    if (!assembly.add(r, underIndicatorHeader, project)) {
      return false;
    }
    if (project != null) {
      List<Indicator> list = project.indicators.size() > indicators ? project.indicators : project.budgetExecution;
      int from = list == project.indicators ? indicators : budget;
      centred.added(list, list.subList(Math.min(from, list.size()), list.size()), r.level1, r.level2, own1, own2);
    }
    gluedWeights.added(r, project);
    lastAdded = project.indicators.isEmpty() ? null : project.indicators.get(project.indicators.size() - 1);
    return true;
  }

  /** The header or the project ended: what waited for the rest of its rows is settled. */
  void settle() {
    gluedWeights.settle();
    centred.settle();
  }

  private void secondHalf(PartialIndicator r, ProjectDraft project) {
    List<Indicator> list = project == null ? List.of() : project.indicators;
    Indicator first = list.isEmpty() ? null : list.get(list.size() - 1);
    if (first == null || first != lastAdded || !first.name().equals(r.name.strip()) || r.values.containsKey(ColumnRole.CYCLE_TARGET)
        || first.target() == null || first.targets().stream().anyMatch(t -> t.period() == Period.CYCLE)) {
      return;
    }
    list.remove(list.size() - 1);
    r.values.put(ColumnRole.CYCLE_TARGET, first.target().raw());
  }
}
