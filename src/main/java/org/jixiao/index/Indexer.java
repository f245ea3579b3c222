package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.DataFingerprint;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.SourceFile;
import org.jixiao.model.Document;

/**
 * Keeps an index in step with its data directories: builds when asked, when there is no index, or
 * when the data (or the schema) changed since the last build; otherwise leaves it alone.
 */
public final class Indexer {

  private final Ingestor ingestor;
  private final VectorSettings vectors;

  /**
   * @param vectors how entries are embedded; null builds a keyword-only index
   */
  public Indexer(Ingestor ingestor, VectorSettings vectors) {
    this.ingestor = ingestor;
    this.vectors = vectors;
  }

  /** What {@link #update} did. */
  public record Outcome(IndexReport report, boolean rebuilt, long millis) {}

  /**
   * Brings the index up to date.
   *
   * @param force rebuild even when the index looks current (also recovers a damaged index)
   */
  public Outcome update(List<Path> dataDirectories, IndexLocation location, boolean force) throws IOException {
    long start = System.nanoTime();
    List<SourceFile> files = Ingestor.listFiles(dataDirectories);
    String fingerprint = fingerprint(files, dataDirectories);
    if (!force) {
      Optional<IndexReport> existing = currentReport(location);
      if (existing.isPresent() && fingerprint.equals(existing.get().dataFingerprint())) {
        return new Outcome(existing.get(), false, (System.nanoTime() - start) / 1_000_000);
      }
    }
    IngestResult ingest = ingestor.ingestFiles(files);
    List<String> dirs = dataDirectories.stream().map(Path::toString).toList();
    IndexReport report = IndexBuilder.build(ingest, location, fingerprint, dirs, vectors);
    return new Outcome(report, true, (System.nanoTime() - start) / 1_000_000);
  }

  /** Identifies the data files as they are now, with the schema and vector settings they are indexed under. */
  public String fingerprint(List<Path> dataDirectories) throws IOException {
    return fingerprint(Ingestor.listFiles(dataDirectories), dataDirectories);
  }

  private String fingerprint(List<SourceFile> files, List<Path> dataDirectories) throws IOException {
    return DataFingerprint.of(files,
        "schema-" + IndexBuilder.SCHEMA_VERSION + "|" + dataDirectories + "|" + (vectors == null ? "no-vectors" : vectors.describe()));
  }

  /**
   * Applies a change of a few files: only their entries are re-indexed when the index was current
   * before the change ({@code fingerprintBefore} matches it); otherwise the whole index is brought
   * up to date, as {@link #update} would.
   *
   * @param added documents read from the new or replaced files (already in the data directories)
   * @param removedFiles data-relative names of files taken out of the data directories
   */
  public Outcome apply(
      List<Path> dataDirectories, IndexLocation location, String fingerprintBefore, List<Document> added, List<String> removedFiles)
      throws IOException {
    long start = System.nanoTime();
    Optional<IndexReport> existing = currentReport(location);
    if (existing.isEmpty() || !existing.get().dataFingerprint().equals(fingerprintBefore)) {
      return update(dataDirectories, location, false);
    }
    IndexReport report = IncrementalUpdate.apply(location, added, removedFiles, fingerprint(dataDirectories), vectors);
    return new Outcome(report, false, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Opens the live index of {@code location} (the reference backend's) and brings it in step with
   * the data: when the data changed since its last commit, every table is put in again (replacing
   * its entries; unchanged texts come from the embedding cache) and tables no longer in the data are
   * deleted.
   *
   * @return the live index, searchable
   */
  public LiveIndex openLive(List<Path> dataDirectories, IndexLocation location, boolean queryCache) throws IOException {
    List<SourceFile> files = Ingestor.listFiles(dataDirectories);
    String fingerprint = fingerprint(files, dataDirectories);
    // The embedding cache the generations use: texts embedded for one are not embedded again.
    VectorSettings shared = vectors == null ? null : new VectorSettings(vectors.model(), vectors.texts(), vectors.cacheIn(location), vectors.progress());
    LiveIndex live = LiveIndex.open(LiveIndex.directoryIn(location), shared, LiveIndex.Layout.DEFAULT, queryCache);
    try {
      sync(live, files, fingerprint, false);
      return live;
    } catch (IOException | RuntimeException e) {
      live.close();
      throw e;
    }
  }

  /**
   * Brings a live index in step with the data directories when its last commit recorded other data
   * (or, with {@code force}, whatever it recorded: after a change that failed half-way):
   * every table put in again (unchanged texts come from the embedding cache), tables no longer in
   * the data deleted, committed with the data's fingerprint and made searchable.
   */
  public void sync(LiveIndex live, List<Path> dataDirectories, boolean force) throws IOException {
    List<SourceFile> files = Ingestor.listFiles(dataDirectories);
    sync(live, files, fingerprint(files, dataDirectories), force);
  }

  private void sync(LiveIndex live, List<SourceFile> files, String fingerprint, boolean force) throws IOException {
    if (force || !fingerprint.equals(live.committedFingerprint())) {
      IngestResult ingest = ingestor.ingestFiles(files);
      live.refresh();
      java.util.Set<String> stale;
      org.apache.lucene.search.IndexSearcher searcher = live.acquire();
      try {
        stale = new java.util.HashSet<>(LiveIndex.documentIds(searcher.getIndexReader()));
      } finally {
        live.release(searcher);
      }
      ingest.documents().forEach(d -> stale.remove(d.id()));
      live.put(ingest.documents());
      for (String id : stale) {
        live.delete(id);
      }
      live.commit(fingerprint);
    }
    live.refresh();
  }

  /** The current report, or empty when there is none or it cannot be read (then a build repairs it). */
  private static Optional<IndexReport> currentReport(IndexLocation location) {
    try {
      return location.currentReport();
    } catch (IOException damaged) {
      return Optional.empty();
    }
  }
}
