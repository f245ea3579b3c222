package org.jixiao.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which rankings found a hit, and at what 1-based rank; null for a ranking that did not find it.
 * Shows a user why a hit without their words is there (found by meaning).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoundBy(Integer bm25, Integer vector) {

  static FoundBy of(int bm25Rank, int vectorRank) {
    return new FoundBy(bm25Rank > 0 ? bm25Rank : null, vectorRank > 0 ? vectorRank : null);
  }
}
