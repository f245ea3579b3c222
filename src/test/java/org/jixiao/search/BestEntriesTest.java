package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heap keeps what sorting every entry would: higher score first, of equal scores the earlier entry. */
class BestEntriesTest {

  @Test
  void keepsTheBestAndTheEarlierOfEqualScores() {
    Random random = new Random(42);
    for (int trial = 0; trial < 500; trial++) {
      int size = random.nextInt(12);
      int n = random.nextInt(200);
      // Few distinct scores, so that most entries tie with many others, as namesakes do.
      int distinct = 1 + random.nextInt(6);
      BestEntries best = new BestEntries(size);
      List<Fusion.Ranked> all = new ArrayList<>();
      for (int doc = 0; doc < n; doc++) {
        float score = random.nextInt(distinct) / 4f;
        best.offer(doc, score);
        all.add(new Fusion.Ranked(doc, score));
        if (doc + 1 >= size) {
          assertThat(best.full()).isTrue();
        }
      }
      all.sort(Comparator.comparingDouble(Fusion.Ranked::score).reversed().thenComparingInt(Fusion.Ranked::doc));
      List<Fusion.Ranked> want = all.subList(0, Math.min(size, n));
      assertThat(best.ranked()).as("trial %d", trial).isEqualTo(want);
      if (best.full() && size > 0) {
        assertThat(best.lowest()).isEqualTo(want.get(want.size() - 1).score());
      }
    }
  }
}
