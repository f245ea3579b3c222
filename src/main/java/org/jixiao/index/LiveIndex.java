package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.jixiao.model.Document;

/**
 * The index as plain Lucene keeps one: a single long-lived {@link IndexWriter} and a {@link
 * SearcherManager} over it (near-real-time). A table put in replaces that table's entries
 * ({@code updateDocuments} on its document id), a table taken out deletes them, and a {@link
 * #refresh} makes the change searchable; old searchers are released by reference count. Each entry
 * carries its own vector in an HNSW graph ({@link #VECTOR}), so {@code KnnFloatVectorQuery} finds
 * its neighbours with Lucene's own filter.
 *
 * <p>This is the reference backend's index: it is what the accelerated one ({@link OpenIndex}, its
 * generations, columns and per-text vectors) must agree with. Its documents are the same as a
 * generation's ({@link DocumentMapper}), written with the same analyzers and index sort.
 */
public final class LiveIndex implements Searchable, Closeable {

  /** Each entry's own vector (unit length, dot product). */
  public static final String VECTOR = "entry_vector";

  /** Where an index directory keeps its live index. */
  public static Path directoryIn(IndexLocation location) {
    return location.root().resolve("live");
  }

  /** How segments form: by the indexing buffer (the product), or every few documents without merging (tests). */
  public record Layout(int flushEveryDocs, boolean merges) {
    public static final Layout DEFAULT = new Layout(0, true);
  }

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final VectorSettings vectors;
  private final Path cacheDirectory;
  private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
  private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
  /** The facet ordinals of each open reader, built when its searcher is made (see {@link #facetState}). */
  private final Map<Object, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();

  private LiveIndex(FSDirectory directory, IndexWriter writer, VectorSettings vectors, Path cacheDirectory, boolean queryCache)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.vectors = vectors;
    this.cacheDirectory = cacheDirectory;
    this.manager = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        // Warmed before any search sees it: the facet ordinals across segments (every facet count
        // needs them) are built here, once per reader, not in the first search that counts.
        warm(reader);
        IndexSearcher searcher = new IndexSearcher(reader);
        if (!queryCache) {
          searcher.setQueryCache(null);
        }
        return searcher;
      }
    });
  }

  /**
   * Opens (or creates) the live index in {@code directory}.
   *
   * @param vectors how entries are embedded; null for an index without vectors
   */
  public static LiveIndex open(Path directory, VectorSettings vectors) throws IOException {
    return open(directory, vectors, Layout.DEFAULT, true);
  }

  public static LiveIndex open(Path directory, VectorSettings vectors, Layout layout) throws IOException {
    return open(directory, vectors, layout, true);
  }

  /**
   * @param queryCache whether searchers keep Lucene's query cache (benchmarks turn it off to time
   *     every query from the postings)
   */
  public static LiveIndex open(Path directory, VectorSettings vectors, Layout layout, boolean queryCache) throws IOException {
    java.nio.file.Files.createDirectories(directory);
    FSDirectory dir = FSDirectory.open(directory);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = IndexBuilder.writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      if (layout.flushEveryDocs() > 0) {
        config.setMaxBufferedDocs(layout.flushEveryDocs());
        config.setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH);
      }
      if (!layout.merges()) {
        config.setMergePolicy(NoMergePolicy.INSTANCE);
      }
      writer = new IndexWriter(dir, config);
      Path cache = vectors == null ? null
          : vectors.cacheDirectory() != null ? vectors.cacheDirectory() : directory.resolve("embeddings");
      return new LiveIndex(dir, writer, vectors, cache, queryCache);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      dir.close();
      throw new IOException("实时索引无法打开 / the live index cannot be opened: " + e.getMessage(), e);
    }
  }

  /**
   * Puts tables in: each replaces the entries of a table with the same document id (none when new).
   * Searchable after the next {@link #refresh}.
   */
  public void put(List<Document> documents) throws IOException {
    EntryVectors embedded = vectors == null ? EntryVectors.NONE : EntryVectors.compute(documents, vectors, cacheDirectory);
    for (Document document : documents) {
      writer.updateDocuments(new Term(Fields.DOCUMENT_ID, document.id()), mapper.map(document, (doc, id) -> {
        float[] v = embedded.keyOf(id) == null ? null : embedded.vectors().get(embedded.keyOf(id));
        if (v != null) {
          doc.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT));
        }
      }));
    }
  }

  /** Takes one table's entries out; searchable after the next {@link #refresh}. */
  public void delete(String documentId) throws IOException {
    writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, documentId));
  }

  /** Makes every change so far searchable (new segments warmed before they are handed out). */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Makes every change so far durable, recording the fingerprint of the data it now holds. */
  public void commit(String dataFingerprint) throws IOException {
    writer.setLiveCommitData(Map.of(FINGERPRINT, dataFingerprint).entrySet());
    writer.commit();
  }

  /** The data fingerprint of the last commit that recorded one; null when none did. */
  public String committedFingerprint() throws IOException {
    if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
      return null;
    }
    return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT);
  }

  private static final String FINGERPRINT = "jixiao.dataFingerprint";

  /** Merges the index down to {@code segments} segments at most (benchmarks, and tests of merged layouts). */
  public void forceMerge(int segments) throws IOException {
    writer.forceMerge(segments);
  }

  /** Whether entries get vectors. */
  public boolean hasVectors() {
    return vectors != null;
  }

  @Override
  public IndexSearcher acquire() throws IOException {
    return manager.acquire();
  }

  @Override
  public void release(IndexSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  @Override
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The facet ordinals of {@code reader} (one this index handed out); null when no entry has a facet. */
  public SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    SortedSetDocValuesReaderState state = facetStates.get(reader.getReaderCacheHelper().getKey());
    return state != null ? state : warm(reader);
  }

  private SortedSetDocValuesReaderState warm(IndexReader reader) throws IOException {
    Object key = reader.getReaderCacheHelper().getKey();
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException noFacets) {
      return null; // an empty index: no entry has a facet field yet
    }
    if (facetStates.putIfAbsent(key, state) == null) {
      reader.getReaderCacheHelper().addClosedListener(facetStates::remove);
    }
    return facetStates.get(key);
  }

  /** How much is searchable now: tables, projects and indicators. */
  public record Counts(int documents, int projects, int indicators) {}

  public Counts counts() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return new Counts(documentIds(searcher.getIndexReader()).size(),
          searcher.count(new org.apache.lucene.search.TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROJECT))),
          searcher.count(new org.apache.lucene.search.TermQuery(new Term(Fields.TYPE, Fields.TYPE_INDICATOR))));
    } finally {
      release(searcher);
    }
  }

  /** The ids of the tables whose entries are searchable in {@code reader}. */
  public static Set<String> documentIds(IndexReader reader) throws IOException {
    Set<String> ids = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.DOCUMENT_ID);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      while (te.next() != null) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            ids.add(te.term().utf8ToString());
            break;
          }
        }
      }
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
