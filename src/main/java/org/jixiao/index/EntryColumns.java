package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Per-entry columns held in memory for the one pass every search makes over its matches: each
 * entry's facet values (city, district, unit, categories, year) as ids of one dictionary shared by
 * all segments, and the group of entries that share its name.
 *
 * <p>Why in memory: a broad query matches a hundred thousand entries of a million, and each must be
 * counted under its facet values and checked against the filters. Reading the values from doc values
 * through Lucene's facet module cost more than the rest of the search; plain arrays cost a few
 * nanoseconds an entry. At a million indicators they take about 40 MB of heap, loaded once per segment
 * on first use.
 */
public final class EntryColumns {

  /** One segment's columns, indexed by the segment's doc id. */
  public static final class Leaf {
    private final int[] start;
    private final int[] values;
    private final int[] nameGroup;
    private final int nameGroups;

    private Leaf(int[] start, int[] values, int[] nameGroup, int nameGroups) {
      this.start = start;
      this.values = values;
      this.nameGroup = nameGroup;
      this.nameGroups = nameGroups;
    }

    /** Index of the entry's first facet value in {@link #values()}; its values end at the next entry's start. */
    public int start(int doc) {
      return start[doc];
    }

    public int end(int doc) {
      return start[doc + 1];
    }

    /** Every entry's facet value ids, entry after entry. */
    public int value(int i) {
      return values[i];
    }

    /** The entry's name group (same name, same group within this segment), or -1 without a name key. */
    public int nameGroup(int doc) {
      return nameGroup[doc];
    }

    /** How many name groups this segment has. */
    public int nameGroups() {
      return nameGroups;
    }
  }

  /**
   * The dictionary of facet values as it stands: value id → dimension index (in {@link Fields#FACETS}),
   * label, and the label's place in the sorted order of all labels (to order equal counts by label
   * without comparing strings). Ids only grow, so a snapshot taken after a reader's segments were
   * loaded names every id they use.
   */
  public record Dictionary(int[] dims, String[] labels, int[] labelRanks) {
    static Dictionary of(int[] dims, String[] labels) {
      Integer[] byLabel = new Integer[labels.length];
      Arrays.setAll(byLabel, i -> i);
      Arrays.sort(byLabel, (a, b) -> labels[a].compareTo(labels[b]));
      int[] ranks = new int[labels.length];
      for (int r = 0; r < byLabel.length; r++) {
        ranks[byLabel[r]] = r;
      }
      return new Dictionary(dims, labels, ranks);
    }

    public int size() {
      return labels.length;
    }
  }

  private final ConcurrentHashMap<Object, Leaf> leaves = new ConcurrentHashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<Integer> dims = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private volatile Dictionary dictionary = Dictionary.of(new int[0], new String[0]);

  /** The columns of every segment of {@code reader}, loading those not loaded yet. */
  public List<Leaf> of(IndexReader reader) throws IOException {
    List<Leaf> out = new ArrayList<>(reader.leaves().size());
    for (LeafReaderContext leaf : reader.leaves()) {
      out.add(of(leaf));
    }
    return out;
  }

  public Leaf of(LeafReaderContext context) throws IOException {
    LeafReader reader = context.reader();
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    Leaf leaf = leaves.get(key);
    if (leaf == null) {
      synchronized (this) {
        leaf = leaves.get(key);
        if (leaf == null) {
          leaf = load(reader);
          dictionary = Dictionary.of(dims.stream().mapToInt(Integer::intValue).toArray(), labels.toArray(String[]::new));
          leaves.put(key, leaf);
          if (helper != null) {
            helper.addClosedListener(leaves::remove);
          }
        }
      }
    }
    return leaf;
  }

  public Dictionary dictionary() {
    return dictionary;
  }

  /** The id of {@code value} in facet dimension {@code dim}, or -1 when no loaded entry has it. */
  public int id(String dim, String value) {
    synchronized (this) {
      return ids.getOrDefault(key(Fields.FACETS.indexOf(dim), value), -1);
    }
  }

  private Leaf load(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues facets = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    int[] idOfOrd = new int[Math.toIntExact(facets.getValueCount())];
    for (int ord = 0; ord < idOfOrd.length; ord++) {
      String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
      int dim = path.length == 2 ? Fields.FACETS.indexOf(path[0]) : -1;
      idOfOrd[ord] = dim < 0 ? -1 : idOf(dim, path[1]);
    }
    int[] start = new int[maxDoc + 1];
    int[] values = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = facets.nextDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      start[doc] = n;
      if (doc == next) {
        int count = facets.docValueCount();
        if (n + count > values.length) {
          values = Arrays.copyOf(values, Math.max(n + count, values.length + values.length / 2));
        }
        for (int i = 0; i < count; i++) {
          int id = idOfOrd[(int) facets.nextOrd()];
          if (id >= 0) {
            values[n++] = id;
          }
        }
        next = facets.nextDoc();
      }
    }
    start[maxDoc] = n;

    SortedDocValues names = DocValues.getSorted(reader, Fields.NAME_KEY);
    int[] nameGroup = new int[maxDoc];
    Arrays.fill(nameGroup, -1);
    for (int doc = names.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = names.nextDoc()) {
      nameGroup[doc] = names.ordValue();
    }
    return new Leaf(start, Arrays.copyOf(values, n), nameGroup, names.getValueCount());
  }

  /** Called under the lock while loading. */
  private int idOf(int dim, String label) {
    String key = key(dim, label);
    Integer id = ids.get(key);
    if (id != null) {
      return id;
    }
    ids.put(key, labels.size());
    dims.add(dim);
    labels.add(label);
    return labels.size() - 1;
  }

  private static String key(int dim, String label) {
    return dim + "\u001f" + label;
  }
}
