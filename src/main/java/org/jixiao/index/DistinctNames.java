package org.jixiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every distinct entry name of an index, as a small in-memory index of its own with the same name
 * fields. A corpus repeats its names (a million indicators have hundreds of distinct names here, tens
 * of thousands in a real province), so whether an entry's name matches a query is decided once per
 * name here and looked up per entry, instead of walking the postings of every name term across the
 * whole index. Added to as segments are loaded; read by any number of searches.
 */
final class DistinctNames implements java.io.Closeable {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final Map<String, Integer> ids = new HashMap<>();
  private volatile IndexSearcher searcher;

  DistinctNames() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          // Merging only neighbouring segments keeps doc ids in the order names were added: the id.
          .setMergePolicy(new LogDocMergePolicy()));
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setQueryCache(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of {@code name}, adding it if new; call {@link #publish} before searching for it. */
  synchronized int idOf(String name) throws IOException {
    Integer id = ids.get(name);
    if (id == null) {
      id = ids.size();
      Document doc = new Document();
      doc.add(new TextField(Fields.NAME, name, Field.Store.NO));
      doc.add(new TextField(Fields.NAME_CJK, name, Field.Store.NO));
      writer.addDocument(doc);
      ids.put(name, id);
    }
    return id;
  }

  /** Makes every name added so far searchable. */
  synchronized void publish() throws IOException {
    DirectoryReader current = (DirectoryReader) searcher.getIndexReader();
    DirectoryReader next = DirectoryReader.openIfChanged(current, writer, true);
    if (next != null) {
      IndexSearcher s = new IndexSearcher(next);
      s.setQueryCache(null);
      searcher = s;
      // The old reader is left to the garbage collector: a search may still hold it.
    }
  }

  /** The ids of the names {@code query} (over the name fields) matches. */
  FixedBitSet matching(Query query) throws IOException {
    IndexSearcher s = searcher;
    FixedBitSet bits = new FixedBitSet(Math.max(1, s.getIndexReader().maxDoc()));
    Weight weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (var leaf : s.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (twoPhase == null || twoPhase.matches()) {
          bits.set(leaf.docBase + doc);
        }
      }
    }
    return bits;
  }

  @Override
  public synchronized void close() throws IOException {
    searcher.getIndexReader().close();
    writer.close();
    directory.close();
  }
}
