package org.jixiao.search;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;

/** One segment's matching live entries, in order, for {@link MatchPass}. */
final class Candidates {

  private final FixedBitSet docs;
  private final int maxDoc;
  private final Bits live;
  private int doc = -1;

  private Candidates(FixedBitSet docs, int maxDoc, Bits live) {
    this.docs = docs;
    this.maxDoc = maxDoc;
    this.live = live;
  }

  /** The entries of the type and alive among the set bits of {@code docs} (which it changes), in order. */
  static Candidates of(FixedBitSet docs, int maxDoc, EntryColumns.Leaf values, boolean indicators, Bits live) {
    values.retainType(docs, indicators);
    return new Candidates(docs, maxDoc, live);
  }

  /** Whether {@code doc} is one of the entries (whatever {@link #next} has reached). */
  boolean contains(int doc) {
    return docs.get(doc) && (live == null || live.get(doc));
  }

  /** The next entry, or {@link DocIdSetIterator#NO_MORE_DOCS}. */
  int next() {
    while (doc + 1 < maxDoc) {
      doc = docs.nextSetBit(doc + 1);
      if (doc == DocIdSetIterator.NO_MORE_DOCS || live == null || live.get(doc)) {
        return doc;
      }
    }
    return DocIdSetIterator.NO_MORE_DOCS;
  }
}
