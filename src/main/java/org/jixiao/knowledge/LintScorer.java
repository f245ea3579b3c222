package org.jixiao.knowledge;

import java.util.List;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.knowledge.lint.LintReport;
import org.jixiao.knowledge.lint.Linter;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Project;
import org.jixiao.model.YearBasis;

/** Scores an indexed project by linting it as a one-project document, peers included. */
public final class LintScorer implements ProjectScorer {

  private final Linter linter;

  public LintScorer(Peers peers) {
    this.linter = new Linter(peers);
  }

  @Override
  public int score(ProjectRecord p, List<IndicatorRecord> indicators) {
    LintReport report = linter.lint(asDocument(p, indicators));
    return report.projects().isEmpty() ? 0 : report.projects().get(0).score();
  }

  /** The project as the model has it, alone in a document (no 合计 to check). */
  public static Document asDocument(ProjectRecord p, List<IndicatorRecord> indicators) {
    Project project = new Project(p.id(), p.name(), p.unit(), p.unitRaw(), p.department(), p.city(), p.district(),
        p.budget(), p.goal(), indicators.stream().map(IndicatorRecord::indicator).toList(), p.budgetExecution(),
        p.assessment(), p.flags(), p.source());
    DocumentKind kind = "self-evaluation".equals(p.documentKind()) ? DocumentKind.SELF_EVALUATION : DocumentKind.TARGET_TABLE;
    return new Document(p.documentId(), p.sourceFile(), kind, null, p.city(), p.district(), p.department(), p.unit(),
        p.year(), YearBasis.UNKNOWN, null, List.of(project), List.of());
  }
}
