package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.util.List;

/**
 * The targets set for one concept across the corpus (对标).
 *
 * @param unit the unit of the compared targets (the most common one; others are not comparable)
 * @param count numeric targets compared
 * @param stats their spread; null when there are none
 * @param histogram equal-width bins from min to max
 * @param targets every compared target with where it comes from
 * @param outliers targets beyond 1.5 interquartile ranges from the middle half, marked lax or strict
 * @param qualitative targets that state no comparable number (优, 提升, another unit)
 * @param note why there is no distribution, when there is none
 */
public record BenchmarkReport(
    ConceptRef concept,
    @com.fasterxml.jackson.annotation.JsonProperty("valueUnit") String unit,
    int count,
    Stats stats,
    List<Bin> histogram,
    List<BenchmarkTarget> targets,
    List<BenchmarkTarget> outliers,
    List<BenchmarkTarget> qualitative,
    String note) {

  public BenchmarkReport {
    histogram = List.copyOf(histogram);
    targets = List.copyOf(targets);
    outliers = List.copyOf(outliers);
    qualitative = List.copyOf(qualitative);
  }

  public record Stats(double min, double p25, double median, double p75, double max) {}

  public record Bin(double from, double to, int count) {}

  /**
   * One target and its place.
   *
   * @param outlier {@code lax} or {@code strict} against the peers, else null
   * @param actual the 完成值 a self-evaluation reports for it, as written, else null
   */
  public record BenchmarkTarget(
      String indicatorId,
      String name,
      String city,
      String district,
      String unit,
      String project,
      String projectId,
      Integer year,
      String raw,
      String op,
      Double value,
      String valueUnit,
      String outlier,
      String actual) {}
}
