package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.model.Document;

/**
 * A library's changes published as index generations: only the changed files' entries re-indexed
 * into a new generation (see {@code IncrementalUpdate}), which is opened for the next searches.
 */
public final class Generations implements Catalogue {

  private final List<Path> dataDirectories;
  private final IndexLocation location;
  private final Indexer indexer;

  public Generations(List<Path> dataDirectories, IndexLocation location, Indexer indexer) {
    this.dataDirectories = List.copyOf(dataDirectories);
    this.location = location;
    this.indexer = indexer;
  }

  @Override
  public String fingerprint() throws IOException {
    return indexer.fingerprint(dataDirectories);
  }

  @Override
  public Optional<IndexReport.FileEntry> fileOf(String documentId) throws IOException {
    return location.currentReport().flatMap(r -> r.files().stream().filter(f -> f.documentId().equals(documentId)).findFirst());
  }

  @Override
  public Applied apply(String fingerprintBefore, List<Document> added, List<IndexReport.FileEntry> removed) throws IOException {
    if (added.isEmpty() && removed.isEmpty()) {
      return new Applied(null, location.currentReport().orElse(null));
    }
    Indexer.Outcome built = indexer.apply(dataDirectories, location, fingerprintBefore, added,
        removed.stream().map(IndexReport.FileEntry::file).toList());
    return new Applied(OpenIndex.open(location), built.report());
  }
}
