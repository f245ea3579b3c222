package org.jixiao.api;

import org.jixiao.knowledge.Knowledge;
import org.jixiao.search.SearchBackend;

/** What requests are answered from; replaced as a whole when the index changes. */
record Services(SearchBackend searcher, Knowledge knowledge) {

  static Services of(SearchBackend searcher) {
    return new Services(searcher, new Knowledge(searcher));
  }

  /**
   * Services over {@code searcher} that have answered {@code searches} already, as the API answers
   * them (with each hit's quality), so the first real requests find what they need loaded. A warm-up
   * search that fails is skipped: warming is an optimisation, never a reason to refuse a new index.
   */
  static Services warmed(SearchBackend searcher, java.util.List<org.jixiao.search.SearchRequest> searches) {
    Services services = of(searcher);
    for (org.jixiao.search.SearchRequest request : searches) {
      if (request.sort() == org.jixiao.search.SortOrder.QUALITY) {
        continue; // it would lint its whole result set: the request pays for that itself
      }
      try {
        org.jixiao.search.SearchResults results = searcher.search(request, services.knowledge().qualityScores());
        for (org.jixiao.search.Hit hit : results.hits()) {
          if (hit instanceof org.jixiao.search.IndicatorHit indicator) {
            services.knowledge().indicatorQuality(indicator.id());
          }
        }
      } catch (RuntimeException | java.io.IOException e) {
        org.slf4j.LoggerFactory.getLogger(Services.class).debug("warm-up search failed: {}", request.query(), e);
      }
    }
    return services;
  }
}
