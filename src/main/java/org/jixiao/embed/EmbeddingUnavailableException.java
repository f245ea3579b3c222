package org.jixiao.embed;

/** The embedding model could not be loaded or run; the message is for users. */
public final class EmbeddingUnavailableException extends RuntimeException {

  public EmbeddingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
