package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class GroupCountsTest {

  /** Docs in group order, as the index's sort by name lays them out, except where a test says. */
  private final List<List<Integer>> groups = new ArrayList<>();
  private final long[] combos = new long[200];
  private final FixedBitSet indicators = new FixedBitSet(200);

  private static long combo(int place, int category) {
    return (long) place << 32 | category;
  }

  private GroupCounts build(int places, int categories) {
    int[] groupStart = new int[groups.size() + 1];
    List<Integer> all = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      all.addAll(groups.get(g));
      groupStart[g + 1] = all.size();
    }
    return GroupCounts.of(combos, places, categories, groupStart, all.stream().mapToInt(Integer::intValue).toArray(), indicators);
  }

  @Test
  void aLongGroupIsCountedPerTypeAndTheRestAreLeftToEntryByEntry() {
    // Group 0, docs 0..39: 36 indicators over two places and two years, 4 projects.
    List<Integer> g0 = new ArrayList<>();
    for (int doc = 0; doc < 40; doc++) {
      g0.add(doc);
      if (doc < 36) {
        indicators.set(doc);
        combos[doc] = combo(doc % 2, doc < 12 ? 0 : 1);
      } else {
        combos[doc] = combo(2, 2);
      }
    }
    groups.add(g0);
    // Group 1, docs 40..49: too short to be worth it.
    List<Integer> g1 = new ArrayList<>();
    for (int doc = 40; doc < 50; doc++) {
      g1.add(doc);
      indicators.set(doc);
    }
    groups.add(g1);
    // Group 2: 40 indicators, not contiguous (a gap at 90..94).
    List<Integer> g2 = new ArrayList<>();
    for (int doc = 50; doc < 100; doc++) {
      if (doc < 90 || doc > 94) {
        g2.add(doc);
        indicators.set(doc);
      }
    }
    groups.add(g2);
    // Group 3, docs 100..139: every entry its own place, so its pairs outnumber its entries.
    List<Integer> g3 = new ArrayList<>();
    for (int doc = 100; doc < 140; doc++) {
      g3.add(doc);
      indicators.set(doc);
      combos[doc] = combo(doc - 100, 0);
    }
    groups.add(g3);

    GroupCounts counts = build(40, 3);

    assertThat(counts.size(0, true)).isEqualTo(36);
    assertThat(counts.first(0)).isZero();
    assertThat(counts.last(0)).isEqualTo(39);
    int[] perPlace = new int[40];
    int[] perCategory = new int[3];
    perPlace[1] = 5; // counts are added to what is there
    counts.addTo(0, true, perPlace, perCategory);
    assertThat(perPlace[0]).isEqualTo(18);
    assertThat(perPlace[1]).isEqualTo(23);
    assertThat(perPlace[2]).as("the projects' place").isZero();
    assertThat(perCategory).containsExactly(12, 24, 0);

    assertThat(counts.size(0, false)).as("four projects").isEqualTo(-1);
    assertThat(counts.size(1, true)).isEqualTo(-1);
    assertThat(counts.size(2, true)).isEqualTo(-1);
    assertThat(counts.size(3, true)).isEqualTo(-1);
  }
}
