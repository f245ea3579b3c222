package org.jixiao.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.index.Catalogue;
import org.jixiao.search.SearchBackend;

/**
 * A search backend opened for a command, the index it reads (closed with it), the directory that
 * index takes on disk, and where uploads to it are indexed.
 */
record OpenEngine(SearchBackend backend, Closeable index, Path files, Catalogue catalogue) implements Closeable {

  /** Which engine answers: the accelerated one (the product) or the plain-Lucene reference. */
  enum Kind { accelerated, reference }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
