package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.Fields;
import org.jixiao.index.GroupCounts;
import org.jixiao.index.OpenIndex;
import org.jixiao.util.BestEntries;

/**
 * One pass over everything a query matches that gives the exact total, drill-sideways facet counts
 * and the best-scored entries under the filters.
 *
 * <p>Matching ({@link #run(OpenIndex, IndexSearcher, KeywordQuery, Map, int)}): whether an entry's
 * name matches is decided once per distinct name ({@link EntryColumns#matchingNames}) and the
 * matching names' entries are marked per segment; only the rest of the match (context, goal) walks
 * the main index's postings, term at a time ({@link MatchSets}). {@link KeywordQuery} says how the
 * match splits.
 *
 * <p>Counting: each match's facet values come from {@link EntryColumns} (arrays in memory). An entry
 * that passes every filter counts in the total and under all its values; one that fails exactly one
 * filter counts only under that filter's dimension, so a chosen district still shows the other
 * districts to switch to (what Lucene's DrillSideways does, without its per-dimension scorers).
 *
 * <p>Ranking: BM25 of the name fields plus BM25 of the rest. A corpus repeats its indicator names
 * (满意度 is the name of tens of thousands of entries at a million), so the name part is computed
 * once per distinct name ({@link NameScores}), and the rest ({@link RestClauses}) only when the name
 * part plus the most the rest can add in this segment would still make the page. Block-max WAND cannot
 * do that here: the best names recur in every block, so no block can be skipped. The index is sorted
 * by name, so a name's entries come as one run: a run that cannot make the page is skipped whole, and
 * the rest of one that can is summed a clause at a time over the run ({@link LeafScores#offer}).
 */
final class MatchPass {

  private static final int NO_FILTER = -2;

  private MatchPass() {}

  /**
   * The best entries (score descending, then index order), the total, the count of each facet value
   * id of {@code dictionary}, how many entries had their whole score computed, how many were counted
   * with their whole name group ({@link GroupCounts}), and which of the
   * entries the search was asked to check (global ids, ascending) the query does not match.
   */
  record Result(List<Fusion.Ranked> top, long total, int[] counts, EntryColumns.Dictionary dictionary, long scoredInFull,
      long countedWhole, List<Integer> unmatched) {
    /** Dimension → its most frequent values → count. */
    Map<String, Map<String, Long>> facets() {
      return FacetCounts.of(dictionary, counts);
    }
  }

  /** The total and facet counts of the entries {@code docs} (global ids, all of {@code type}) under {@code filters}. */
  static Result count(OpenIndex index, IndexSearcher searcher, List<Integer> docs, String type, Map<String, String> filters)
      throws IOException {
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
    boolean indicators = Fields.TYPE_INDICATOR.equals(type);
    return run(index, searcher, (leaf, values) -> {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
      for (int doc : sorted) {
        if (doc >= leaf.docBase && doc < leaf.docBase + maxDoc) {
          bits.set(doc - leaf.docBase);
        }
      }
      return Candidates.of(bits, maxDoc, values, indicators, leaf.reader().getLiveDocs());
    }, null, null, filters, 0, List.of());
  }

  /** The total, facet counts and best {@code topN} of a keyword search under {@code filters}. */
  static Result run(OpenIndex index, IndexSearcher searcher, KeywordQuery keywords, Map<String, String> filters, int topN)
      throws IOException {
    return run(index, searcher, keywords, filters, topN, List.of());
  }

  /**
   * The same, and which of {@code check} (global ids of live entries of the query's type, e.g. a
   * hybrid search's neighbours) the keywords do not match: read from each segment's matches as the
   * pass builds them, instead of running the whole match query again over those entries (which
   * Lucene's query cache would, for a repeated query, answer by evaluating it over every entry).
   */
  static Result run(OpenIndex index, IndexSearcher searcher, KeywordQuery keywords, Map<String, String> filters, int topN,
      List<Integer> check) throws IOException {
    EntryColumns columns = index.columns();
    columns.of(searcher.getIndexReader()); // every segment's names are in the names index before it is asked
    FixedBitSet names = columns.matchingNames(keywords.nameMatch());
    Weight rest = keywords.restMatch() == null ? null : termAtATime(searcher, keywords.restMatch());
    List<FixedBitSet> pairNames = new ArrayList<>();
    List<Weight> pairRests = new ArrayList<>();
    for (KeywordQuery.NameAndRest pair : keywords.nameAndRest()) {
      FixedBitSet pairName = columns.matchingNames(pair.name());
      // No name matches: the pair adds nothing, and its rest (a synonym's phrase over the context
      // and goal, ~20 ms at a million) need not be read.
      if (pairName.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS) {
        pairNames.add(pairName);
        pairRests.add(termAtATime(searcher, pair.rest()));
      }
    }
    boolean indicators = Fields.TYPE_INDICATOR.equals(keywords.type());
    Weight required = keywords.required() == null ? null : termAtATime(searcher, keywords.required());
    CandidateSource source = (leaf, values) -> {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
      values.setNamed(names, docs);
      if (rest != null) {
        mark(rest.scorer(leaf), docs, null);
      }
      for (int i = 0; i < pairNames.size(); i++) {
        FixedBitSet named = new FixedBitSet(Math.max(1, maxDoc));
        values.setNamed(pairNames.get(i), named);
        if (named.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS) {
          mark(pairRests.get(i).scorer(leaf), docs, named);
        }
      }
      if (required != null) {
        org.apache.lucene.search.Scorer phrases = required.scorer(leaf);
        if (phrases == null) {
          docs.clear();
        } else {
          docs.and(MatchSets.docsOf(phrases, docs.length()));
        }
      }
      return Candidates.of(docs, maxDoc, values, indicators, leaf.reader().getLiveDocs());
    };
    return run(index, searcher, source, keywords.nameScore(), keywords.restScore(), filters, topN, check);
  }

  /** The weight of {@code match} answered term at a time (the searcher's query cache applies). */
  private static Weight termAtATime(IndexSearcher searcher, Query match) throws IOException {
    return searcher.createWeight(new TermAtATimeQuery(match), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** Sets in {@code docs} the entries {@code scorer} matches (those also in {@code only}, when given). */
  private static void mark(Scorer scorer, FixedBitSet docs, FixedBitSet only) throws IOException {
    if (scorer == null) {
      return;
    }
    FixedBitSet matched = MatchSets.docsOf(scorer, docs.length());
    if (only != null) {
      matched.and(only);
    }
    docs.or(matched);
  }

  /** A segment's matching entries. */
  private interface CandidateSource {
    Candidates in(LeafReaderContext leaf, EntryColumns.Leaf values) throws IOException;
  }

  /**
   * @param nameScore, restScore the two parts of the score; both null when no ranking is wanted
   * @param topN how many of the best to keep; 0 to only count
   */
  private static Result run(OpenIndex index, IndexSearcher searcher, CandidateSource source, Query nameScore,
      Query restScore, Map<String, String> filters, int topN, List<Integer> check) throws IOException {
    int[] checked = check.stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Integer> unmatched = new ArrayList<>();
    EntryColumns columns = index.columns();
    List<EntryColumns.Leaf> leafColumns = columns.of(searcher.getIndexReader());
    EntryColumns.Dictionary dictionary = columns.dictionary();
    int[] dims = dictionary.dims();
    int[] wanted = new int[Fields.FACETS.size()];
    Arrays.fill(wanted, NO_FILTER);
    int filterMask = 0;
    for (Map.Entry<String, String> f : filters.entrySet()) {
      int dim = Fields.FACETS.indexOf(f.getKey());
      wanted[dim] = columns.id(f.getKey(), f.getValue());
      filterMask |= 1 << dim;
    }

    int[] counts = new int[dictionary.size()];
    long total = 0;
    long countedWhole = 0;
    BestEntries best = new BestEntries(topN);
    NameRuns runs = topN == 0 ? null : new NameRuns(searcher, index, nameScore, restScore, best);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int l = 0; l < leaves.size(); l++) {
      LeafReaderContext leaf = leaves.get(l);
      EntryColumns.Leaf values = leafColumns.get(l);
      Candidates docs = source.in(leaf, values);
      unmatchedIn(leaf, docs, checked, unmatched);
      if (docs == null) {
        continue;
      }
      // Which filters each combination fails (a bit per dimension), and its counts in this segment:
      // as the answer's (passes every filter) and, per filtered dimension, as that dimension's
      // sideways count (fails that filter alone).
      int[] placeFails = fails(values.places(), values::placeValues, wanted, dims, filterMask & ~EntryColumns.CATEGORY_DIMS);
      int[] categoryFails = fails(values.categories(), values::categoryValues, wanted, dims, filterMask & EntryColumns.CATEGORY_DIMS);
      int[][] placeCounts = new int[Fields.FACETS.size() + 1][];
      int[][] categoryCounts = new int[Fields.FACETS.size() + 1][];
      placeCounts[ALL] = new int[values.places()];
      categoryCounts[ALL] = new int[values.categories()];
      for (int d = 0; d < Fields.FACETS.size(); d++) {
        if ((filterMask & (1 << d)) != 0) {
          placeCounts[d] = new int[values.places()];
          categoryCounts[d] = new int[values.categories()];
        }
      }
      if (runs != null) {
        runs.startSegment(leaf, values);
      }
      int[] answerPlaces = placeCounts[ALL];
      int[] answerCategories = categoryCounts[ALL];
      boolean filtered = filterMask != 0;
      // Without filters or deletions, a name group whose every entry matches is counted whole.
      GroupCounts groups = filtered || docs.hasDeletions() ? null : values.groupCounts();
      boolean indicators = docs.indicators();
      for (int doc = docs.next(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.next()) {
        if (groups != null) {
          int group = values.nameGroup(doc);
          if (group >= 0 && groups.first(group) == doc) {
            int size = groups.size(group, indicators);
            int last = groups.last(group);
            if (size > 0 && docs.countIn(doc, last) == size) {
              total += size;
              countedWhole += size;
              groups.addTo(group, indicators, answerPlaces, answerCategories);
              if (runs != null && runs.startsAt(doc, group)) {
                for (int d = doc; d <= last; d++) {
                  if (docs.contains(d)) {
                    runs.add(d);
                  }
                }
              }
              docs.skipPast(last);
              continue;
            }
          }
        }
        long combo = values.combo(doc);
        int place = EntryColumns.Leaf.place(combo);
        int category = EntryColumns.Leaf.category(combo);
        // Without filters nothing fails: two reads per match saved in the loop every match goes through.
        int failed = filtered ? placeFails[place] | categoryFails[category] : 0;
        if (failed == 0) {
          total++;
          answerPlaces[place]++;
          answerCategories[category]++;
          if (runs != null) {
            int group = values.nameGroup(doc);
            if ((group != runs.group() || group < 0) ? runs.startsAt(doc, group) : !runs.skipped()) {
              runs.add(doc);
            }
          }
        } else if ((failed & (failed - 1)) == 0) {
          int dim = Integer.numberOfTrailingZeros(failed);
          placeCounts[dim][place]++;
          categoryCounts[dim][category]++;
        }
      }
      if (runs != null) {
        runs.flush();
      }
      for (int d = 0; d < placeCounts.length; d++) {
        if (placeCounts[d] != null) {
          values.addPlaceCounts(placeCounts[d], counts, dims, d == ALL ? -1 : d);
          values.addCategoryCounts(categoryCounts[d], counts, dims, d == ALL ? -1 : d);
        }
      }
    }
    List<Fusion.Ranked> top = new ArrayList<>();
    best.bestFirst((doc, score) -> top.add(new Fusion.Ranked(doc, score)));
    return new Result(top, total, counts, dictionary, runs == null ? 0 : runs.scoredInFull(), countedWhole, unmatched);
  }

  /** Adds to {@code out} the entries of {@code checked} (ascending) in {@code leaf} that are not among {@code docs}. */
  private static void unmatchedIn(LeafReaderContext leaf, Candidates docs, int[] checked, List<Integer> out) {
    int end = leaf.docBase + leaf.reader().maxDoc();
    for (int doc : checked) {
      if (doc >= leaf.docBase && doc < end && (docs == null || !docs.contains(doc - leaf.docBase))) {
        out.add(doc);
      }
    }
  }

  /** Index of the answer's own counts in the per-dimension count arrays (after the dimensions). */
  private static final int ALL = Fields.FACETS.size();

  /** For each of {@code n} combinations, the filters (of {@code mask}) its values fail, a bit per dimension. */
  private static int[] fails(int n, IntFunction<int[]> valuesOf, int[] wanted, int[] dims, int mask) {
    int[] fails = new int[n];
    if (mask != 0) {
      for (int c = 0; c < n; c++) {
        int failed = mask;
        for (int v : valuesOf.apply(c)) {
          if (wanted[dims[v]] == v) {
            failed &= ~(1 << dims[v]);
          }
        }
        fails[c] = failed;
      }
    }
    return fails;
  }


}
