package org.jixiao.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many entries match, the requested page, and the counts
 * per facet value (dimension → value → count, most frequent first).
 *
 * @param mode the rankings that answered: the mode asked for, or bm25 when the query carries no
 *     meaning to embed (one character, punctuation) or the index has no vectors
 */
public record SearchResults(
    long total, long tookMs, SearchMode mode, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
