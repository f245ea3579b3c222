package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * One index generation opened for searching: a {@link SearcherManager} that hands out searchers, the
 * in-memory columns of its entries, the states of recently asked terms, and the report.
 */
public final class OpenIndex implements Searchable, Closeable {

  private final Path generation;
  private final FSDirectory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
  private final IndexReport report;
  private final EntryColumns columns;
  private final TermStatesCache termStates = new TermStatesCache();
  private final TextVectors texts;
  /** Where searchers come from when this is not a generation of its own (see {@link #over}); else null. */
  private final Searchable borrowed;

  private OpenIndex(Path generation, FSDirectory directory, SearcherManager manager, IndexReport report, TextVectors texts,
      Searchable borrowed) {
    this.generation = generation;
    this.directory = directory;
    this.manager = manager;
    this.report = report;
    this.texts = texts;
    this.borrowed = borrowed;
    this.columns = generation == null ? new EntryColumns() : Columns.acquire(generation.getParent());
  }

  /**
   * The columns of every open generation of one index directory, shared: a generation made by an
   * upload hard-links the segments of the one before, so the unchanged segments' columns (most of a
   * big index, seconds to load at a million entries) carry over and only the new segment is loaded.
   * Counted: the last generation of a directory to close releases them.
   */
  private static final class Columns {
    private static final java.util.Map<Path, Columns> BY_ROOT = new java.util.HashMap<>();
    private final EntryColumns columns = new EntryColumns();
    private int users;

    static synchronized EntryColumns acquire(Path root) {
      Columns shared = BY_ROOT.computeIfAbsent(root.toAbsolutePath().normalize(), r -> new Columns());
      shared.users++;
      return shared.columns;
    }

    static synchronized void release(Path root) throws IOException {
      Path key = root.toAbsolutePath().normalize();
      Columns shared = BY_ROOT.get(key);
      if (shared != null && --shared.users == 0) {
        BY_ROOT.remove(key);
        shared.columns.close();
      }
    }
  }

  /**
   * The accelerated search's view of a {@link LiveIndex}: the same searchers (near-real-time, new
   * segments' columns loaded on first use), no per-text vectors (keyword search only). What it is
   * for: both backends answering over one reader, whatever its segments and deletions. Closing it
   * leaves the live index open.
   */
  public static OpenIndex over(LiveIndex live, IndexReport report) {
    return new OpenIndex(null, null, null, report, null, live);
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
    SearcherManager manager = null;
    try {
      manager = new SearcherManager(directory, searcherFactory(queryCache));
      return new OpenIndex(generation, directory, manager, report, TextVectors.open(generation), null);
    } catch (IOException | RuntimeException e) {
      if (manager != null) {
        manager.close();
      }
      directory.close();
      throw new IOException(
          "索引无法打开（可能已损坏），请运行 `index --rebuild` / the index cannot be opened (it may be corrupt); run `index --rebuild`: "
              + e.getMessage(), e);
    }
  }

  /**
   * How many recent uses of cacheable queries the caching policy remembers. Lucene's default, 256,
   * assumes a query is one filter; a search here asks for several match sets (the rest of the match,
   * each synonym's pair, the facet filters), so 256 uses are the last 30 to 80 searches, and a query
   * repeated every 40 searches was never seen the 5 times that make it cached (measured at a million:
   * 1,209 hits against 4,537 misses over a cycling query set). 4,096 uses cover the last several
   * hundred searches; the cache's own memory bound (Lucene's, 32 MB at most) is unchanged.
   */
  static final int CACHING_HISTORY = 4_096;

  /** Shared by every searcher of every generation, so that reopening keeps what was learned. */
  private static final UsageTrackingQueryCachingPolicy CACHING_POLICY = new UsageTrackingQueryCachingPolicy(CACHING_HISTORY);

  private static SearcherFactory searcherFactory(boolean queryCache) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        IndexSearcher searcher = super.newSearcher(reader, previousReader);
        if (queryCache) {
          searcher.setQueryCachingPolicy(CACHING_POLICY);
        } else {
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

  @Override
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  @Override
  public IndexSearcher acquire() throws IOException {
    return borrowed != null ? borrowed.acquire() : manager.acquire();
  }

  @Override
  public void release(IndexSearcher searcher) throws IOException {
    if (borrowed != null) {
      borrowed.release(searcher);
    } else {
      manager.release(searcher);
    }
  }

  /** Facet values and name groups of every entry, loaded per segment on first use (see {@link EntryColumns}). */
  public EntryColumns columns() {
    return columns;
  }

  /** The states of the terms searches asked for recently (see {@link TermStatesCache}). */
  public TermStatesCache termStates() {
    return termStates;
  }

  /** The vectors of the entries' distinct texts; null when the index was built without vectors. */
  public TextVectors texts() {
    return texts;
  }

  @Override
  public void close() throws IOException {
    if (texts != null) {
      texts.close();
    }
    if (borrowed == null) {
      Columns.release(generation.getParent());
      manager.close();
      directory.close();
    } else {
      columns.close();
    }
  }
}
