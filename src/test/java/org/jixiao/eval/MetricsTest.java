package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

  @Test
  void idealOrderScoresOne() {
    assertThat(Metrics.ndcg(List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-12));
    assertThat(Metrics.recall(List.of("a", "b", "c"), GRADES)).isEqualTo(1.0);
    assertThat(Metrics.reciprocalRank(List.of("a", "b", "c"), GRADES)).isEqualTo(1.0);
  }

  @Test
  void ndcgUsesExponentialGainsAndALogDiscount() {
    // DCG = 3/log2(2) + 0 + 7/log2(4) = 3 + 3.5; IDCG = 7 + 3/log2(3) + 1/2
    double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
    assertThat(Metrics.ndcg(List.of("b", "x", "a"), GRADES)).isCloseTo(6.5 / ideal, within(1e-12));
  }

  @Test
  void onlyTheFirstTenCount() {
    List<String> late = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "a");
    assertThat(Metrics.ndcg(late, GRADES)).isZero();
    assertThat(Metrics.recall(late, GRADES)).isZero();
    assertThat(Metrics.reciprocalRank(late, GRADES)).isZero();
    assertThat(Metrics.reciprocalRank(List.of("x", "x", "c"), GRADES)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Metrics.recall(List.of("x", "b"), GRADES)).isCloseTo(1 / 3.0, within(1e-12));
  }
}
