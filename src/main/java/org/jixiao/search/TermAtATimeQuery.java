package org.jixiao.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A match query answered term at a time by {@link MatchSets}, as a Lucene query: so the searcher's
 * query cache keeps the sets of queries asked again and again, as it kept the wrapped query's own.
 * It matches exactly what the wrapped query matches, without scores.
 */
final class TermAtATimeQuery extends Query {

  private final Query match;

  TermAtATimeQuery(Query match) {
    this.match = match;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    MatchSets sets = MatchSets.of(searcher, match);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext leaf) throws IOException {
        FixedBitSet docs = sets.docs(leaf);
        return docs == null ? null : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(docs, docs.cardinality()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return true; // the set depends on the segment's postings alone
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    match.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "termAtATime(" + match.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && match.equals(((TermAtATimeQuery) other).match);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + match.hashCode();
  }
}
