package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.jixiao.index.Fields;
import org.jixiao.index.TextVectors;

/** Reading an entry's vector: its text's key from the entry, the vector from the texts. */
final class VectorReader {

  private VectorReader() {}

  /** Lucene scores a dot-product match as {@code (1 + cos) / 2}; this undoes it. */
  static float cosineFromScore(float score) {
    return 2 * score - 1;
  }

  /** What a search does with one document's vector (null when it has none). */
  @FunctionalInterface
  interface VectorUse {
    float of(float[] vector);
  }

  /**
   * {@code use} applied to the vector of each of {@code docs} (global ids), read segment by segment
   * in document order, once per distinct text.
   */
  static java.util.Map<Integer, Float> eachOf(TextVectors texts, IndexSearcher searcher, List<Integer> docs, VectorUse use)
      throws IOException {
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    java.util.Map<Integer, Float> out = new java.util.HashMap<>(sorted.length * 2);
    java.util.Map<Integer, Float> byText = new java.util.HashMap<>();
    int i = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (i < sorted.length && sorted[i] < end) {
        SortedDocValues keys = texts == null ? null : leaf.reader().getSortedDocValues(Fields.VECTOR_KEY);
        int[] textOf = keys == null ? null : texts.textsOf(leaf.reader());
        for (; i < sorted.length && sorted[i] < end; i++) {
          int text = keys != null && keys.advanceExact(sorted[i] - leaf.docBase) ? textOf[keys.ordValue()] : -1;
          Float value = text < 0 ? Float.valueOf(use.of(null)) : byText.get(text);
          if (value == null) {
            value = use.of(texts.vectorOf(text));
            byText.put(text, value);
          }
          out.put(sorted[i], value);
        }
      }
    }
    return out;
  }

  /** The vector of a document's text, or null when it has none. */
  static float[] vectorOf(TextVectors texts, IndexSearcher searcher, int doc) throws IOException {
    if (texts == null) {
      return null;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues keys = leaf.reader().getSortedDocValues(Fields.VECTOR_KEY);
    if (keys == null || !keys.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    int text = texts.textsOf(leaf.reader())[keys.ordValue()];
    return text < 0 ? null : texts.vectorOf(text);
  }
}
