package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the API, the command line and the knowledge services ask of a search engine: searches and
 * exports of one result set (see {@link Searcher} for what that set is), shorter queries for a
 * search that found nothing, an entry's nearest neighbours, and the corpus itself.
 *
 * <p>Two engines answer it. {@link Searcher}, the default, is the accelerated one over published
 * index generations; {@link ReferenceSearcher} answers the same requests with plain Lucene over a
 * live index, and is what the accelerated one is tested and measured against.
 */
public interface SearchBackend {

  /**
   * A search.
   *
   * @param fusion how keyword and vector rankings are merged; null for the backend's own
   * @param quality scores a quality sort; null when the request does not sort by quality
   */
  SearchResults search(SearchRequest request, Fusion fusion, QualityScores quality) throws IOException;

  default SearchResults search(SearchRequest request) throws IOException {
    return search(request, null, null);
  }

  default SearchResults search(SearchRequest request, QualityScores quality) throws IOException {
    return search(request, null, quality);
  }

  /** A search fused by {@code fusion} instead of the default (for measuring fusions). */
  default SearchResults search(SearchRequest request, Fusion fusion) throws IOException {
    return search(request, fusion, null);
  }

  /** A shorter query that finds something, and how many rows it finds. */
  record Suggestion(String query, long total) {}

  /**
   * For a search that found nothing: the words of its query (as the search analyses them) that find
   * something on their own, under the same filters and type, most rows first, at most {@code max}.
   */
  List<Suggestion> broader(SearchRequest request, int max) throws IOException;

  /**
   * The everyday words of the request's query that were also searched as the tables' words
   * (隔多久 → 频次), for the answer to say so; empty when none.
   */
  List<Synonyms.Substitution> substitutions(SearchRequest request);

  /** Receives an export's hits, a batch at a time, best first. */
  @FunctionalInterface
  interface HitSink {
    void accept(List<Hit> batch) throws IOException;
  }

  /**
   * Every row of a search's result set (at most {@code max}), in its order, a batch at a time.
   *
   * @return the number of rows given to {@code sink}
   */
  long export(SearchRequest request, long max, HitSink sink, QualityScores quality) throws IOException;

  default long export(SearchRequest request, long max, HitSink sink) throws IOException {
    return export(request, max, sink, null);
  }

  /** The nearest indicators to indicator {@code id} from other projects and units; empty when there is no such indicator. */
  Optional<SimilarItems> similarIndicators(String id, int limit) throws IOException;

  /** The nearest projects to project {@code id} from other units; empty when there is no such project. */
  Optional<SimilarItems> similarProjects(String id, int limit) throws IOException;

  /** The corpus itself: entries by id, a project's indicators, slices and counts for the knowledge services. */
  CorpusRecords corpus();

  /** Whether vector and hybrid modes rank by meaning (the index has vectors and a model is loaded). */
  boolean hasVectors();

  /** How much is searchable now. */
  Size size() throws IOException;

  /** Tables, projects and indicators searchable now. */
  record Size(long documents, long projects, long indicators) {}
}
