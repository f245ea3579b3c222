package org.jixiao.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.search.Fusion;
import org.jixiao.search.Hit;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;

/** Runs judged queries against a searcher and averages the metrics. */
public final class Evaluation {

  /** The metrics of one query. */
  public record QueryScore(String queryId, String query, double ndcg, double recall, double reciprocalRank, List<String> top) {}

  /** Mean metrics of a run over all queries, and each query's own. */
  public record Run(String mode, String fusion, double ndcg, double recall, double mrr, List<QueryScore> queries) {}

  private Evaluation() {}

  public static Run run(SearchBackend searcher, Judgments judgments, SearchMode mode, Fusion fusion) throws IOException {
    List<QueryScore> scores = new ArrayList<>();
    for (Judgments.Query q : judgments.queries()) {
      SearchRequest request = new SearchRequest(q.text(), q.type(), Metrics.CUTOFF, 0, Map.of(), mode);
      List<String> ids = new ArrayList<>();
      for (Hit h : searcher.search(request, fusion).hits()) {
        ids.add(h.id());
      }
      scores.add(new QueryScore(q.id(), q.text(), Metrics.ndcg(ids, q.grades()), Metrics.recall(ids, q.grades()),
          Metrics.reciprocalRank(ids, q.grades()), ids));
    }
    return new Run(mode.code(), mode == SearchMode.HYBRID ? fusion.toString() : "-",
        mean(scores, QueryScore::ndcg), mean(scores, QueryScore::recall), mean(scores, QueryScore::reciprocalRank), scores);
  }

  private static double mean(List<QueryScore> scores, java.util.function.ToDoubleFunction<QueryScore> f) {
    return scores.stream().mapToDouble(f).average().orElse(0);
  }
}
