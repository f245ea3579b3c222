package org.jixiao.index;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's facet counts of each whole name group, per entry type: how many entries of the
 * group have each place combination and each category combination.
 *
 * <p>A broad query matches whole groups (满意度 is the name of tens of thousands of entries at a
 * million, one run of them per segment, as the index is sorted by name). Without filters, a search
 * that sees a group's every entry among its matches adds the group's counts at once instead of
 * reading each entry's combination: a group repeats its places and categories, so this reads a few
 * pairs per entry's worth of counting. Kept only for groups where that saves work: contiguous, of
 * at least {@link #MIN_ENTRIES} entries, with no more pairs than entries.
 */
public final class GroupCounts {

  static final int MIN_ENTRIES = 32;
  private static final int NONE = -1;

  /** The docs of each group, in doc order (the segment's, shared): see {@link #of}. */
  private final int[] groupStart;
  private final int[] docsByGroup;
  /** Per group and type ({@code 2 * group + (indicators ? 1 : 0)}): entries, or {@link #NONE}. */
  private final int[] size;
  /** Per group and type: where its pairs start in {@link #ids} and {@link #counts}. */
  private final int[] pairsStart;
  /** Per group and type: how many of its pairs are places (the rest are categories). */
  private final int[] placePairs;
  private final int[] ids;
  private final int[] counts;

  private GroupCounts(int[] groupStart, int[] docsByGroup, int[] size, int[] pairsStart, int[] placePairs, int[] ids,
      int[] counts) {
    this.groupStart = groupStart;
    this.docsByGroup = docsByGroup;
    this.size = size;
    this.pairsStart = pairsStart;
    this.placePairs = placePairs;
    this.ids = ids;
    this.counts = counts;
  }

  /**
   * @param groupStart, docsByGroup the docs of each group, in doc order: group g's are
   *     {@code docsByGroup[groupStart[g] .. groupStart[g + 1])}
   * @param indicators which docs are indicators (the rest are projects)
   */
  static GroupCounts of(long[] combos, int places, int categories, int[] groupStart, int[] docsByGroup, FixedBitSet indicators) {
    int groups = groupStart.length - 1;
    int[] size = new int[2 * groups];
    int[] pairsStart = new int[2 * groups + 1];
    int[] placePairs = new int[2 * groups];
    Arrays.fill(size, NONE);
    int[] perPlace = new int[places];
    int[] perCategory = new int[categories];
    int[] touchedPlaces = new int[Math.max(places, 1)];
    int[] touchedCategories = new int[Math.max(categories, 1)];
    IntStream.Builder ids = IntStream.builder();
    IntStream.Builder counts = IntStream.builder();
    int pairs = 0;
    for (int g = 0; g < groups; g++) {
      int from = groupStart[g];
      int to = groupStart[g + 1];
      boolean contiguous = to > from && docsByGroup[to - 1] - docsByGroup[from] + 1 == to - from;
      for (int type = 0; type < 2; type++) {
        int slot = 2 * g + type;
        pairsStart[slot] = pairs;
        if (!contiguous) {
          continue;
        }
        boolean wantIndicators = type == 1;
        int n = 0;
        int distinctPlaces = 0;
        int distinctCategories = 0;
        for (int i = from; i < to; i++) {
          int doc = docsByGroup[i];
          if (indicators.get(doc) != wantIndicators) {
            continue;
          }
          n++;
          int place = EntryColumns.Leaf.place(combos[doc]);
          int category = EntryColumns.Leaf.category(combos[doc]);
          if (perPlace[place]++ == 0) {
            touchedPlaces[distinctPlaces++] = place;
          }
          if (perCategory[category]++ == 0) {
            touchedCategories[distinctCategories++] = category;
          }
        }
        if (n >= MIN_ENTRIES && distinctPlaces + distinctCategories <= n) {
          size[slot] = n;
          placePairs[slot] = distinctPlaces;
          pairs += distinctPlaces + distinctCategories;
          for (int i = 0; i < distinctPlaces; i++) {
            ids.add(touchedPlaces[i]);
            counts.add(perPlace[touchedPlaces[i]]);
          }
          for (int i = 0; i < distinctCategories; i++) {
            ids.add(touchedCategories[i]);
            counts.add(perCategory[touchedCategories[i]]);
          }
        }
        for (int i = 0; i < distinctPlaces; i++) {
          perPlace[touchedPlaces[i]] = 0;
        }
        for (int i = 0; i < distinctCategories; i++) {
          perCategory[touchedCategories[i]] = 0;
        }
      }
    }
    pairsStart[2 * groups] = pairs;
    return new GroupCounts(groupStart, docsByGroup, size, pairsStart, placePairs, ids.build().toArray(), counts.build().toArray());
  }

  /** How many entries of the type the group has, when it has counts; otherwise -1. */
  public int size(int group, boolean indicators) {
    return size[slot(group, indicators)];
  }

  /** The group's first doc (of a group that has entries). */
  public int first(int group) {
    return docsByGroup[groupStart[group]];
  }

  /** The group's last doc (of a group that has entries); its docs run from the first to here when it has counts. */
  public int last(int group) {
    return docsByGroup[groupStart[group + 1] - 1];
  }

  /** Adds the counts of the group's entries of the type to counts by place and by category combination. */
  public void addTo(int group, boolean indicators, int[] perPlace, int[] perCategory) {
    int slot = slot(group, indicators);
    int start = pairsStart[slot];
    int places = start + placePairs[slot];
    int end = pairsStart[slot + 1];
    for (int i = start; i < places; i++) {
      perPlace[ids[i]] += counts[i];
    }
    for (int i = places; i < end; i++) {
      perCategory[ids[i]] += counts[i];
    }
  }

  private static int slot(int group, boolean indicators) {
    return 2 * group + (indicators ? 1 : 0);
  }
}
