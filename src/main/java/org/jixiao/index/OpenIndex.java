package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One index generation opened for searching: a {@link SearcherManager} that hands out searchers, the
 * facet state of the current reader (costly to build, so built once per reader), and the report.
 */
public final class OpenIndex implements Closeable {

  private final Path generation;
  private final FSDirectory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
  private final IndexReport report;
  private volatile ReaderState state;

  private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState facets) {}

  private OpenIndex(Path generation, FSDirectory directory, SearcherManager manager, IndexReport report) {
    this.generation = generation;
    this.directory = directory;
    this.manager = manager;
    this.report = report;
  }

  /**
   * Opens the current generation of {@code location}.
   *
   * @throws IOException with a message for users when there is no index or it is damaged
   */
  public static OpenIndex open(IndexLocation location) throws IOException {
    Path generation = location.current()
        .orElseThrow(() -> new IOException("还没有索引：请先运行 `index` / no index yet at " + location.root() + ": run `index` first"));
    IndexReport report = IndexLocation.readReport(generation);
    FSDirectory directory = FSDirectory.open(generation);
    try {
      return new OpenIndex(generation, directory, new SearcherManager(directory, null), report);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw new IOException(
          "索引无法打开（可能已损坏），请运行 `index --rebuild` / the index cannot be opened (it may be corrupt); run `index --rebuild`: "
              + e.getMessage(), e);
    }
  }

  public Path generation() {
    return generation;
  }

  public IndexReport report() {
    return report;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** A searcher to use and give back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    return manager.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  /**
   * The facet state for the searcher's reader, built on first use per reader; null for an index
   * without any facet values (an empty corpus).
   */
  public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    ReaderState s = state;
    IndexReader reader = searcher.getIndexReader();
    if (s == null || s.reader != reader) {
      synchronized (this) {
        s = state;
        if (s == null || s.reader != reader) {
          s = new ReaderState(reader, facetsOf(reader));
          state = s;
        }
      }
    }
    return s.facets;
  }

  private SortedSetDocValuesReaderState facetsOf(IndexReader reader) throws IOException {
    if (reader.maxDoc() == 0) {
      return null;
    }
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException noFacetField) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
    directory.close();
  }
}
