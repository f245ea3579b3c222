package org.jixiao.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.jixiao.embed.QueryVectors;

/**
 * How a request is answered, the same for every backend: the mode that can run (bm25 when there is
 * no model or nothing to embed), the query's meaning (its vectors) and its keyword query.
 */
final class QueryPlanner {

  /**
   * @param mode the mode that runs
   * @param meaning the query's vectors; null in bm25 mode or when there is nothing to embed
   * @param keywords the keyword query; null in vector mode or when nothing of the query is searchable
   * @param required what every result must contain (its quoted phrases); null without
   */
  record Plan(SearchMode mode, QueryMeaning meaning, KeywordQuery keywords, Query required) {

    /** Punctuation only, or nothing the analyzers keep: nothing can match, which is not an error. */
    boolean findsNothing() {
      return keywords == null && meaning == null;
    }
  }

  private final QueryVectors vectors;
  private final QueryFactory queries;

  /** @param vectors null when the index has no vectors or no model is loaded */
  QueryPlanner(QueryVectors vectors, QueryFactory queries) {
    this.vectors = vectors;
    this.queries = queries;
  }

  Plan plan(SearchRequest request) {
    SearchMode mode = request.mode();
    if (mode != SearchMode.BM25 && vectors == null) {
      if (mode == SearchMode.VECTOR) {
        throw new InvalidRequestException(
            "此索引没有语义向量，请用 mode=bm25 或重建索引 / this index has no vectors: use mode=bm25 or rebuild it");
      }
      mode = SearchMode.BM25;
    }
    QueryMeaning meaning = mode == SearchMode.BM25 ? null : meaning(QueryFactory.unquoted(request.query()));
    if (meaning == null && mode == SearchMode.HYBRID) {
      mode = SearchMode.BM25; // nothing to embed: the words still count
    }
    KeywordQuery keywords = mode == SearchMode.VECTOR ? null : queries.build(request.query(), request.type());
    return new Plan(mode, meaning, keywords, queries.required(request.query(), request.type()));
  }

  /**
   * The query's vectors: the query as typed, as said in the tables' words (隔多久查看一回 → 频次巡查一次),
   * and its first synonym variants, which a small model may understand better (系统稳定不宕机 →
   * 系统稳定正常运行). Null when the query carries no meaning
   * to embed (fewer than two letters or digits).
   */
  private QueryMeaning meaning(String query) {
    int meaningful = 0;
    for (int i = 0; i < query.length() && meaningful < 2; i = query.offsetByCodePoints(i, 1)) {
      if (Character.isLetterOrDigit(query.codePointAt(i))) {
        meaningful++;
      }
    }
    if (meaningful < 2) {
      return null;
    }
    List<Synonyms.Variant> forms = queries.forms(query);
    List<String> texts = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (Synonyms.Variant form : forms) {
      if (form.word() != null && texts.size() >= 1 + Searcher.VECTOR_VARIANTS) {
        break;
      }
      texts.add(form.text());
      weights.add(form.word() == null ? 1f : Searcher.VECTOR_VARIANT_WEIGHT);
    }
    return new QueryMeaning(vectors.ofAll(texts), weights);
  }

  /** The everyday words of the request's query said as the tables' words for the search. */
  List<Synonyms.Substitution> substitutions(SearchRequest request) {
    return queries.substitutions(QueryFactory.unquoted(request.query()));
  }

  /**
   * The words of a query that find something on their own, under the request's filters and type,
   * most rows first, at most {@code max}: what a search that found nothing suggests. A query's words
   * all have to match, so a long query can find nothing while its parts do.
   */
  List<SearchBackend.Suggestion> broader(SearchBackend backend, SearchRequest request, int max) throws java.io.IOException {
    List<String> words = queries.words(request.query()).stream()
        .filter(w -> w.codePointCount(0, w.length()) >= 2 && !w.equals(request.query().strip()))
        .toList();
    List<SearchBackend.Suggestion> found = new ArrayList<>();
    for (String w : words) {
      long total = backend.search(new SearchRequest(w, request.type(), 1, 0, request.filters(), request.mode())).total();
      if (total > 0) {
        found.add(new SearchBackend.Suggestion(w, total));
      }
    }
    found.sort(java.util.Comparator.comparingLong(SearchBackend.Suggestion::total).reversed());
    return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
  }
}
