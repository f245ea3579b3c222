package org.jixiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.util.LruMap;

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
  /** Ids of names that may have been cut in their key (see {@link DocumentMapper#MAX_NAME_KEY_CHARS}). */
  private final BitSet cut = new BitSet();
  private final SearcherManager searchers;
  static final int MATCHED_QUERIES = 512;
  /** Kept answers of {@link #matching}, for the names published so far (guarded by itself). */
  private final Map<Query, FixedBitSet> matched = new LruMap<>(MATCHED_QUERIES);
  /** How many times names were published: an answer computed before the last publishing is not kept. */
  private long published;

  DistinctNames() {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.forIndexing())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          // Merging only neighbouring segments keeps doc ids in the order names were added: the id.
          .setMergePolicy(new LogDocMergePolicy()));
      searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher s = new IndexSearcher(reader);
          s.setQueryCache(null); // each query is asked once
          return s;
        }
      });
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
      if (name.length() >= DocumentMapper.MAX_NAME_KEY_CHARS) {
        cut.set(id);
      }
    }
    return id;
  }

  /** Makes every name added so far searchable. */
  synchronized void publish() throws IOException {
    searchers.maybeRefreshBlocking();
    synchronized (matched) {
      matched.clear();
      published++;
    }
  }

  /**
   * The ids of the names {@code query} (over the name fields) matches. The answers to the last
   * {@link #MATCHED_QUERIES} queries are kept until names are added: making the scorers of a query
   * with dozens of clauses costs more than running them over a few hundred names, and searches ask
   * the same name queries again and again (Lucene's query cache leaves an index this small alone).
   */
  FixedBitSet matching(Query query) throws IOException {
    long generation;
    synchronized (matched) {
      FixedBitSet known = matched.get(query);
      if (known != null) {
        return known.clone();
      }
      generation = published;
    }
    IndexSearcher s = searchers.acquire();
    try {
      FixedBitSet bits = matching(s, query);
      synchronized (matched) {
        if (published == generation) {
          matched.put(query, bits.clone());
        }
      }
      return bits;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Each distinct name's score for {@code clauses}, indexed by name id: per clause whose term the
   * name has, the clause's scorer applied to the term's frequency in the name and the name's length
   * (norm) in that field; summed in double and rounded to float, as Lucene's disjunction sums its
   * clauses. The frequency and norm are the same here as in the main index, where the name is
   * analysed the same way, so with scorers made from the main index's statistics this is the score
   * the main index gives each entry of that name. NaN for a name that may have been cut in its key
   * (its entries' own text is longer).
   */
  float[] scores(List<EntryColumns.NameClause> clauses) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      int names = s.getIndexReader().maxDoc();
      // Only the names that have a clause's term are summed and copied: at a million realistic
      // entries there are ~450,000 distinct names and a query's terms reach a fraction of them, so
      // walking every name (and allocating a sum for each) per search was a quarter of a broad
      // search over HTTP. The sums are kept per thread and cleared where they were touched.
      double[] sums = SUMS.get();
      if (sums.length < names) {
        sums = new double[Math.max(names, sums.length * 2)];
        SUMS.set(sums);
      }
      int[] touched = new int[16];
      int count = 0;
      float[] scores = new float[names];
      try {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          LeafReader reader = leaf.reader();
          for (EntryColumns.NameClause clause : clauses) {
            PostingsEnum postings = reader.postings(clause.term(), PostingsEnum.FREQS);
            if (postings == null) {
              continue;
            }
            NumericDocValues norms = reader.getNormValues(clause.term().field());
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
              int id = leaf.docBase + doc;
              if (sums[id] == 0) {
                if (count == touched.length) {
                  touched = java.util.Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = id;
              }
              sums[id] += clause.scorer().score(postings.freq(), norm);
            }
          }
        }
        for (int i = 0; i < count; i++) {
          scores[touched[i]] = (float) sums[touched[i]];
        }
      } finally {
        for (int i = 0; i < count; i++) {
          sums[touched[i]] = 0;
        }
      }
      synchronized (this) {
        for (int id = cut.nextSetBit(0); id >= 0 && id < names; id = cut.nextSetBit(id + 1)) {
          scores[id] = Float.NaN;
        }
      }
      return scores;
    } finally {
      searchers.release(s);
    }
  }

  /** Per thread, the running sums of {@link #scores} (all zero between calls). */
  private static final ThreadLocal<double[]> SUMS = ThreadLocal.withInitial(() -> new double[0]);

  private static FixedBitSet matching(IndexSearcher s, Query query) throws IOException {
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
    searchers.close();
    writer.close();
    directory.close();
  }
}
