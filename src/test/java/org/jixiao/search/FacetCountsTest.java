package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

  @Test
  void theSmallestKeysAreTheSortedPrefix() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      int n = random.nextInt(300);
      int k = random.nextInt(60);
      long[] keys = new long[n + random.nextInt(5)]; // slack past n is ignored
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextInt(round % 2 == 0 ? 20 : 1_000_000); // many duplicates in half the rounds
      }
      long[] sorted = Arrays.copyOf(keys, n);
      Arrays.sort(sorted);
      assertThat(FacetCounts.smallest(keys, n, k)).as("n %d k %d", n, k).containsExactly(Arrays.copyOf(sorted, Math.min(n, k)));
    }
  }
}
