package org.jixiao.knowledge.lint;

import java.util.List;
import org.jixiao.model.Project;

/** A project with its own findings, its indicators' lints and its 0–100 score. */
public record ProjectLint(Project project, int score, List<Finding> findings, List<IndicatorLint> indicators) {

  public ProjectLint {
    findings = List.copyOf(findings);
    indicators = List.copyOf(indicators);
  }
}
