package org.jixiao.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics at a cut-off of 10, as trec_eval computes them: nDCG with gain {@code 2^grade - 1}
 * and a log2 discount, recall of everything judged relevant (grade ≥ 1), and the reciprocal rank of
 * the first relevant result.
 */
public final class Metrics {

  public static final int CUTOFF = 10;

  private Metrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<String> ranked, Map<String, Integer> grades) {
    if (grades.isEmpty()) {
      return 0;
    }
    long found = ranked.stream().limit(CUTOFF).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / grades.size();
  }

  /** Reciprocal rank of the first relevant result within the first {@link #CUTOFF}; 0 when none. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
    for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return (1 << grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
