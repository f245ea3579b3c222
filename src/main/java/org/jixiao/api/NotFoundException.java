package org.jixiao.api;

/** A resource that does not exist (a 404). The message is Chinese, then English. */
final class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
