package org.jixiao.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jixiao.knowledge.lint.Finding;
import org.jixiao.knowledge.lint.IndicatorLint;
import org.jixiao.knowledge.lint.LintReport;
import org.jixiao.knowledge.lint.ProjectLint;
import org.jixiao.model.Target;

/** The answer of {@code POST /api/lint}, in the shape drafters' tools read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LintView(List<ProjectView> projects, List<FindingView> findings, List<String> warnings) {

  record ProjectView(String name, String unit, Integer line, int score, List<FindingView> findings, List<IndicatorView> indicators) {}

  record IndicatorView(String name, String level1, String level2, Target target, String formula, Integer line, int score,
      List<FindingView> findings) {}

  record FindingView(String rule, String severity, String message, String suggestion, Integer line) {}

  /** An indicator's quality on a result card. */
  record QualityView(int score, List<FindingView> findings) {}

  static List<FindingView> findingsOf(List<Finding> findings) {
    return findings(findings);
  }

  static LintView of(LintReport r) {
    return new LintView(r.projects().stream().map(LintView::project).toList(), findings(r.findings()), r.warnings());
  }

  private static ProjectView project(ProjectLint p) {
    return new ProjectView(p.project().name(), p.project().unit(), line(p.project().source()), p.score(),
        findings(p.findings()), p.indicators().stream().map(LintView::indicator).toList());
  }

  private static IndicatorView indicator(IndicatorLint i) {
    return new IndicatorView(i.indicator().name(), i.indicator().level1(), i.indicator().level2(), i.indicator().target(),
        i.indicator().formula(), line(i.indicator().source()), i.score(), findings(i.findings()));
  }

  private static List<FindingView> findings(List<Finding> findings) {
    return findings.stream().map(f -> new FindingView(f.rule(), f.severity().code(), f.message(), f.suggestion(), f.line())).toList();
  }

  private static Integer line(org.jixiao.model.Provenance p) {
    return p == null ? null : p.line();
  }
}
