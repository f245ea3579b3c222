package org.jixiao.search;

/** A request that cannot be answered as asked (a 400 over HTTP). The message is Chinese, then English. */
public final class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
