package org.jixiao.model;

/**
 * The overall result of a self-evaluation.
 *
 * @param score 自评总分
 * @param grade 自评绩效等级 (优 / 良 / 中 / 差), as written or derived from the score
 */
public record Assessment(Double score, String grade) {

  /** The grade the rules give a score: ≥90 优, 80–90 良, 60–80 中, below 60 差. */
  public static String gradeFor(double score) {
    if (score >= 90) {
      return "优";
    }
    if (score >= 80) {
      return "良";
    }
    return score >= 60 ? "中" : "差";
  }
}
