package org.jixiao.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.Fields;

/** Facet value counts (by value id) as the API shows them: per dimension, the most frequent first. */
final class FacetCounts {

  /** How many values each facet lists. */
  static final int FACET_VALUES = 50;

  private FacetCounts() {}

  /** Each dimension's most frequent values, most frequent first, then by label. */
  static Map<String, Map<String, Long>> of(EntryColumns.Dictionary dictionary, int[] counts) {
    int dimCount = Fields.FACETS.size();
    // Sort keys: count descending in the high half, label order in the low half.
    long[][] keys = new long[dimCount][];
    int[] sizes = new int[dimCount];
    for (int d = 0; d < dimCount; d++) {
      keys[d] = new long[16];
    }
    for (int id = 0; id < counts.length; id++) {
      if (counts[id] > 0) {
        int d = dictionary.dims()[id];
        if (sizes[d] == keys[d].length) {
          keys[d] = Arrays.copyOf(keys[d], sizes[d] * 2);
        }
        keys[d][sizes[d]++] = ((long) (Integer.MAX_VALUE - counts[id]) << 32) | dictionary.labelRanks()[id];
      }
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int d = 0; d < dimCount; d++) {
      long[] k = smallest(keys[d], sizes[d], FACET_VALUES);
      Map<String, Long> values = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(k.length, FACET_VALUES); i++) {
        int id = dictionary.idsByLabel()[(int) k[i]];
        values.put(dictionary.labels()[id], (long) counts[id]);
      }
      out.put(Fields.FACETS.get(d), values);
    }
    return out;
  }

  /**
   * The {@code k} smallest of {@code keys[0..n)}, ascending. A dimension such as unit has thousands
   * of values and the API lists 50: sorting them all was a tenth of a broad search over HTTP. Each
   * key is checked against the largest kept and most are not kept, so this is about one comparison
   * per key.
   */
  static long[] smallest(long[] keys, int n, int k) {
    long[] kept = new long[Math.min(n, k)];
    if (kept.length == 0) {
      return kept;
    }
    int size = 0;
    for (int i = 0; i < n; i++) {
      long key = keys[i];
      if (size == kept.length && key >= kept[size - 1]) {
        continue;
      }
      int at = size == kept.length ? size - 1 : size++;
      while (at > 0 && kept[at - 1] > key) {
        kept[at] = kept[at - 1];
        at--;
      }
      kept[at] = key;
    }
    return kept;
  }
}
