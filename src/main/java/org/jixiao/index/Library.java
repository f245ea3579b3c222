package org.jixiao.index;

import java.io.IOException;
import java.util.List;

/** Changes to the corpus while serving: files added or removed, and the index rebuilt to match. */
public interface Library {

  /** Reads, keeps and indexes the files; each gets its own outcome, a bad one costs only itself. */
  Change add(List<Upload> uploads) throws IOException;

  /** Removes one document's file and re-indexes; empty outcome list when there is no such document. */
  Change remove(String documentId) throws IOException;

  /** One uploaded file. */
  record Upload(String name, byte[] content) {}

  /**
   * What happened to one file.
   *
   * @param status {@code indexed}, {@code replaced}, {@code removed} or {@code failed}
   * @param reason why it failed (Chinese, then English), else null
   */
  record FileOutcome(String file, String status, String documentId, Integer projects, Integer indicators,
      List<String> warnings, String reason) {}

  /**
   * @param index the index to serve from now on, or null when nothing changed
   */
  record Change(List<FileOutcome> files, OpenIndex index, IndexReport report) {}
}
