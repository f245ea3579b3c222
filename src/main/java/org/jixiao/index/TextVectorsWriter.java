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
   */
  static void write(Path generation, EntryVectors vectors) throws IOException {
    if (vectors.vectors().isEmpty()) {
      return;
    }
    try (FSDirectory dir = FSDirectory.open(generation.resolve(TextVectors.DIRECTORY));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
      try (DirectoryReader existing = DirectoryReader.open(writer)) {
        for (Map.Entry<BytesRef, float[]> e : vectors.vectors().entrySet()) {
          if (existing.docFreq(new Term(Fields.VECTOR_KEY, e.getKey())) == 0) {
            writer.addDocument(document(e.getKey(), e.getValue()));
          }
        }
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
