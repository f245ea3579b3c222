package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.util.List;
import java.util.Objects;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;

/** Builds indicators with their categories normalised, keeping the words as written beside them. */
final class RowIndicators {

  private RowIndicators() {}

  /**
   * An indicator without id. Level 1 follows level 2 in one known case: templates before 2021 filed
   * 服务对象满意度指标 under 效益指标; it is a satisfaction indicator and is grouped with the others.
   */
  static Indicator indicator(
      String level1Raw,
      String level2Raw,
      String name,
      String formula,
      List<Target> targets,
      Evaluation evaluation,
      Provenance source) {
    String level1 = Categories.level1(level1Raw);
    String level2 = level2Raw == null ? null : Categories.level2(level2Raw);
    if (Categories.OUTCOME.equals(level1) && Categories.SATISFACTION_L2.equals(level2)) {
      level1 = Categories.SATISFACTION;
    }
    if (level1 == null) {
      level1 = Categories.parentOf(level2);
    }
    String l1Raw = level1Raw == null ? null : level1Raw.strip();
    String l2Raw = level2Raw == null ? null : level2Raw.strip();
    return new Indicator(
        null,
        level1,
        level2,
        name,
        Objects.equals(l1Raw, level1) ? null : l1Raw,
        Objects.equals(l2Raw, level2) ? null : l2Raw,
        formula,
        targets,
        evaluation,
        source);
  }

  /** {@code read} under other categories, as written ({@code level1Raw}, {@code level2Raw}; empty for none). */
  static Indicator recategorised(Indicator read, String level1Raw, String level2Raw) {
    Indicator i = indicator(level1Raw, level2Raw == null || level2Raw.isBlank() ? null : level2Raw, read.name(), read.formula(), read.targets(),
        read.evaluation(), read.source());
    return read.id() == null ? i : i.withId(read.id());
  }
}
