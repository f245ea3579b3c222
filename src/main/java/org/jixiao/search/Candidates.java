package org.jixiao.search;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;

/** One segment's matching live entries, in order, for {@link MatchPass}. */
final class Candidates {

  private final FixedBitSet docs;
  private final long[] words;
  private final int maxDoc;
  private final Bits live;
  /** The word being read, its bits already returned cleared, and its index. */
  private long word;
  private int wordIndex = -1;

  private Candidates(FixedBitSet docs, int maxDoc, Bits live) {
    this.docs = docs;
    this.words = docs.getBits();
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

  /**
   * The next entry, or {@link DocIdSetIterator#NO_MORE_DOCS}. The words of the bit set are read
   * here rather than through {@code nextSetBit}, a call per entry: a broad query has a hundred
   * thousand, mostly adjacent.
   */
  int next() {
    while (true) {
      while (word == 0) {
        if (++wordIndex >= words.length) {
          return DocIdSetIterator.NO_MORE_DOCS;
        }
        word = words[wordIndex];
      }
      int doc = (wordIndex << 6) + Long.numberOfTrailingZeros(word);
      word &= word - 1;
      if (doc >= maxDoc) {
        return DocIdSetIterator.NO_MORE_DOCS;
      }
      if (live == null || live.get(doc)) {
        return doc;
      }
    }
  }
}
