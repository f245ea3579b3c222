package org.jixiao.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns sets of value ids as small numbers. Entries of one table come one after another with the
 * same place in an index in insertion order; the index is sorted by name, so neighbours mostly
 * differ: each set is looked up by a reused probe key, without boxing or copying, and copied only
 * when new (the first search at a million entries interns 2.4 million sets).
 */
final class Combinations {
  private final Map<IntSet, Integer> ids = new HashMap<>();
  private final List<int[]> sets = new ArrayList<>();
  private final IntSet probe = new IntSet(new int[8], 0);

  void clear() {
    probe.size = 0;
  }

  void add(int id) {
    if (probe.size == probe.values.length) {
      probe.values = Arrays.copyOf(probe.values, probe.size * 2);
    }
    probe.values[probe.size++] = id;
  }

  int intern() {
    Integer id = ids.get(probe);
    if (id == null) {
      int[] set = Arrays.copyOf(probe.values, probe.size);
      id = sets.size();
      ids.put(new IntSet(set, set.length), id);
      sets.add(set);
    }
    return id;
  }

  int[][] all() {
    return sets.toArray(int[][]::new);
  }

  /** The first {@code size} of {@code values} as a map key. */
  private static final class IntSet {
    int[] values;
    int size;

    IntSet(int[] values, int size) {
      this.values = values;
      this.size = size;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof IntSet o && Arrays.equals(values, 0, size, o.values, 0, o.size);
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (int i = 0; i < size; i++) {
        h = 31 * h + values[i];
      }
      return h;
    }
  }
}
