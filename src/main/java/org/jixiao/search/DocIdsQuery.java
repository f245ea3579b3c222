package org.jixiao.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches a given set of documents of one reader (by global id), constant score: how the reference
 * backend puts a query's nearest neighbours into one query with its keyword match, so that Lucene's
 * drill-sideways counts the union. Only valid on the reader the ids came from.
 */
final class DocIdsQuery extends Query {

  private final int[] docs;

  DocIdsQuery(Collection<Integer> docs) {
    this.docs = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        int base = context.docBase;
        int from = lowerBound(base);
        int to = lowerBound(base + context.reader().maxDoc());
        if (from == to) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode, new DocIdSetIterator() {
          int i = from - 1;
          int doc = -1;

          @Override
          public int docID() {
            return doc;
          }

          @Override
          public int nextDoc() {
            i++;
            return doc = i < to ? docs[i] - base : NO_MORE_DOCS;
          }

          @Override
          public int advance(int target) {
            while (doc < target && doc != NO_MORE_DOCS) {
              nextDoc();
            }
            return doc;
          }

          @Override
          public long cost() {
            return to - from;
          }
        });
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // doc ids of one reader, one query: nothing to reuse
      }
    };
  }

  private int lowerBound(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public String toString(String field) {
    return "DocIdsQuery(" + docs.length + " docs)";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && Arrays.equals(docs, ((DocIdsQuery) other).docs);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(docs);
  }
}
