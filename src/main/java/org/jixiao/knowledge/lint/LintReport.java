package org.jixiao.knowledge.lint;

import java.util.List;

/**
 * The lint of one document.
 *
 * @param findings document-level findings (合计 not matching the sum …)
 * @param warnings what the reader warned about while parsing
 */
public record LintReport(List<ProjectLint> projects, List<Finding> findings, List<String> warnings) {

  public LintReport {
    projects = List.copyOf(projects);
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }
}
