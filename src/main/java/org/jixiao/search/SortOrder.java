package org.jixiao.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of a result set's rows. Every order but relevance sorts the whole result set (not a page
 * of it) by one key; rows without the key (no numeric target, no year) follow the rest, and rows
 * with equal keys keep their relevance order, so pages, exports and repeated searches agree.
 */
public enum SortOrder {
  /** The search's own order (BM25, neighbours or their fusion). The default. */
  RELEVANCE("relevance"),
  /** The quality score of the lint (0–100), best first. */
  QUALITY("quality"),
  /** The annual target's number (a range by its lower bound), largest first, whatever its unit. */
  TARGET_DESC("target-desc"),
  /** The annual target's number, smallest first. */
  TARGET_ASC("target-asc"),
  /** The table's year, newest first. */
  YEAR_DESC("year-desc"),
  /** The table's year, oldest first. */
  YEAR_ASC("year-asc");

  private final String code;

  SortOrder(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** Whether larger keys come first. */
  boolean descending() {
    return this == QUALITY || this == TARGET_DESC || this == YEAR_DESC;
  }

  /** Parses a code ({@code relevance}, {@code quality}, {@code target-desc} …); null or blank is relevance. */
  public static SortOrder parse(String text) {
    if (text == null || text.isBlank()) {
      return RELEVANCE;
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (SortOrder s : values()) {
      if (s.code.equals(wanted)) {
        return s;
      }
    }
    String allowed = Arrays.stream(values()).map(SortOrder::code).collect(Collectors.joining("、"));
    throw new InvalidRequestException("未知的排序：" + text + "（可选 " + allowed + "）/ unknown sort: " + text + " (one of "
        + allowed.replace("、", ", ") + ")");
  }
}
