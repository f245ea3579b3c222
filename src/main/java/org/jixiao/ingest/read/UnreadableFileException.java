package org.jixiao.ingest.read;

import java.io.IOException;

/** A file that cannot be read at all. The message is shown to users: Chinese first, then English. */
public final class UnreadableFileException extends IOException {

  /** Why: the file itself, or one of the limits every file is held to. */
  public enum Reason {
    /** Broken, encrypted, empty, not a table. */
    UNREADABLE,
    /** Over a size limit: rows, cells, a table's or a merged cell's extent. */
    TOO_LARGE,
    /** Over the time budget for reading one file. */
    TOO_SLOW
  }

  private final Reason reason;

  public UnreadableFileException(String message) {
    this(message, Reason.UNREADABLE);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
    this.reason = Reason.UNREADABLE;
  }

  public UnreadableFileException(String message, Reason reason) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
