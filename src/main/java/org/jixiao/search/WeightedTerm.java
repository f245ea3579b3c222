package org.jixiao.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.jixiao.index.TermStatesCache;

/**
 * A clause of a {@link ScoreTerms} disjunction that is one weighted term, with the BM25 scorer
 * Lucene's term weight would make for it: the same statistics of the whole index, the same boost. So
 * a score computed from a frequency and a norm with it is the score Lucene gives.
 *
 * @param states the term's state in each segment of the searcher
 * @param scorer null when no segment has the term (Lucene's weight then scores nothing)
 */
record WeightedTerm(Term term, TermStates states, Similarity.SimScorer scorer) {

  /**
   * The weighted term of {@code clause} (a term query, boosted or not); null for any other query.
   * {@code cache} has the term's states when a recent search asked for it.
   */
  static WeightedTerm of(IndexSearcher searcher, TermStatesCache cache, Query clause) throws IOException {
    float boost = clause instanceof BoostQuery b ? b.getBoost() : 1f;
    Query inner = clause instanceof BoostQuery b ? b.getQuery() : clause;
    if (!(inner instanceof TermQuery t)) {
      return null;
    }
    Term term = t.getTerm();
    TermStates states = cache.of(searcher, term);
    CollectionStatistics field = searcher.collectionStatistics(term.field());
    Similarity.SimScorer scorer = states.docFreq() == 0 || field == null ? null
        : searcher.getSimilarity().scorer(boost, field, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
    return new WeightedTerm(term, states, scorer);
  }
}
