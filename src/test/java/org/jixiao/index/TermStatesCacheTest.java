package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TermStatesCacheTest {

  @Test
  void aTermIsLookedUpOncePerReaderAndAgainInTheNext() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 30; i++) {
        add(writer, i % 3 == 0 ? "common rare" : "common");
        if (i % 10 == 9) {
          writer.commit(); // several segments
        }
      }
      TermStatesCache cache = new TermStatesCache();
      Term common = new Term("f", "common");
      Term rare = new Term("f", "rare");
      try (DirectoryReader first = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(first);
        TermStates states = cache.of(searcher, rare);
        TermStates lucene = TermStates.build(searcher, rare, true);
        assertThat(states.docFreq()).isEqualTo(lucene.docFreq()).isEqualTo(10);
        assertThat(states.totalTermFreq()).isEqualTo(lucene.totalTermFreq());
        assertThat(first.leaves()).hasSizeGreaterThan(1).allSatisfy(leaf -> assertThat(states.get(leaf)).isNotNull());
        assertThat(cache.of(searcher, rare)).isSameAs(states);
        assertThat(cache.of(searcher, common).docFreq()).isEqualTo(30);
        assertThat(cache.of(new IndexSearcher(first), common)).as("another searcher of the same reader")
            .isSameAs(cache.of(searcher, common));

        add(writer, "rare");
        try (DirectoryReader second = DirectoryReader.open(writer)) {
          TermStates after = cache.of(new IndexSearcher(second), rare);
          assertThat(after).isNotSameAs(states);
          assertThat(after.docFreq()).isEqualTo(11);
        }
      }
    }
  }

  private static void add(IndexWriter writer, String text) throws Exception {
    Document doc = new Document();
    doc.add(new StringField("id", text, Field.Store.NO));
    doc.add(new org.apache.lucene.document.TextField("f", text, Field.Store.NO));
    writer.addDocument(doc);
  }
}
