package org.jixiao.search;

/**
 * A thing a request names that the corpus does not hold (a 404): an entry or document by id, a
 * concept, a district or unit to compare. The message is Chinese, then English.
 */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
