package org.jixiao.model;

/**
 * Where an indicator sits: its document and project, and the unit, region and year they give it.
 * With the indicator itself it is what the index stores for each indicator (see {@code
 * IndicatorRecord}), so that an indicator can be found, filtered and compared without its table.
 *
 * @param documentKind the document's kind ({@link DocumentKind#code()}: a target table or a
 *     self-evaluation), named apart from a target's kind
 * @param project the project's name
 */
public record Placement(
    String documentId,
    String projectId,
    String documentKind,
    String city,
    String district,
    String department,
    String unit,
    String project,
    Integer year) {

  /** Where {@code document}'s project {@code project} places its indicators. */
  public static Placement of(Document document, Project project) {
    return new Placement(document.id(), project.id(), document.kind().code(), project.city(), project.district(),
        project.department(), project.unit(), project.name(), document.year());
  }

  /** Its district, else its city. */
  public String region() {
    return district != null ? district : city;
  }
}
