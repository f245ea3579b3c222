package org.jixiao.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heap keeps what sorting every entry would: higher score first, of equal scores the earlier entry. */
class BestEntriesTest {

  record Entry(int doc, float score) {}

  @Test
  void keepsTheBestAndTheEarlierOfEqualScores() {
    Random random = new Random(42);
    for (int trial = 0; trial < 500; trial++) {
      int size = random.nextInt(12);
      int n = random.nextInt(200);
      // Few distinct scores, so that most entries tie with many others, as namesakes do.
      int distinct = 1 + random.nextInt(6);
      BestEntries best = new BestEntries(size);
      List<Entry> all = new ArrayList<>();
      for (int doc = 0; doc < n; doc++) {
        float score = random.nextInt(distinct) / 4f;
        best.offer(doc, score);
        all.add(new Entry(doc, score));
        if (doc + 1 >= size) {
          assertThat(best.full()).isTrue();
        }
      }
      all.sort(Comparator.comparingDouble(Entry::score).reversed().thenComparingInt(Entry::doc));
      List<Entry> want = all.subList(0, Math.min(size, n));
      List<Entry> got = new ArrayList<>();
      best.bestFirst((doc, score) -> got.add(new Entry(doc, score)));
      assertThat(got).as("trial %d", trial).isEqualTo(want);
      if (best.full() && size > 0) {
        assertThat(best.lowest()).isEqualTo(want.get(want.size() - 1).score());
      }
    }
  }
}
