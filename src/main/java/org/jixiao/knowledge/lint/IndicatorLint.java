package org.jixiao.knowledge.lint;

import java.util.List;
import org.jixiao.model.Indicator;

/** An indicator with its findings and its 0–100 score. */
public record IndicatorLint(Indicator indicator, int score, List<Finding> findings) {

  public IndicatorLint {
    findings = List.copyOf(findings);
  }
}
