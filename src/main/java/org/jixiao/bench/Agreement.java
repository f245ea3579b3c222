package org.jixiao.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.search.Hit;
import org.jixiao.search.SearchBackend;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResults;

/**
 * How far two engines' answers agree on a query set, per mode: the share of their first pages they
 * have in common, which engine's last hit on the page scores higher (on one scale, the higher last
 * score is the better page: it found nearer entries), and their totals. Two engines with the same
 * answers agree 1.0 with equal last scores; an approximate one shows where it loses.
 */
public final class Agreement {

  private Agreement() {}

  /**
   * @param overlap mean share of the page in common (pages of different lengths: over the longer)
   * @param firstBetter queries where the first engine's last score on the page is higher
   * @param secondBetter queries where the second engine's is
   */
  public record ModeAgreement(SearchMode mode, int queries, double overlap, int firstBetter, int secondBetter,
      long firstTotal, long secondTotal) {}

  public static List<ModeAgreement> measure(SearchBackend first, SearchBackend second, List<SearchRequest> queries,
      List<SearchMode> modes) throws IOException {
    List<ModeAgreement> out = new ArrayList<>();
    for (SearchMode mode : modes) {
      double overlap = 0;
      int firstBetter = 0;
      int secondBetter = 0;
      long firstTotal = 0;
      long secondTotal = 0;
      for (SearchRequest q : queries) {
        SearchRequest request = new SearchRequest(q.query(), q.type(), q.limit(), 0, q.filters(), mode);
        SearchResults a = first.search(request);
        SearchResults b = second.search(request);
        overlap += overlap(a.hits(), b.hits());
        float lastA = last(a.hits());
        float lastB = last(b.hits());
        firstBetter += lastA > lastB + 1e-4f ? 1 : 0;
        secondBetter += lastB > lastA + 1e-4f ? 1 : 0;
        firstTotal += a.total();
        secondTotal += b.total();
      }
      out.add(new ModeAgreement(mode, queries.size(), queries.isEmpty() ? 1 : overlap / queries.size(), firstBetter, secondBetter,
          firstTotal, secondTotal));
    }
    return out;
  }

  static double overlap(List<Hit> a, List<Hit> b) {
    int longer = Math.max(a.size(), b.size());
    if (longer == 0) {
      return 1;
    }
    Set<String> ids = new HashSet<>();
    a.forEach(h -> ids.add(h.id()));
    return b.stream().filter(h -> ids.contains(h.id())).count() / (double) longer;
  }

  private static float last(List<Hit> hits) {
    return hits.isEmpty() ? Float.NEGATIVE_INFINITY : hits.get(hits.size() - 1).score();
  }
}
