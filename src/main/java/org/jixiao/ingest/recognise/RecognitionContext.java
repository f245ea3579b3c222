package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.model.Provenance;

/** What the table readers of one sheet share: its meta data, the projects found so far, warnings. */
final class RecognitionContext {

  private final String file;
  private final DocumentMeta meta;
  private final List<ProjectDraft> projects = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private BigDecimal declaredTotal;
  private boolean selfEvaluation;

  RecognitionContext(String file, DocumentMeta meta) {
    this.file = file;
    this.meta = meta;
    this.selfEvaluation = meta.selfEvaluation();
  }

  DocumentMeta meta() {
    return meta;
  }

  Provenance provenance(Row row) {
    return new Provenance(file, row.line());
  }

  void addProject(ProjectDraft project) {
    projects.add(project);
  }

  ProjectDraft lastProject() {
    return projects.isEmpty() ? null : projects.get(projects.size() - 1);
  }

  List<ProjectDraft> projects() {
    return projects;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<String> warnings() {
    return warnings;
  }

  /** The first 合计 wins: tables that repeat under headings repeat the total only once, if at all. */
  void declareTotal(BigDecimal total) {
    if (declaredTotal == null) {
      declaredTotal = total;
    }
  }

  BigDecimal declaredTotal() {
    return declaredTotal;
  }

  /** A table with actual values (完成值) makes the document a self-evaluation whatever its title says. */
  void markSelfEvaluation() {
    selfEvaluation = true;
  }

  boolean selfEvaluation() {
    return selfEvaluation;
  }
}
