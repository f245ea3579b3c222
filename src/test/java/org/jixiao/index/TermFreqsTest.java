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
import org.junit.jupiter.api.Test;

class TermFreqsTest {

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

  /** What {@code freqs} gives for {@code term} of the text field in {@code leaf}. */
  private static byte[] freqs(TermFreqs freqs, LeafReaderContext leaf, String term) throws Exception {
    TermsEnum te = leaf.reader().terms(Fields.TEXT).iterator();
    assertThat(te.seekExact(new org.apache.lucene.util.BytesRef(term))).isTrue();
    return freqs.of(leaf, new Term(Fields.TEXT, term), te);
  }

  @Test
  void commonTermsAreKeptAsAByteAnEntryRareOnesAndWideOnesAreNot() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = corpus(dir)) {
      LeafReaderContext leaf = reader.leaves().get(0);
      TermFreqs freqs = new TermFreqs(1 << 20);
      byte[] common = freqs(freqs, leaf, "common");
      assertThat(common).hasSize(64);
      for (int i = 0; i < 64; i++) {
        assertThat(common[i] & 0xFF).as("entry %d", i).isEqualTo(i % 4 == 0 ? 2 : i % 2 == 0 ? 1 : 0);
      }
      assertThat(freqs(freqs, leaf, "common")).as("kept").isSameAs(common);
      assertThat(freqs(freqs, leaf, "rare")).as("in 1 of 64 entries").isNull();
      assertThat(freqs(freqs, leaf, "many")).as("300 in one entry").isNull();
    }
  }

  @Test
  void theLeastRecentlyUsedTermsGoWhenTheBoundIsReached() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = corpus(dir)) {
      LeafReaderContext leaf = reader.leaves().get(0);
      TermFreqs freqs = new TermFreqs(64); // room for one term of this 64-entry segment
      byte[] common = freqs(freqs, leaf, "common");
      byte[] other = freqs(freqs, leaf, "other");
      assertThat(freqs(freqs, leaf, "other")).isSameAs(other);
      byte[] again = freqs(freqs, leaf, "common");
      assertThat(again).as("read again after eviction").isNotSameAs(common).isEqualTo(common);
    }
  }

  @Test
  void aClosedSegmentsTermsAreForgotten() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = corpus(dir)) {
      LeafReaderContext leaf = reader.leaves().get(0);
      TermFreqs freqs = new TermFreqs(1 << 20);
      byte[] common = freqs(freqs, leaf, "common");
      freqs.forget(new Object());
      assertThat(freqs(freqs, leaf, "common")).as("another segment's").isSameAs(common);
      freqs.forget(leaf.reader().getCoreCacheHelper().getKey());
      assertThat(freqs(freqs, leaf, "common")).isNotSameAs(common).isEqualTo(common);
    }
  }
}
