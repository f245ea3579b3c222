package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermFreqsTest {

  static ByteBuffersDirectory dir;
  static DirectoryReader reader;
  static LeafReaderContext leaf;

  @BeforeAll
  static void index() throws Exception {
    dir = new ByteBuffersDirectory();
    reader = corpus(dir);
    leaf = reader.leaves().get(0);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  /** 64 entries: "common" in every other one (twice in every fourth), "rare" in one, "many" 300 times in one. */
  private static DirectoryReader corpus(ByteBuffersDirectory dir) throws Exception {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 64; i++) {
        String text = (i % 2 == 0 ? "common " : "other ") + (i % 4 == 0 ? "common " : "") + (i == 5 ? "rare " : "")
            + (i % 3 == 0 ? "many ".repeat(i == 9 ? 300 : 1) : "");
        Document d = new Document();
        d.add(new TextField(Fields.TEXT, text, Field.Store.NO));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    return DirectoryReader.open(dir);
  }

  /** What {@code freqs} gives for {@code term} of the text field in the corpus's one segment. */
  private static byte[] freqs(TermFreqs freqs, String term) throws Exception {
    TermsEnum te = leaf.reader().terms(Fields.TEXT).iterator();
    assertThat(te.seekExact(new org.apache.lucene.util.BytesRef(term))).isTrue();
    return freqs.of(leaf, new Term(Fields.TEXT, term), te);
  }

  @Test
  void commonTermsAreKeptAsAByteAnEntryRareOnesAndWideOnesAreNot() throws Exception {
    TermFreqs freqs = new TermFreqs(1 << 20);
    byte[] common = freqs(freqs, "common");
    assertThat(common).hasSize(64);
    for (int i = 0; i < 64; i++) {
      assertThat(common[i] & 0xFF).as("entry %d", i).isEqualTo(i % 4 == 0 ? 2 : i % 2 == 0 ? 1 : 0);
    }
    assertThat(freqs(freqs, "common")).as("kept").isSameAs(common);
    assertThat(freqs(freqs, "rare")).as("in 1 of 64 entries").isNull();
    assertThat(freqs(freqs, "many")).as("300 in one entry").isNull();
  }

  @Test
  void theLeastRecentlyUsedTermsGoWhenTheBoundIsReached() throws Exception {
    TermFreqs freqs = new TermFreqs(64); // room for one term of this 64-entry segment
    byte[] common = freqs(freqs, "common");
    byte[] other = freqs(freqs, "other");
    assertThat(freqs(freqs, "other")).isSameAs(other);
    byte[] again = freqs(freqs, "common");
    assertThat(again).as("read again after eviction").isNotSameAs(common).isEqualTo(common);
  }

  @Test
  void aClosedSegmentsTermsAreForgotten() throws Exception {
    TermFreqs freqs = new TermFreqs(1 << 20);
    byte[] common = freqs(freqs, "common");
    freqs.forget(new Object());
    assertThat(freqs(freqs, "common")).as("another segment's").isSameAs(common);
    freqs.forget(leaf.reader().getCoreCacheHelper().getKey());
    assertThat(freqs(freqs, "common")).isNotSameAs(common).isEqualTo(common);
  }
}
