package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.OpenIndex;

/**
 * The total and facet counts of a hybrid search, whose result set is the keyword matches together
 * with the vector neighbours, from one pass of the keyword query. The neighbours are a few hundred
 * documents already filtered like the search; those the keywords did not match are read off the
 * keyword pass's matches as it builds them ({@link MatchPass.Result#unmatched}), and their facet
 * values are added to the keyword pass's counts. Running the keyword query a second time over the union, which costs as much
 * as the first at a million entries, is not needed.
 */
final class UnionCounts {

  private UnionCounts() {}

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
