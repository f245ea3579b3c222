package org.jixiao.index;

import java.util.List;
import org.jixiao.ingest.FileFailure;

/**
 * What a build put into an index generation, written beside it as {@code report.json}: counts, the
 * files read and skipped, their warnings, the fingerprint of the data it was built from, and how its
 * vectors were made ({@code embedding} is null for an index without vectors).
 */
public record IndexReport(
    int documents,
    int projects,
    int indicators,
    List<FileEntry> files,
    List<FileFailure> failures,
    String dataFingerprint,
    List<String> dataDirectories,
    String builtAt,
    long buildMillis,
    EmbeddingReport embedding) {

  public IndexReport {
    files = List.copyOf(files);
    failures = List.copyOf(failures);
    dataDirectories = List.copyOf(dataDirectories);
  }

  /** One file that was read. */
  public record FileEntry(
      String file,
      String documentId,
      String kind,
      String unit,
      String city,
      String district,
      Integer year,
      String yearBasis,
      int projects,
      int indicators,
      List<String> warnings) {

    public FileEntry {
      warnings = List.copyOf(warnings);
    }
  }

  public boolean hasVectors() {
    return embedding != null;
  }

  /** Every warning of every file. */
  public List<String> warnings() {
    return files.stream().flatMap(f -> f.warnings().stream()).toList();
  }
}
