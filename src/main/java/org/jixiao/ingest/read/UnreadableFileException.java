package org.jixiao.ingest.read;

import java.io.IOException;

/** A file that cannot be read at all. The message is shown to users: Chinese first, then English. */
public final class UnreadableFileException extends IOException {

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
