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
