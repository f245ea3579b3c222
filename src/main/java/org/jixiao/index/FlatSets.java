package org.jixiao.index;

/**
 * Sets of value ids in one array with the offset of each set: turning a search's counts per
 * combination into counts per value reads every combination's values, thousands per segment, and
 * one array of them stays in the cache where an array per combination costs a miss each.
 */
final class FlatSets {

  private final int[] start;
  private final int[] values;

  FlatSets(int[][] sets) {
    start = new int[sets.length + 1];
    for (int c = 0; c < sets.length; c++) {
      start[c + 1] = start[c] + sets[c].length;
    }
    values = new int[start[sets.length]];
    for (int c = 0; c < sets.length; c++) {
      System.arraycopy(sets[c], 0, values, start[c], sets[c].length);
    }
  }

  /**
   * Adds {@code perSet[c]} to {@code counts[v]} for each value {@code v} of each set {@code c} whose
   * dimension is {@code dim} (every value when {@code dim} is -1).
   */
  void addCounts(int[] perSet, int[] counts, int[] dims, int dim) {
    for (int c = 0; c < perSet.length; c++) {
      int n = perSet[c];
      if (n != 0) {
        for (int i = start[c]; i < start[c + 1]; i++) {
          int v = values[i];
          if (dim < 0 || dims[v] == dim) {
            counts[v] += n;
          }
        }
      }
    }
  }
}
