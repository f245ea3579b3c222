package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jixiao.index.OpenIndex;

/**
 * What a search's result set is and in what order (see {@link Searcher}): the keyword matches and
 * the neighbours near enough ({@code floor}, {@code band}), counted once under the filters with
 * drill-sideways facets, ordered as the fusion of the best keyword matches with the neighbours,
 * then the other keyword matches in BM25 order. Searches slice it into pages; exports read it whole.
 */
final class ResultSets {

  private final OpenIndex index;
  private final float floor;
  private final float band;

  ResultSets(OpenIndex index, float floor, float band) {
    this.index = index;
    this.floor = floor;
    this.band = band;
  }

  /** A result set: its size, facet counts, and its order as far as it was asked for. */
  record Ranking(long total, Map<String, Map<String, Long>> facets, List<Fusion.Fused> order) {}

  /** The result set of a search, ordered at least {@code topN} deep (the whole of it when that is its size). */
  Ranking rank(IndexSearcher searcher, SearchRequest request, KeywordQuery keywords, QueryMeaning meaning, Query required,
      int topN, Fusion fusion) throws IOException {
    // Neighbours over the whole corpus, then held to the filters: a filter narrows the result set
    // as it narrows the keyword matches, so a facet's count is what clicking it gives. A quoted
    // phrase holds for them as for the keyword matches.
    QueryMeaning.Neighbours nearest = meaning == null ? null
        : meaning.neighbours(NearestVectors.under(index, searcher, request.type(), null)::nearest,
            docs -> VectorReader.eachOf(index.texts(), searcher, docs, meaning::cosine), floor, band);
    if (nearest != null && required != null) {
      java.util.Set<Integer> containing = passing(searcher, required, nearest.docs());
      nearest = new QueryMeaning.Neighbours(nearest.ranked().stream().filter(r -> containing.contains(r.doc())).toList(),
          nearest.docs().stream().filter(containing::contains).toList());
    }
    List<Fusion.Ranked> neighbours = nearest == null ? List.of() : underFilters(searcher, nearest.ranked(), request);
    if (keywords == null) {
      MatchPass.Result all = MatchPass.count(index, searcher, nearest.docs(), request.type(), request.filters());
      List<Fusion.Fused> order = new ArrayList<>();
      for (int i = 0; i < neighbours.size(); i++) {
        order.add(new Fusion.Fused(neighbours.get(i).doc(), neighbours.get(i).score(), 0, i + 1));
      }
      return new Ranking(all.total(), all.facets(), order);
    }
    MatchPass.Result words = MatchPass.run(index, searcher, keywords, request.filters(),
        nearest == null ? topN : Math.max(Searcher.KEYWORD_CANDIDATES, topN + neighbours.size()), nearest == null ? List.of() : nearest.docs());
    if (nearest == null) {
      return new Ranking(words.total(), words.facets(), single(words.top()));
    }
    // The neighbours the words did not match, counted under the filters (and sideways) as the
    // keyword pass counted its matches: the two sets are disjoint, so the counts add.
    MatchPass.Result extra = MatchPass.count(index, searcher, words.unmatched(), request.type(), request.filters());
    return new Ranking(words.total() + extra.total(), FacetCounts.of(words.dictionary(), sum(words.counts(), extra.counts())),
        fusedThenRest(fusion, words.top(), neighbours, doc -> meaning.cosine(index.texts(), searcher, doc)));
  }

  /**
   * The order of a hybrid result set: the best keyword matches fused with the neighbours, then the
   * other keyword matches in BM25 order (below the fused ones, their scores scaled under the last).
   */
  static List<Fusion.Fused> fusedThenRest(Fusion fusion, List<Fusion.Ranked> words, List<Fusion.Ranked> neighbours,
      Fusion.CosineOf cosine)
      throws IOException {
    List<Fusion.Ranked> head = words.subList(0, Math.min(Searcher.KEYWORD_CANDIDATES, words.size()));
    List<Fusion.Fused> ranking = new ArrayList<>(fusion.fuse(head, neighbours, cosine));
    java.util.Set<Integer> placed = new java.util.HashSet<>();
    ranking.forEach(f -> placed.add(f.doc()));
    float last = ranking.isEmpty() ? 1f : ranking.get(ranking.size() - 1).score();
    float first = words.size() > head.size() ? words.get(head.size()).score() : 1f;
    for (int i = head.size(); i < words.size(); i++) {
      Fusion.Ranked r = words.get(i);
      if (placed.add(r.doc())) {
        ranking.add(new Fusion.Fused(r.doc(), first > 0 ? last * Math.min(1f, r.score() / first) : 0f, i + 1, 0));
      }
    }
    return ranking;
  }

  /** The ranked neighbours that pass the request's filters, in their order. */
  private List<Fusion.Ranked> underFilters(IndexSearcher searcher, List<Fusion.Ranked> ranked, SearchRequest request) throws IOException {
    Query filter = facetFilterOf(request);
    if (filter == null || ranked.isEmpty()) {
      return ranked;
    }
    java.util.Set<Integer> passing = passing(searcher, filter, ranked.stream().map(Fusion.Ranked::doc).toList());
    return ranked.stream().filter(r -> passing.contains(r.doc())).toList();
  }

  /** Which of {@code candidates} (global doc ids) match {@code filter}. */
  private static java.util.Set<Integer> passing(IndexSearcher searcher, Query filter, List<Integer> candidates) throws IOException {
    org.apache.lucene.search.Weight weight =
        searcher.createWeight(searcher.rewrite(filter), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    int[] docs = candidates.stream().mapToInt(Integer::intValue).sorted().toArray();
    java.util.Set<Integer> passing = new java.util.HashSet<>();
    int i = 0;
    for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
      org.apache.lucene.search.DocIdSetIterator it = scorer == null ? null : scorer.iterator();
      for (; i < docs.length && docs[i] < end; i++) {
        int target = docs[i] - leaf.docBase;
        if (it != null && (it.docID() >= target || it.advance(target) != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS)
            && it.docID() == target) {
          passing.add(docs[i]);
        }
      }
    }
    return passing;
  }

  private static int[] sum(int[] a, int[] b) {
    int[] out = a.clone();
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      out[i] += b[i];
    }
    return out;
  }

  private DrillDownQuery drill(Query base, SearchRequest request) {
    DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), base);
    request.filters().forEach(drill::add);
    return drill;
  }

  /** The facet filters alone, for pre-filtering nearest neighbours; null without any. */
  private Query facetFilterOf(SearchRequest request) {
    return request.filters().isEmpty() ? null : drill(null, request);
  }

  /** The BM25 ranking as it is. */
  static List<Fusion.Fused> single(List<Fusion.Ranked> top) {
    List<Fusion.Fused> out = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      out.add(new Fusion.Fused(top.get(i).doc(), top.get(i).score(), i + 1, 0));
    }
    return out;
  }
}
