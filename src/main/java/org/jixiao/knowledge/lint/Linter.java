package org.jixiao.knowledge.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.util.Deadline;

/**
 * The quality lint of one document: each indicator against the rules of 财预〔2020〕10号 and
 * 财预〔2021〕101号 ({@link Rule} lists them), each project for the indicators it lacks, the document for
 * its 合计, with a 0–100 score per indicator and project ({@link Scores}).
 *
 * <p>The lint reads the model only; it never throws on odd data (null names, targets or sources are
 * judged as missing, not dereferenced). Peers come from outside, so that the same lint runs in a unit
 * test with {@link Peers#NONE} and against the whole corpus in the product.
 */
public final class Linter {

  private final IndicatorRules indicatorRules;

  public Linter(Peers peers) {
    this.indicatorRules = new IndicatorRules(Objects.requireNonNull(peers, "peers"));
  }

  public LintReport lint(Document document) {
    List<ProjectLint> projects = document.projects().stream().map(this::lint).toList();
    return new LintReport(projects, DocumentRules.check(document), document.warnings());
  }

  private ProjectLint lint(Project project) {
    List<Indicator> indicators = project.indicators();
    Map<Integer, Finding> duplicates = Duplicates.find(indicators);
    List<IndicatorLint> lints = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      Deadline.check();
      List<Finding> findings = new ArrayList<>(indicatorRules.check(indicators.get(i)));
      if (duplicates.containsKey(i)) {
        findings.add(duplicates.get(i));
      }
      lints.add(new IndicatorLint(indicators.get(i), Scores.indicator(findings), findings));
    }
    List<Finding> findings = ProjectRules.check(project);
    return new ProjectLint(project, Scores.project(lints, findings), findings, lints);
  }
}
