package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.Fields;
import org.jixiao.index.OpenIndex;

/**
 * Answers searches, similar-item requests and lookups against one {@link OpenIndex}.
 *
 * <p>A search runs up to two rankings: BM25 over the words (with synonym variants), and the
 * nearest neighbours of the query's vector. In hybrid mode both are merged by {@link Fusion}.
 *
 * <p>Every search has one result set, the same whichever page is asked for: the entries the words
 * match, and the query's nearest neighbours whose similarity reaches the {@link #floor} (at most
 * {@link #VECTOR_CANDIDATES}, found over the whole corpus, then held to the filters like every other
 * entry). Its order is the fusion of the best {@link #KEYWORD_CANDIDATES} keyword matches with those
 * neighbours, then the rest of the keyword matches in BM25 order; a page is a slice of it. So the
 * total is the number of rows one can page through or export, and a facet's count (drill-sideways,
 * from one {@link MatchPass}) is the total after clicking it. An unrelated query finds nothing.
 * {@link ResultSets} builds that set and its order; this class turns it into pages, exports and hits.
 */
public final class Searcher implements SearchBackend {

  /** Nearest neighbours considered per query: more than anyone pages through, cheap on HNSW. */
  static final int VECTOR_CANDIDATES = 100;
  /** BM25 hits fused with them; the keyword matches after these follow in BM25 order. */
  static final int KEYWORD_CANDIDATES = 100;
  /**
   * The similarity (cosine, bge-small-zh) the nearest neighbour needs for any neighbour to be a
   * result: below it the query is as far from the corpus as queries about something else entirely
   * get (火箭发射 0.40, 天气预报 0.50, 股票行情 0.55 on the bundled corpus). Calibrated in the README.
   */
  public static final float FLOOR = 0.55f;
  /** How far below the nearest neighbour's similarity the others may be. */
  public static final float BAND = 0.2f;
  /** Synonym variants of a query that are embedded besides the query itself. */
  static final int VECTOR_VARIANTS = 3;
  /** A variant's similarity counts a little less than the query's own. */
  static final float VECTOR_VARIANT_WEIGHT = 0.95f;

  private final OpenIndex index;
  private final QueryVectors queryVectors;
  private final Synonyms synonyms;
  private final QueryVectors vectors;
  private final QueryFactory queries;
  private final QueryPlanner planner;
  private final HitReader hitReader;
  private final Fusion fusion;
  private final CorpusRecords records;
  private final SimilarEntries nearest;
  private final float floor;
  private final float band;
  private final ResultSets resultSets;

  /**
   * @param vectors embeds queries; null when no model is loaded (then only bm25 answers)
   */
  public Searcher(OpenIndex index, QueryVectors vectors, Synonyms synonyms, Fusion fusion) {
    this(index, vectors, synonyms, fusion, FLOOR, BAND);
  }

  private Searcher(OpenIndex index, QueryVectors vectors, Synonyms synonyms, Fusion fusion, float floor, float band) {
    this.floor = floor;
    this.band = band;
    this.resultSets = new ResultSets(index, floor, band);
    this.index = index;
    this.queryVectors = vectors;
    this.synonyms = synonyms;
    this.vectors = index.report().hasVectors() ? vectors : null;
    this.queries = new QueryFactory(synonyms);
    this.planner = new QueryPlanner(this.vectors, queries);
    this.hitReader = new HitReader(new Highlights(queries));
    this.fusion = fusion;
    this.records = new LuceneRecords(index);
    this.nearest = new SimilarEntries(index);
  }

  /** A searcher configured like this one over another index (after the corpus changed). */
  public Searcher reopen(OpenIndex other) {
    return new Searcher(other, queryVectors, synonyms, fusion, floor, band);
  }

  /** This searcher with another similarity floor and band (for calibrating them). */
  public Searcher withFloor(float otherFloor, float otherBand) {
    return new Searcher(index, queryVectors, synonyms, fusion, otherFloor, otherBand);
  }

  /** The similarity a neighbour needs to enter a result set. */
  public float floor() {
    return floor;
  }

  /** Keyword search only: no model, built-in synonyms. */
  public static Searcher keywordOnly(OpenIndex index) {
    return new Searcher(index, null, Synonyms.builtIn(), Fusion.DEFAULT);
  }

  public OpenIndex index() {
    return index;
  }

  @Override
  public boolean hasVectors() {
    return vectors != null;
  }

  @Override
  public Size size() {
    return new Size(index.report().documents(), index.report().projects(), index.report().indicators());
  }

  @Override
  public SearchResults search(SearchRequest request, Fusion asked, QualityScores quality) throws IOException {
    Fusion fusion = asked != null ? asked : this.fusion;
    long start = System.nanoTime();
    QueryPlanner.Plan plan = planner.plan(request);
    SearchMode mode = plan.mode();
    QueryMeaning meaning = plan.meaning();
    KeywordQuery keywords = plan.keywords();
    if (plan.findsNothing()) {
      return new SearchResults(0, elapsed(start), mode, List.of(), Map.of());
    }
    IndexSearcher searcher = index.acquire();
    try {
      int topN = request.offset() + request.limit();
      ResultSets.Ranking ranked;
      List<Fusion.Fused> order;
      if (request.sort() == SortOrder.RELEVANCE) {
        ranked = resultSets.rank(searcher, request, keywords, meaning, plan.required(), topN, fusion);
        order = ranked.order();
      } else {
        // Another order sorts the whole result set: ranked whole and sorted once, then kept for its next pages.
        SortedKey key = new SortedKey(request.query(), request.type(), request.filters(), mode, request.sort(), fusion,
            request.sort() == SortOrder.QUALITY ? quality : null);
        SortedResult known;
        synchronized (sortedResults) {
          known = sortedResults.get(key);
        }
        if (known == null || known.reader() != searcher.getIndexReader()) {
          ResultSets.Ranking whole = resultSets.rank(searcher, request, keywords, meaning, plan.required(), wholeCorpus(searcher), fusion);
          known = new SortedResult(searcher.getIndexReader(), whole,
              ResultOrder.sort(searcher, whole.order(), request.sort(), request.type(), quality));
          if (known.order().size() <= SORTED_KEPT_ROWS) {
            synchronized (sortedResults) {
              sortedResults.put(key, known);
            }
          }
        }
        ranked = known.ranking();
        order = known.order();
      }
      return new SearchResults(ranked.total(), elapsed(start), mode,
          hitReader.hits(searcher, request, HitReader.page(order, request)), ranked.facets());
    } finally {
      index.release(searcher);
    }
  }

  /** Sorted result sets kept whole: paging through one ranks and sorts it once. */
  private static final int SORTED_KEPT = 8;
  /** Larger sorted result sets are not kept: each page sorts them again rather than hold megabytes. */
  private static final int SORTED_KEPT_ROWS = 200_000;
  /** What makes a sorted result set: everything of a request but its page, and who ranked and scored it. */
  private record SortedKey(String query, String type, Map<String, String> filters, SearchMode mode, SortOrder sort,
      Fusion fusion, QualityScores quality) {}
  /** A sorted result set over one reader (its doc ids are that reader's). */
  private record SortedResult(Object reader, ResultSets.Ranking ranking, List<Fusion.Fused> order) {}

  private final org.jixiao.util.LruMap<SortedKey, SortedResult> sortedResults = new org.jixiao.util.LruMap<>(SORTED_KEPT);

  @Override
  public List<Suggestion> broader(SearchRequest request, int max) throws IOException {
    return planner.broader(this, request, max);
  }

  @Override
  public List<Synonyms.Substitution> substitutions(SearchRequest request) {
    return planner.substitutions(request);
  }

  /**
   * Every row of a search's result set (at most {@code max}), in its order, a batch at a time: the
   * set is ranked once, so an export holds exactly the rows the pages show, whatever its size.
   */
  @Override
  public long export(SearchRequest request, long max, HitSink sink, QualityScores quality) throws IOException {
    QueryPlanner.Plan plan = planner.plan(request);
    if (plan.findsNothing()) {
      return 0;
    }
    return hitReader.export(index, request, max, sink, quality, (searcher, depth) ->
        resultSets.rank(searcher, request, plan.keywords(), plan.meaning(), plan.required(), depth, fusion).order());
  }

  /**
   * A depth that ranks every entry a result set can hold: it is never larger than the corpus, so
   * ranking that deep orders the whole of it in one pass.
   */
  static int wholeCorpus(IndexSearcher searcher) {
    return Math.max(1, searcher.getIndexReader().numDocs());
  }

  /**
   * The nearest indicators to indicator {@code id} from other projects and other units, best first,
   * scored by cosine similarity; empty when there is no such indicator.
   */
  @Override
  public Optional<SimilarItems> similarIndicators(String id, int limit) throws IOException {
    return nearest.similar(id, Fields.TYPE_INDICATOR, limit);
  }

  @Override
  public Optional<SimilarItems> similarProjects(String id, int limit) throws IOException {
    return nearest.similar(id, Fields.TYPE_PROJECT, limit);
  }

  @Override
  public CorpusRecords corpus() {
    return records;
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
