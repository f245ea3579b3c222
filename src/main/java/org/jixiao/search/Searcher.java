package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.Fields;
import org.jixiao.index.IndicatorRecord;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.ProjectRecord;
import org.jixiao.index.RecordCodec;

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
public final class Searcher {

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
  private final Highlights highlights;
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
    this.highlights = new Highlights(queries);
    this.fusion = fusion;
    this.records = new CorpusRecords(index);
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

  /** Whether vector and hybrid modes rank by meaning (the index has vectors and a model is loaded). */
  public boolean hasVectors() {
    return vectors != null;
  }

  public SearchResults search(SearchRequest request) throws IOException {
    return search(request, fusion, null);
  }

  /** A search that may be sorted by quality, scored by {@code quality}. */
  public SearchResults search(SearchRequest request, QualityScores quality) throws IOException {
    return search(request, fusion, quality);
  }

  /** A search fused by {@code fusion} instead of the default (for measuring fusions). */
  public SearchResults search(SearchRequest request, Fusion fusion) throws IOException {
    return search(request, fusion, null);
  }

  private SearchResults search(SearchRequest request, Fusion fusion, QualityScores quality) throws IOException {
    long start = System.nanoTime();
    Plan plan = plan(request);
    SearchMode mode = plan.mode();
    QueryMeaning meaning = plan.meaning();
    KeywordQuery keywords = plan.keywords();
    if (keywords == null && meaning == null) {
      // Punctuation only, or nothing the analyzers keep: nothing can match, which is not an error.
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
          ResultSets.Ranking whole = resultSets.rank(searcher, request, keywords, meaning, plan.required(), wholeCorpus(), fusion);
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
      List<Fusion.Fused> page = order.size() <= request.offset()
          ? List.of()
          : order.subList(request.offset(), Math.min(order.size(), topN));
      return new SearchResults(ranked.total(), elapsed(start), mode, hits(searcher, request, page), ranked.facets());
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

  /** A shorter query that finds something, and how many rows it finds. */
  public record Suggestion(String query, long total) {}

  /**
   * For a search that found nothing: the words of its query (as the search analyses them) that find
   * something on their own, under the same filters and type, most rows first, at most {@code max}.
   * A query's words all have to match today, so a long query can find nothing while its parts do.
   */
  public List<Suggestion> broader(SearchRequest request, int max) throws IOException {
    List<String> words = queries.words(request.query()).stream()
        .filter(w -> w.codePointCount(0, w.length()) >= 2 && !w.equals(request.query().strip()))
        .toList();
    List<Suggestion> found = new ArrayList<>();
    for (String w : words) {
      long total = search(new SearchRequest(w, request.type(), 1, 0, request.filters(), request.mode())).total();
      if (total > 0) {
        found.add(new Suggestion(w, total));
      }
    }
    found.sort(Comparator.comparingLong(Suggestion::total).reversed());
    return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
  }

  /** Receives an export's hits, a batch at a time, best first. */
  @FunctionalInterface
  public interface HitSink {
    void accept(List<Hit> batch) throws IOException;
  }

  /**
   * Every row of a search's result set (at most {@code max}), in its order, a batch at a time: the
   * set is ranked once, so an export holds exactly the rows the pages show, whatever its size.
   *
   * @return the number of rows given to {@code sink}
   */
  public long export(SearchRequest request, long max, HitSink sink) throws IOException {
    return export(request, max, sink, null);
  }

  /** An export that may be sorted by quality, scored by {@code quality}. */
  public long export(SearchRequest request, long max, HitSink sink, QualityScores quality) throws IOException {
    Plan plan = plan(request);
    if (plan.keywords() == null && plan.meaning() == null) {
      return 0;
    }
    // A sorted export needs the whole result set to sort, a relevance one only as many rows as it writes.
    int deepest = request.sort() == SortOrder.RELEVANCE ? (int) Math.min(max, wholeCorpus()) : wholeCorpus();
    IndexSearcher searcher = index.acquire();
    try {
      List<Fusion.Fused> order = ResultOrder.sort(searcher,
          resultSets.rank(searcher, request, plan.keywords(), plan.meaning(), plan.required(), deepest, fusion).order(), request.sort(), request.type(), quality);
      int rows = (int) Math.min(order.size(), max);
      long given = 0;
      for (int from = 0; from < rows; from += EXPORT_BATCH) {
        List<Hit> batch = hits(searcher, request, order.subList(from, Math.min(rows, from + EXPORT_BATCH)));
        sink.accept(batch);
        given += batch.size();
      }
      return given;
    } finally {
      index.release(searcher);
    }
  }

  /**
   * How a request is answered: the mode that can run, the query's meaning and its keyword query
   * (either may be null), and what every result must contain (its quoted phrases; null without).
   */
  private record Plan(SearchMode mode, QueryMeaning meaning, KeywordQuery keywords, Query required) {}

  private Plan plan(SearchRequest request) {
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
   * A depth that ranks every entry a result set can hold: it is never larger than the corpus, so
   * ranking that deep orders the whole of it in one pass.
   */
  private int wholeCorpus() {
    return (int) Math.max(1, Math.min((long) index.report().indicators() + index.report().projects(), Integer.MAX_VALUE - 1));
  }

  /** Hits read and written per batch of an export: bounded memory, whatever the export's size. */
  private static final int EXPORT_BATCH = 1_000;

  /**
   * The query's vectors: the query as typed, and its first synonym variants, which a small model
   * may understand better (系统稳定不宕机 → 系统稳定正常运行). Null when the query carries no meaning
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
    for (int i = 0; i < Math.min(forms.size(), 1 + VECTOR_VARIANTS); i++) {
      texts.add(forms.get(i).text());
    }
    return new QueryMeaning(vectors.ofAll(texts));
  }

  private List<Hit> hits(IndexSearcher searcher, SearchRequest request, List<Fusion.Fused> ranking) throws IOException {
    List<Hit> hits = new ArrayList<>(ranking.size());
    if (ranking.isEmpty()) {
      return hits;
    }
    ScoreDoc[] page = new ScoreDoc[ranking.size()];
    for (int i = 0; i < page.length; i++) {
      page[i] = new ScoreDoc(ranking.get(i).doc(), ranking.get(i).score());
    }
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    StoredFields stored = searcher.storedFields();
    List<Object> records = new ArrayList<>(page.length);
    String[] plainNames = new String[page.length];
    String[] plainGoals = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      BytesRef bytes = stored.document(page[i].doc).getBinaryValue(Fields.RECORD);
      if (projects) {
        ProjectRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, ProjectRecord.class);
        records.add(r);
        plainNames[i] = r.name();
        plainGoals[i] = r.goal();
      } else {
        IndicatorRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, IndicatorRecord.class);
        records.add(r);
        plainNames[i] = r.name();
      }
    }
    String[] names = highlights.names(request.query(), page, plainNames);
    String[] snippets = projects ? highlights.goals(searcher, request.query(), page, plainGoals) : null;
    for (int i = 0; i < page.length; i++) {
      Fusion.Fused f = ranking.get(i);
      FoundBy foundBy = FoundBy.of(f.bm25Rank(), f.vectorRank());
      if (projects) {
        hits.add(ProjectHit.of((ProjectRecord) records.get(i), f.score(), foundBy, names[i], snippets[i]));
      } else {
        hits.add(IndicatorHit.of((IndicatorRecord) records.get(i), f.score(), foundBy, names[i]));
      }
    }
    return hits;
  }

  /**
   * The nearest indicators to indicator {@code id} from other projects and other units, best first,
   * scored by cosine similarity; empty when there is no such indicator.
   */
  public Optional<SimilarItems> similarIndicators(String id, int limit) throws IOException {
    return nearest.similar(id, Fields.TYPE_INDICATOR, limit);
  }

  /** The nearest projects to project {@code id} from other units; empty when there is no such project. */
  public Optional<SimilarItems> similarProjects(String id, int limit) throws IOException {
    return nearest.similar(id, Fields.TYPE_PROJECT, limit);
  }

  /** The corpus itself: entries by id, a project's indicators, slices and counts for the knowledge services. */
  public CorpusRecords corpus() {
    return records;
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
