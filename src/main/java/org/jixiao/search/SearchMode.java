package org.jixiao.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which rankings answer a search. */
public enum SearchMode {
  /** Words: BM25 over smartcn words and CJK bigrams, with domain synonyms. */
  BM25,
  /** Meaning: nearest neighbours of the query's bge-small-zh vector. */
  VECTOR,
  /** Both, fused (see {@link Fusion}). The default. */
  HYBRID;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code bm25|vector|hybrid}; null or blank is the default, hybrid. */
  public static SearchMode parse(String text) {
    if (text == null || text.isBlank()) {
      return HYBRID;
    }
    for (SearchMode m : values()) {
      if (m.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    String allowed = Arrays.stream(values()).map(SearchMode::code).collect(Collectors.joining("、"));
    throw new InvalidRequestException("未知的检索模式：" + text + "（可选 " + allowed + "）/ unknown mode: " + text + " (bm25, vector or hybrid)");
  }
}
