package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.OpenIndex;

/**
 * The total and facet counts of a hybrid search, whose result set is the keyword matches together
 * with the vector neighbours, from one pass of the keyword query. The neighbours are a few hundred
 * documents already filtered like the search; those the keywords did not match are found by
 * advancing the keyword query's iterator to each of them, and their facet values are added to the
 * keyword pass's counts. Running the keyword query a second time over the union, which costs as much
 * as the first at a million entries, is not needed.
 */
final class UnionCounts {

  private UnionCounts() {}

  /** The neighbours (global doc ids, ascending) that {@code keywords} does not match. */
  static List<Integer> notMatched(IndexSearcher searcher, Query keywords, List<Integer> neighbours) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(keywords), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Integer> out = new ArrayList<>();
    int leafIndex = -1;
    DocIdSetIterator approximation = null;
    TwoPhaseIterator twoPhase = null;
    for (int doc : neighbours.stream().sorted().toList()) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        Scorer scorer = weight.scorer(leaves.get(leaf));
        twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
        approximation = scorer == null ? null : twoPhase != null ? twoPhase.approximation() : scorer.iterator();
      }
      int local = doc - leaves.get(leaf).docBase;
      boolean matched = false;
      if (approximation != null) {
        if (approximation.docID() < local) {
          approximation.advance(local);
        }
        matched = approximation.docID() == local && (twoPhase == null || twoPhase.matches());
      }
      if (!matched) {
        out.add(doc);
      }
    }
    return out;
  }

  /** The keyword pass's facet counts with the values of the {@code extra} documents added. */
  static Map<String, Map<String, Long>> withExtra(OpenIndex index, IndexSearcher searcher, MatchPass.Result words, List<Integer> extra)
      throws IOException {
    int[] counts = words.counts().clone();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int doc : extra) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      EntryColumns.Leaf values = index.columns().of(leaf);
      long combo = values.combo(doc - leaf.docBase);
      for (int v : values.placeValues(EntryColumns.Leaf.place(combo))) {
        counts[v]++;
      }
      for (int v : values.categoryValues(EntryColumns.Leaf.category(combo))) {
        counts[v]++;
      }
    }
    return FacetCounts.of(words.dictionary(), counts);
  }
}
