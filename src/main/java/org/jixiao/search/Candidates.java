package org.jixiao.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;

/** One segment's matching live entries, in order, for {@link MatchPass}. */
abstract class Candidates {
  abstract int next() throws IOException;

  /** The entries a query's scorer matches; null when it matches none in this segment. */
  static Candidates of(Scorer scorer, LeafReaderContext leaf) {
    if (scorer == null) {
      return null;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    Bits live = leaf.reader().getLiveDocs();
    return new Candidates() {
      @Override
      int next() throws IOException {
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
            return doc;
          }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
      }
    };
  }

  /** The entries of the type and alive among the set bits of {@code docs} (which it changes), in order. */
  static Candidates of(FixedBitSet docs, int maxDoc, EntryColumns.Leaf values, boolean indicators, Bits live) {
    values.retainType(docs, indicators);
    return new Candidates() {
      private int doc = -1;

      @Override
      int next() {
        while (doc + 1 < maxDoc) {
          doc = docs.nextSetBit(doc + 1);
          if (doc == DocIdSetIterator.NO_MORE_DOCS) {
            return doc;
          }
          if (live == null || live.get(doc)) {
            return doc;
          }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
      }
    };
  }
}
