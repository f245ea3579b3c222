package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One index generation opened for searching: a {@link SearcherManager} that hands out searchers, the
 * in-memory columns of its entries, and the report.
 */
public final class OpenIndex implements Closeable {

  private final Path generation;
  private final FSDirectory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
  private final IndexReport report;
  private final EntryColumns columns = new EntryColumns();

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
    return open(location, true);
  }

  /**
   * Opens the current generation, with or without Lucene's query cache (an LRU of the filter bit
   * sets a searcher has seen repeatedly; on by default). Benchmarks turn it off to time every query's
   * matching from the postings, as a query seen for the first time is.
   */
  public static OpenIndex open(IndexLocation location, boolean queryCache) throws IOException {
    Path generation = location.current()
        .orElseThrow(() -> new IOException("还没有索引：请先运行 `index` / no index yet at " + location.root() + ": run `index` first"));
    IndexReport report = IndexLocation.readReport(generation);
    FSDirectory directory = FSDirectory.open(generation);
    try {
      return new OpenIndex(generation, directory, new SearcherManager(directory, searcherFactory(queryCache)), report);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw new IOException(
          "索引无法打开（可能已损坏），请运行 `index --rebuild` / the index cannot be opened (it may be corrupt); run `index --rebuild`: "
              + e.getMessage(), e);
    }
  }

  private static SearcherFactory searcherFactory(boolean queryCache) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        IndexSearcher searcher = super.newSearcher(reader, previousReader);
        if (!queryCache) {
          searcher.setQueryCache(null);
        }
        return searcher;
      }
    };
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

  /** Facet values and name groups of every entry, loaded per segment on first use (see {@link EntryColumns}). */
  public EntryColumns columns() {
    return columns;
  }

  @Override
  public void close() throws IOException {
    columns.close();
    manager.close();
    directory.close();
  }
}
