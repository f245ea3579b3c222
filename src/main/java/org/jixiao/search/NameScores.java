package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.OpenIndex;

/**
 * The name part of a search's score, computed once per distinct name instead of per entry.
 *
 * <p>Why: every entry of one name scores the same on the name fields, so {@link LeafScores} used to
 * score the first entry of each name in each segment with Lucene's disjunction scorer, advancing all
 * its clauses (a broad query and its synonym variants have dozens) across the segment: at a million
 * entries that was a quarter of a project query's time (448 names for 信息化运维, 1,566 for 热线外包服务).
 * The distinct names have their own small index ({@link EntryColumns#nameScores}), where each
 * clause's postings are a few hundred entries. The scorers are made from the main index's
 * statistics, exactly as Lucene's term weights make them, so the score is the one Lucene gives:
 * {@code NameScoresTest} compares every entry's.
 */
final class NameScores {

  private NameScores() {}

  /**
   * The name part by distinct name id (NaN where the main index must score it); null when {@code
   * nameScore}, a disjunction from {@link ScoreTerms}, has a clause that is not a weighted term.
   */
  static float[] of(IndexSearcher searcher, OpenIndex index, Query nameScore) throws IOException {
    List<EntryColumns.NameClause> clauses = new ArrayList<>();
    for (Query clause : ScoreTerms.clauses(nameScore)) {
      WeightedTerm term = WeightedTerm.of(searcher, index.termStates(), clause);
      if (term == null) {
        return null;
      }
      if (term.scorer() != null) {
        clauses.add(new EntryColumns.NameClause(term.term(), term.scorer()));
      }
    }
    return index.columns().nameScores(clauses);
  }
}
