package org.jixiao.model;

import java.util.List;

/**
 * A project with its context, as a project entry of the index stores it. Its indicators are entries
 * of their own and are fetched by project id, so they are stored once.
 */
public record ProjectRecord(
    String id,
    String documentId,
    String sourceFile,
    String documentKind,
    String city,
    String district,
    String department,
    String unit,
    String unitRaw,
    String name,
    Integer year,
    String yearBasis,
    Budget budget,
    String goal,
    int indicatorCount,
    List<String> indicatorNames,
    List<Indicator> budgetExecution,
    Assessment assessment,
    List<String> flags,
    Provenance source) {

  public ProjectRecord {
    indicatorNames = indicatorNames == null ? List.of() : List.copyOf(indicatorNames);
    budgetExecution = budgetExecution == null ? List.of() : List.copyOf(budgetExecution);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public static ProjectRecord of(Document d, Project p) {
    return new ProjectRecord(
        p.id(), d.id(), d.sourceFile(), d.kind().code(), p.city(), p.district(), p.department(), p.unit(),
        p.unitRaw(), p.name(), d.year(), d.yearBasis().code(), p.budget(), p.goal(), p.indicators().size(),
        p.indicators().stream().map(Indicator::name).toList(), p.budgetExecution(), p.assessment(), p.flags(),
        p.source());
  }
}
