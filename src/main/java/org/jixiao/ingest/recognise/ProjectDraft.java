package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Assessment;
import org.jixiao.model.Budget;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;

/** A project while its rows are still being read; becomes a {@link org.jixiao.model.Project} at the end. */
final class ProjectDraft {
  String name;
  String unitRaw;
  String department;
  Budget budget;
  final List<String> goals = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  final List<Indicator> budgetExecution = new ArrayList<>();
  final List<String> flags = new ArrayList<>();
  Assessment assessment;
  Provenance source;

  ProjectDraft(String name, Provenance source) {
    this.name = name;
    this.source = source;
  }

  String goal() {
    return goals.isEmpty() ? null : String.join("\n", goals);
  }
}
