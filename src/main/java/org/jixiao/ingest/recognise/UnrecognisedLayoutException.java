package org.jixiao.ingest.recognise;

/** A file whose rows hold no table the recogniser knows. The message names the reason, Chinese first. */
public final class UnrecognisedLayoutException extends Exception {

  public UnrecognisedLayoutException(String message) {
    super(message);
  }
}
