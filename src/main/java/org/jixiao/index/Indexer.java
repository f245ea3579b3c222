package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.DataFingerprint;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.SourceFile;

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
    String fingerprint = DataFingerprint.of(files,
        "schema-" + IndexBuilder.SCHEMA_VERSION + "|" + dataDirectories + "|" + (vectors == null ? "no-vectors" : vectors.describe()));
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

  /** The current report, or empty when there is none or it cannot be read (then a build repairs it). */
  private static Optional<IndexReport> currentReport(IndexLocation location) {
    try {
      return location.currentReport();
    } catch (IOException damaged) {
      return Optional.empty();
    }
  }
}
