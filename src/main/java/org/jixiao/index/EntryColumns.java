package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Per-entry columns held in memory for the one pass every search makes over its matches: each
 * entry's facet values (city, district, unit, categories, year) as ids of one dictionary shared by
 * all segments, and the group of entries that share its name.
 *
 * <p>Why in memory, and why in this shape: a broad query matches a hundred thousand entries of a
 * million, and each must be counted under its facet values and checked against the filters. Reading
 * the values from doc values through Lucene's facet module cost more than the rest of the search, and
 * even plain arrays of value ids cost a cache miss or two per entry. So each entry's values are
 * interned as two combinations, its place (city, district, unit: shared by every entry of a unit's
 * tables) and its categories with the year (level 1, level 2, year: a few hundred combinations), and
 * an entry is one {@code long} holding both. A search counts combinations in small arrays that stay
 * in the cache and turns them into value counts once per segment. The year goes with the categories
 * rather than the place because a unit publishes every year: with it, the places were units × years
 * (25,200 at the generated million), and turning their counts into value counts was a tenth of a
 * broad search over HTTP. At a million indicators that is about 15 MB of heap,
 * loaded once per segment on first use.
 */
public final class EntryColumns implements java.io.Closeable {

  /** One segment's columns, indexed by the segment's doc id. */
  public static final class Leaf {
    private final long[] combos;
    private final int[][] places;
    private final int[][] categories;
    private final int[] nameGroup;
    private final int[] nameIds;
    private final int[] groupStart;
    private final int[] docsByGroup;
    private final FixedBitSet indicators;
    private final SegmentNorms norms = new SegmentNorms();
    /** The values of the place and category combinations, one flat array each (see {@link FlatSets}). */
    private final FlatSets placesFlat;
    private final FlatSets categoriesFlat;
    private final GroupCounts groupCounts;

    private Leaf(long[] combos, int[][] places, int[][] categories, int[] nameGroup, int[] nameIds, FixedBitSet indicators) {
      this.combos = combos;
      this.places = places;
      this.categories = categories;
      this.nameGroup = nameGroup;
      this.nameIds = nameIds;
      this.indicators = indicators;
      this.placesFlat = new FlatSets(places);
      this.categoriesFlat = new FlatSets(categories);
      // The entries of each name group, in doc order (a counting sort): the postings of the groups.
      groupStart = new int[nameIds.length + 1];
      for (int g : nameGroup) {
        if (g >= 0) {
          groupStart[g + 1]++;
        }
      }
      for (int g = 0; g < nameIds.length; g++) {
        groupStart[g + 1] += groupStart[g];
      }
      docsByGroup = new int[groupStart[nameIds.length]];
      int[] next = Arrays.copyOf(groupStart, nameIds.length);
      for (int doc = 0; doc < nameGroup.length; doc++) {
        if (nameGroup[doc] >= 0) {
          docsByGroup[next[nameGroup[doc]]++] = doc;
        }
      }
      groupCounts = GroupCounts.of(combos, places.length, categories.length, groupStart, docsByGroup, indicators);
    }

    /** The facet counts of whole name groups. */
    public GroupCounts groupCounts() {
      return groupCounts;
    }

    /** Sets the bits of the entries whose name is among {@code names} (see {@link #matchingNames}). */
    public void setNamed(FixedBitSet names, FixedBitSet docs) {
      for (int g = 0; g < nameIds.length; g++) {
        if (nameIds[g] < names.length() && names.get(nameIds[g])) {
          int from = groupStart[g];
          int to = groupStart[g + 1];
          if (from == to) {
            continue;
          }
          int first = docsByGroup[from];
          int last = docsByGroup[to - 1];
          if (last - first + 1 == to - from) {
            docs.set(first, last + 1); // adjacent, as the index's sort by name makes them: a word at a time
          } else {
            for (int i = from; i < to; i++) {
              docs.set(docsByGroup[i]);
            }
          }
        }
      }
    }

    /**
     * Adds {@code perPlace[c]} to {@code counts[v]} for every place combination {@code c} and each of
     * its values {@code v} whose dimension is {@code dim} (every value when {@code dim} is -1).
     */
    public void addPlaceCounts(int[] perPlace, int[] counts, int[] dims, int dim) {
      placesFlat.addCounts(perPlace, counts, dims, dim);
    }

    /** As {@link #addPlaceCounts}, for category combinations. */
    public void addCategoryCounts(int[] perCategory, int[] counts, int[] dims, int dim) {
      categoriesFlat.addCounts(perCategory, counts, dims, dim);
    }

    /** Clears in {@code docs} the entries not of the type: a word at a time, not an entry at a time. */
    public void retainType(FixedBitSet docs, boolean indicators) {
      if (indicators) {
        docs.and(this.indicators);
      } else {
        docs.andNot(this.indicators);
      }
    }

    /** The entry's place combination (high half) and category combination (low half). */
    public long combo(int doc) {
      return combos[doc];
    }

    public static int place(long combo) {
      return (int) (combo >>> 32);
    }

    public static int category(long combo) {
      return (int) combo;
    }

    /** How many place combinations this segment has. */
    public int places() {
      return places.length;
    }

    /** The value ids of a place combination (city, district, unit; any may be missing). */
    public int[] placeValues(int place) {
      return places[place];
    }

    public int categories() {
      return categories.length;
    }

    /** The value ids of a category combination (its year, and its categories: a project has several of each level). */
    public int[] categoryValues(int category) {
      return categories[category];
    }

    /** The entry's name group (same name, same group within this segment), or -1 without a name key. */
    public int nameGroup(int doc) {
      return nameGroup[doc];
    }

    /**
     * The norms of a context or goal field by doc ({@link SegmentNorms}), read from {@code reader}
     * (this segment's) the first time; null for another field.
     */
    public byte[] norms(LeafReader reader, String field) throws IOException {
      return norms.of(reader, field);
    }

    /** The distinct name id (see {@link #matchingNames}, {@link #nameScores}) of a name group. */
    public int nameId(int group) {
      return nameIds[group];
    }

    /** How many name groups this segment has. */
    public int nameGroups() {
      return nameIds.length;
    }
  }

  /**
   * Dimensions (indexes in {@link Fields#FACETS}) that make an entry's category combination: the
   * categories, the year and the kind of target. The rest make its place.
   */
  public static final int CATEGORY_DIMS = 1 << Fields.FACETS.indexOf(Fields.LEVEL1) | 1 << Fields.FACETS.indexOf(Fields.LEVEL2)
      | 1 << Fields.FACETS.indexOf(Fields.YEAR) | 1 << Fields.FACETS.indexOf(Fields.TARGET_KIND);

  /**
   * The dictionary of facet values as it stands: value id → dimension index (in {@link Fields#FACETS})
   * and label, and the labels' sorted order both ways (rank of an id, id at a rank), so a search
   * orders equal counts by label without comparing strings. Ids only grow, so a snapshot taken after
   * a reader's segments were loaded names every id they use. Built once per loaded segment.
   */
  public record Dictionary(int[] dims, String[] labels, int[] labelRanks, int[] idsByLabel) {
    static Dictionary of(int[] dims, String[] labels) {
      int[] byLabel = java.util.stream.IntStream.range(0, labels.length).boxed()
          .sorted((a, b) -> labels[a].compareTo(labels[b])).mapToInt(Integer::intValue).toArray();
      int[] ranks = new int[labels.length];
      for (int r = 0; r < byLabel.length; r++) {
        ranks[byLabel[r]] = r;
      }
      return new Dictionary(dims, labels, ranks, byLabel);
    }

    public int size() {
      return labels.length;
    }
  }

  /** 64 MB: the common terms of a few hundred searches at a million entries. */
  private final TermFreqs termFreqs = new TermFreqs(64L << 20);
  /**
   * Columns by segment, shared by every reader of it (see {@link BySegment}): an upload's new
   * generation finds the columns of the segments it hard-linked already loaded.
   */
  private final BySegment<Leaf> leaves = new BySegment<>(termFreqs::forget);
  private final DistinctNames names = new DistinctNames();
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
    return leaves.get(context.reader(), this::loadAndPublish);
  }

  /** Loads a segment's columns and publishes the names and values it added (one segment at a time). */
  private synchronized Leaf loadAndPublish(LeafReader reader) throws IOException {
    Leaf leaf = load(reader);
    loads++;
    names.publish();
    dictionary = Dictionary.of(dims.stream().mapToInt(Integer::intValue).toArray(), labels.toArray(String[]::new));
    return leaf;
  }

  /** Segments loaded so far (each load reads every entry of its segment). */
  synchronized int loads() {
    return loads;
  }

  private int loads;

  /**
   * The distinct names (of every segment loaded so far) that {@code nameQuery}, a query over the
   * name fields, matches; turn them into a segment's entries with {@link Leaf#setNamed}.
   */
  public FixedBitSet matchingNames(Query nameQuery) throws IOException {
    return names.matching(nameQuery);
  }

  /**
   * The frequency of {@code term} in each entry of {@code leaf}, one unsigned byte each (0: absent),
   * for a term in at least 1/16 of the segment's entries ({@link TermFreqs}); null otherwise.
   * {@code positioned} is a terms enum of the term's field on the term.
   */
  public byte[] termFreqs(LeafReaderContext leaf, Term term, TermsEnum positioned) throws IOException {
    return termFreqs.of(leaf, term, positioned);
  }

  /** A term of a name field and the scorer of its BM25 part (made from the main index's statistics). */
  public record NameClause(Term term, Similarity.SimScorer scorer) {}

  /**
   * The score of each distinct name (by id, of every segment loaded so far) for {@code clauses},
   * equal to the main index's score of its entries for the disjunction of the clauses; NaN for a
   * name whose entries must be scored in the main index (a name too long for its key).
   */
  public float[] nameScores(List<NameClause> clauses) throws IOException {
    return names.scores(clauses);
  }

  @Override
  public void close() throws IOException {
    names.close();
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
    int[] dimOfOrd = new int[idOfOrd.length];
    for (int ord = 0; ord < idOfOrd.length; ord++) {
      String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
      int dim = path.length == 2 ? Fields.FACETS.indexOf(path[0]) : -1;
      dimOfOrd[ord] = dim;
      idOfOrd[ord] = dim < 0 ? -1 : idOf(dim, path[1]);
    }
    Combinations places = new Combinations();
    Combinations categories = new Combinations();
    long[] combos = new long[maxDoc];
    int next = facets.nextDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      places.clear();
      categories.clear();
      if (doc == next) {
        int count = facets.docValueCount();
        for (int i = 0; i < count; i++) {
          int ord = (int) facets.nextOrd();
          if (idOfOrd[ord] >= 0) {
            ((CATEGORY_DIMS & (1 << dimOfOrd[ord])) != 0 ? categories : places).add(idOfOrd[ord]);
          }
        }
        next = facets.nextDoc();
      }
      combos[doc] = (long) places.intern() << 32 | categories.intern();
    }

    SortedDocValues keys = DocValues.getSorted(reader, Fields.NAME_KEY);
    int[] nameGroup = new int[maxDoc];
    Arrays.fill(nameGroup, -1);
    for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
      nameGroup[doc] = keys.ordValue();
    }
    int[] nameIds = new int[keys.getValueCount()];
    for (int ord = 0; ord < nameIds.length; ord++) {
      nameIds[ord] = names.idOf(keys.lookupOrd(ord).utf8ToString());
    }
    FixedBitSet indicators = new FixedBitSet(Math.max(1, maxDoc));
    PostingsEnum type = reader.postings(new Term(Fields.TYPE, Fields.TYPE_INDICATOR), PostingsEnum.NONE);
    if (type != null) {
      for (int doc = type.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = type.nextDoc()) {
        indicators.set(doc);
      }
    }
    return new Leaf(combos, places.all(), categories.all(), nameGroup, nameIds, indicators);
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
