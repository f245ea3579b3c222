package org.jixiao.search;

/**
 * A request that cannot be answered as asked (a 4xx over HTTP). The message is Chinese, then
 * English; the kind says which 4xx.
 */
public final class InvalidRequestException extends RuntimeException {

  /** What is wrong with the request. */
  public enum Kind {
    /** Malformed or not what the endpoint takes (400). */
    INVALID,
    /** Larger than a limit (413). */
    TOO_LARGE,
    /** Well-formed, but more work than the request's budget allows (422). */
    TOO_COMPLEX
  }

  private final Kind kind;

  public InvalidRequestException(String message) {
    this(message, Kind.INVALID);
  }

  public InvalidRequestException(String message, Kind kind) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
