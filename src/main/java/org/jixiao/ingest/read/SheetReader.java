package org.jixiao.ingest.read;

import java.io.IOException;

/** Reads one source format into a {@link Sheet}. */
public interface SheetReader {

  /** True when this reader understands the bytes (by content, never by file name alone). */
  boolean accepts(byte[] content);

  /**
   * Reads the bytes.
   *
   * @param file the path to record as provenance
   * @throws UnreadableFileException when the content cannot be decoded; the message says why
   */
  Sheet read(String file, byte[] content) throws IOException;
}
