package org.jixiao.search;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;

/** One segment's matching live entries, in order, for {@link MatchPass}. */
abstract class Candidates {
  abstract int next();

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
