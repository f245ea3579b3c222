package org.jixiao.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jixiao.model.Document;

/**
 * Where a {@link DataLibrary}'s files are indexed: published generations ({@link Generations}, the
 * accelerated backend's) or the live index ({@link LiveCatalogue}, the reference backend's). The
 * library keeps the files; its catalogue keeps the index in step with them.
 */
public interface Catalogue {

  /** Identifies the data files as they are now (see {@link Indexer#fingerprint}). */
  String fingerprint() throws IOException;

  /** The file a document was read from, as the index knows it; empty when it has no such document. */
  Optional<IndexReport.FileEntry> fileOf(String documentId) throws IOException;

  /**
   * Indexes a change of the data directories, made after {@code fingerprintBefore} was taken.
   *
   * @param added documents read from new or replaced files (already in the data directories)
   * @param removed files taken out of the data directories, with the documents read from them
   */
  Applied apply(String fingerprintBefore, List<Document> added, List<IndexReport.FileEntry> removed) throws IOException;

  /**
   * @param index a new index to serve from, or null when the searchers see the change by themselves
   * @param report the counts after the change (a live index reports no files)
   */
  record Applied(OpenIndex index, IndexReport report) {}
}
