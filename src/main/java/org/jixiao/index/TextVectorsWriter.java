package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Writes the distinct texts' vectors of a build or an update into a generation's {@link TextVectors}. */
final class TextVectorsWriter {

  private TextVectorsWriter() {}

  /**
   * Adds the texts of {@code vectors} that {@code generation}'s texts index lacks (creating it if
   * needed): a full build writes every text, an update only the new ones.
   *
   * @param whole a full build: its texts go into one segment. A search asks every segment's graph
   *     for its nearest texts, and a query is four forms: with Lucene's default 16 MB buffer the
   *     realistic million's 300,000 texts were twelve segments, 48 graph searches a query, most of a
   *     hybrid search's time. An update adds a small segment and merges nothing.
   */
  static void write(Path generation, EntryVectors vectors, boolean whole) throws IOException {
    if (vectors.vectors().isEmpty()) {
      return;
    }
    IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    if (whole) {
      config.setRAMBufferSizeMB(IndexBuilder.ramBufferMb());
    }
    try (FSDirectory dir = FSDirectory.open(generation.resolve(TextVectors.DIRECTORY));
        IndexWriter writer = new IndexWriter(dir, config)) {
      try (DirectoryReader existing = DirectoryReader.open(writer)) {
        for (Map.Entry<BytesRef, float[]> e : vectors.vectors().entrySet()) {
          if (existing.docFreq(new Term(Fields.VECTOR_KEY, e.getKey())) == 0) {
            writer.addDocument(document(e.getKey(), e.getValue()));
          }
        }
      }
      if (whole) {
        writer.forceMerge(1);
      }
      writer.commit();
    }
  }

  private static Document document(BytesRef key, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(Fields.VECTOR_KEY, key, Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.VECTOR_KEY, key));
    // Vectors are unit length, so dot product is cosine similarity and the cheapest to compute.
    doc.add(new KnnFloatVectorField(TextVectors.fieldOf(key.bytes[key.offset]), vector, VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }
}
