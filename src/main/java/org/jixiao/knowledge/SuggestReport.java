package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.util.List;
import org.jixiao.knowledge.lint.PeerRange;

/**
 * Indicators recommended for a project being drafted.
 *
 * @param similarProjects the projects of other units the recommendations come from
 * @param groups recommendations grouped by level 1 / level 2 in the standard order
 */
public record SuggestReport(List<SimilarProject> similarProjects, List<Group> groups) {

  public record SimilarProject(String id, String name, String unit, String city, String district, float score) {}

  public record Group(String level1, String level2, List<Suggestion> indicators) {}

  /**
   * One recommended indicator.
   *
   * @param usedBy how many of the similar projects measure this concept
   * @param target the example's target as written
   * @param peers the spread of targets set for the concept across the corpus, or null
   * @param wording copy-ready text in the standard form ({@code 1、产出指标：名称，年度指标值：≥95%。})
   */
  public record Suggestion(ConceptRef concept, String name, String level1, String level2, String target, String formula,
      int usedBy, PeerRange peers, String wording, String exampleId, String exampleProject, String exampleUnit) {}
}
