package org.jixiao.ingest.read;

/** Byte-pattern checks for recognising formats by their content. */
final class Bytes {

  private Bytes() {}

  static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code pattern} occurs anywhere in {@code content}; a linear scan, cheap next to parsing. */
  static boolean contains(byte[] content, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= content.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (content[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
