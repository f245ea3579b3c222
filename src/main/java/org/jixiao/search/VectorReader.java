package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.jixiao.embed.Vectors;
import org.jixiao.index.Fields;

/** Reading stored vectors and asking for nearest neighbours. */
final class VectorReader {

  private VectorReader() {}

  /** Lucene scores a dot-product match as {@code (1 + cos) / 2}; this undoes it. */
  static float cosineFromScore(float score) {
    return 2 * score - 1;
  }

  /** The stored vector of a document, or null when it has none. */
  static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
    int target = doc - leaf.docBase;
    if (values == null || values.advance(target) != target) {
      return null;
    }
    return values.vectorValue().clone();
  }

  /** Cosine similarity of a document to a unit query vector; 0 for a document without a vector. */
  static float cosine(IndexSearcher searcher, int doc, float[] query) throws IOException {
    float[] v = vectorOf(searcher, doc);
    return v == null ? 0f : Vectors.dot(v, query);
  }
}
