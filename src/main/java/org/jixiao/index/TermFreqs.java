package org.jixiao.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The frequency of a common term in each entry of a segment, as one byte per entry, for the terms
 * most searches share (满意, 完成, 成率 in the context fields), remembered across searches within a
 * memory bound.
 *
 * <p>Why: a broad search ranks thousands of entries that tie on the name, and asks each rest clause
 * for each of them. For a term in a large share of a segment's entries, each such read advanced the
 * postings into a new block and decoded it for one entry; here it is an array read. A term is kept
 * when it is in at least {@link #MIN_SHARE} of a segment's entries (rarer terms are cheap to read
 * from their postings, which are mostly past the entry asked for) and its frequencies fit in a byte.
 */
final class TermFreqs {

  /** The least share of a segment's entries a term must be in to be kept: 1/16. */
  static final int MIN_SHARE = 16;

  private record Key(Object segment, Term term) {}

  private final long maxBytes;
  private long bytes;
  /** Least recently used first; null values: terms whose frequencies do not fit in a byte. */
  private final LinkedHashMap<Key, byte[]> kept = new LinkedHashMap<>(64, 0.75f, true);

  TermFreqs(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * The frequency of {@code term} in each entry of {@code leaf} (0: absent); null when the term is
   * not common enough there, or a frequency exceeds a byte. {@code positioned} is a terms enum of
   * the term's field on the term, read only when the frequencies are not kept yet.
   */
  byte[] of(LeafReaderContext leaf, Term term, TermsEnum positioned) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    if (positioned.docFreq() < Math.max(1, maxDoc / MIN_SHARE)) {
      return null;
    }
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    Key key = new Key(helper.getKey(), term);
    synchronized (kept) {
      if (kept.containsKey(key)) {
        return kept.get(key);
      }
    }
    byte[] freqs = read(positioned.postings(null, PostingsEnum.FREQS), maxDoc);
    synchronized (kept) {
      if (!kept.containsKey(key)) {
        kept.put(key, freqs);
        bytes += freqs == null ? 0 : freqs.length;
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
          Map.Entry<Key, byte[]> e = eldest.next();
          bytes -= e.getValue() == null ? 0 : e.getValue().length;
          eldest.remove();
        }
      }
    }
    return freqs;
  }

  /** Drops what is kept for a segment that has been closed (merged away or deleted from). */
  void forget(Object segment) {
    synchronized (kept) {
      var entries = kept.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<Key, byte[]> e = entries.next();
        if (e.getKey().segment() == segment) {
          bytes -= e.getValue() == null ? 0 : e.getValue().length;
          entries.remove();
        }
      }
    }
  }

  private static byte[] read(PostingsEnum postings, int maxDoc) throws IOException {
    byte[] out = new byte[maxDoc];
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      int freq = postings.freq();
      if (freq > 255) {
        return null;
      }
      out[doc] = (byte) freq;
    }
    return out;
  }
}
