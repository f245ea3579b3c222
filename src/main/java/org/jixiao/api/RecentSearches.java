package org.jixiao.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jixiao.search.SearchRequest;

/**
 * The last distinct searches the server answered, to warm a new index with before it serves: after
 * an upload the first searches would otherwise each build what the new index loads lazily (its
 * columns, the peers and qualities of the knowledge base) while 32 others wait behind them.
 */
final class RecentSearches {

  /** Enough to touch what the common queries touch; each costs one search on every upload. */
  static final int SIZE = 16;

  private final LinkedHashSet<SearchRequest> recent = new LinkedHashSet<>();

  synchronized void add(SearchRequest request) {
    // Most recent last: a repeated search moves to the end instead of staying where it first came.
    recent.remove(request);
    recent.add(request);
    if (recent.size() > SIZE) {
      recent.remove(recent.iterator().next());
    }
  }

  synchronized List<SearchRequest> list() {
    return new ArrayList<>(recent);
  }
}
