package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.Fields;
import org.jixiao.index.LiveIndex;

/**
 * The same searches as {@link Searcher}, answered the way plain Lucene answers them, over a {@link
 * LiveIndex}: the keyword query scored by {@code IndexSearcher} with Lucene's top-N collector, the
 * total and the drill-sideways facets from {@link DrillSideways}, the nearest neighbours from {@link
 * KnnFloatVectorQuery} over each entry's own vector (filtered to the entry type), highlights from the
 * same unified highlighter. No columns, name runs or per-text vectors.
 *
 * <p>It is the reference: what the accelerated searcher must agree with (the same result set, total,
 * facets and best scores; see {@code BackendAgreementTest}), and what it is measured against. The
 * result set is defined as in {@link Searcher}: the keyword matches and the neighbours near enough,
 * under the filters; ordered by the fusion of the best keyword matches with the neighbours, then the
 * rest of the keyword matches.
 */
public final class ReferenceSearcher implements SearchBackend {

  private final LiveIndex index;
  private final QueryVectors queryVectors;
  private final Synonyms synonyms;
  private final QueryPlanner planner;
  private final HitReader hitReader;
  private final Fusion fusion;
  private final CorpusRecords records;
  private final float floor;
  private final float band;
  private final boolean vectors;

  /** @param vectors embeds queries; null when no model is loaded (then only bm25 answers) */
  public ReferenceSearcher(LiveIndex index, QueryVectors vectors, Synonyms synonyms, Fusion fusion) {
    this(index, vectors, synonyms, fusion, Searcher.FLOOR, Searcher.BAND);
  }

  private ReferenceSearcher(LiveIndex index, QueryVectors vectors, Synonyms synonyms, Fusion fusion, float floor, float band) {
    this.index = index;
    this.queryVectors = vectors;
    this.synonyms = synonyms;
    this.vectors = vectors != null && index.hasVectors();
    QueryFactory queries = new QueryFactory(synonyms);
    this.planner = new QueryPlanner(this.vectors ? vectors : null, queries);
    this.hitReader = new HitReader(new Highlights(queries));
    this.fusion = fusion;
    this.records = new LuceneRecords(index);
    this.floor = floor;
    this.band = band;
  }

  /** This searcher with another similarity floor and band. */
  public ReferenceSearcher withFloor(float otherFloor, float otherBand) {
    return new ReferenceSearcher(index, queryVectors, synonyms, fusion, otherFloor, otherBand);
  }

  @Override
  public SearchResults search(SearchRequest request, Fusion asked, QualityScores quality) throws IOException {
    Fusion fusion = asked != null ? asked : this.fusion;
    long start = System.nanoTime();
    QueryPlanner.Plan plan = planner.plan(request);
    if (plan.findsNothing()) {
      return new SearchResults(0, 0, plan.mode(), List.of(), Map.of());
    }
    IndexSearcher searcher = index.acquire();
    try {
      boolean relevance = request.sort() == SortOrder.RELEVANCE;
      ResultSets.Ranking ranked = rank(searcher, request, plan,
          relevance ? request.offset() + request.limit() : Searcher.wholeCorpus(searcher), fusion);
      List<Fusion.Fused> order = relevance ? ranked.order()
          : ResultOrder.sort(searcher, ranked.order(), request.sort(), request.type(), quality);
      return new SearchResults(ranked.total(), (System.nanoTime() - start) / 1_000_000, plan.mode(),
          hitReader.hits(searcher, request, HitReader.page(order, request)), ranked.facets());
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long export(SearchRequest request, long max, HitSink sink, QualityScores quality) throws IOException {
    QueryPlanner.Plan plan = planner.plan(request);
    if (plan.findsNothing()) {
      return 0;
    }
    return hitReader.export(index, request, max, sink, quality, (searcher, depth) -> rank(searcher, request, plan, depth, fusion).order());
  }

  /** The result set of a search, ordered at least {@code topN} deep. */
  private ResultSets.Ranking rank(IndexSearcher searcher, SearchRequest request, QueryPlanner.Plan plan, int topN, Fusion fusion)
      throws IOException {
    SortedSetDocValuesReaderState state = index.facetState(searcher.getIndexReader());
    if (state == null) {
      return new ResultSets.Ranking(0, Map.of(), List.of()); // nothing indexed yet
    }
    Query filters = request.filters().isEmpty() ? null : drillDown(null, request);
    List<Fusion.Ranked> nearest = null;
    List<Fusion.Ranked> neighbours = List.of();
    if (plan.meaning() != null) {
      Query ofType = QueryFactory.typeFilter(request.type());
      QueryMeaning.Neighbours found = plan.meaning().neighbours(
          (vector, k) -> searcher.search(new KnnFloatVectorQuery(LiveIndex.VECTOR, vector, k, ofType), k),
          docs -> similarities(plan.meaning(), searcher, docs), floor, band);
      nearest = plan.required() == null ? found.ranked() : passing(searcher, plan.required(), found.ranked());
      neighbours = filters == null ? nearest : passing(searcher, filters, nearest);
    }
    KeywordQuery keywords = plan.keywords();
    if (keywords == null) {
      DrillSideways.DrillSidewaysResult counted = sideways(searcher, state, docsOf(nearest), request, 1);
      List<Fusion.Fused> order = new ArrayList<>();
      for (int i = 0; i < neighbours.size(); i++) {
        order.add(new Fusion.Fused(neighbours.get(i).doc(), neighbours.get(i).score(), 0, i + 1));
      }
      return new ResultSets.Ranking(counted.hits.totalHits.value, facets(counted), order);
    }
    Query scored = scored(keywords);
    if (nearest == null) {
      DrillSideways.DrillSidewaysResult result = sideways(searcher, state, scored, request, Math.max(1, topN));
      return new ResultSets.Ranking(result.hits.totalHits.value, facets(result), ResultSets.single(ranked(result.hits)));
    }
    // The union of the keyword matches and the neighbours, counted as one query; the keyword ranking
    // deep enough for the fusion and the page.
    Query union = new BooleanQuery.Builder()
        .add(new ConstantScoreQuery(keywords.match()), BooleanClause.Occur.SHOULD)
        .add(docsOf(nearest), BooleanClause.Occur.SHOULD)
        .build();
    DrillSideways.DrillSidewaysResult counted = sideways(searcher, state, union, request, 1);
    Query wordsUnderFilters = filters == null ? scored
        : new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST).add(filters, BooleanClause.Occur.FILTER).build();
    TopDocs words = searcher.search(wordsUnderFilters, Math.max(Searcher.KEYWORD_CANDIDATES, topN + neighbours.size()));
    QueryMeaning meaning = plan.meaning();
    return new ResultSets.Ranking(counted.hits.totalHits.value, facets(counted),
        ResultSets.fusedThenRest(fusion, ranked(words), neighbours, doc -> meaning.cosine(vectorOf(searcher, doc))));
  }

  /** The keyword query as one scored Lucene query: the name part plus the rest, over what it matches. */
  static Query scored(KeywordQuery keywords) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (keywords.nameScore() != null) {
      q.add(keywords.nameScore(), BooleanClause.Occur.SHOULD);
    }
    if (keywords.restScore() != null) {
      q.add(keywords.restScore(), BooleanClause.Occur.SHOULD);
    }
    return q.add(keywords.match(), BooleanClause.Occur.FILTER).build();
  }

  private DrillDownQuery drillDown(Query base, SearchRequest request) {
    DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), base);
    request.filters().forEach(drill::add);
    return drill;
  }

  private DrillSideways.DrillSidewaysResult sideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query base,
      SearchRequest request, int topN) throws IOException {
    return new DrillSideways(searcher, index.facetsConfig(), state).search(drillDown(base, request), topN);
  }

  /** Every dimension's most frequent values, as Lucene counts them (most first, then in label order). */
  private static Map<String, Map<String, Long>> facets(DrillSideways.DrillSidewaysResult result) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      try {
        FacetResult facet = result.facets.getTopChildren(FacetCounts.FACET_VALUES, dim);
        if (facet != null) {
          for (LabelAndValue lv : facet.labelValues) {
            values.put(lv.label, lv.value.longValue());
          }
        }
      } catch (IllegalArgumentException noEntryHasIt) {
        // a dimension no entry of the index has: no values
      }
      out.put(dim, values);
    }
    return out;
  }

  private static List<Fusion.Ranked> ranked(TopDocs top) {
    List<Fusion.Ranked> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(new Fusion.Ranked(sd.doc, sd.score));
    }
    return out;
  }

  private static DocIdsQuery docsOf(List<Fusion.Ranked> ranked) {
    return new DocIdsQuery(ranked.stream().map(Fusion.Ranked::doc).toList());
  }

  /** The ranked documents that match {@code filter}, in their order. */
  private static List<Fusion.Ranked> passing(IndexSearcher searcher, Query filter, List<Fusion.Ranked> ranked) throws IOException {
    if (ranked.isEmpty()) {
      return ranked;
    }
    Query both = new BooleanQuery.Builder()
        .add(docsOf(ranked), BooleanClause.Occur.FILTER)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
    java.util.Set<Integer> passing = new java.util.HashSet<>();
    for (ScoreDoc sd : searcher.search(both, ranked.size()).scoreDocs) {
      passing.add(sd.doc);
    }
    return ranked.stream().filter(r -> passing.contains(r.doc())).toList();
  }

  /** Each document's similarity to the query (global ids), from its own vector. */
  private static Map<Integer, Float> similarities(QueryMeaning meaning, IndexSearcher searcher, List<Integer> docs) throws IOException {
    Map<Integer, Float> out = new java.util.HashMap<>();
    for (int doc : docs) {
      out.put(doc, meaning.cosine(vectorOf(searcher, doc)));
    }
    return out;
  }

  /** A document's own vector (global id); null when it has none. */
  private static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(LiveIndex.VECTOR);
    if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
      return null;
    }
    return values.vectorValue();
  }

  @Override
  public List<Suggestion> broader(SearchRequest request, int max) throws IOException {
    return planner.broader(this, request, max);
  }

  @Override
  public List<Synonyms.Substitution> substitutions(SearchRequest request) {
    return planner.substitutions(request);
  }

  @Override
  public Optional<SimilarItems> similarIndicators(String id, int limit) throws IOException {
    return similar(id, Fields.TYPE_INDICATOR, limit);
  }

  @Override
  public Optional<SimilarItems> similarProjects(String id, int limit) throws IOException {
    return similar(id, Fields.TYPE_PROJECT, limit);
  }

  private Optional<SimilarItems> similar(String id, String type, int limit) throws IOException {
    SimilarEntries.checkLimit(limit);
    if (!index.hasVectors()) {
      throw new InvalidRequestException("此索引没有语义向量，请重建索引 / this index has no vectors: rebuild it");
    }
    IndexSearcher searcher = index.acquire();
    try {
      Optional<SimilarEntries.Source> source = SimilarEntries.source(searcher, index.facetsConfig(), id, type);
      if (source.isEmpty()) {
        return Optional.empty();
      }
      float[] vector = vectorOf(searcher, source.get().doc());
      if (vector == null) {
        return Optional.of(new SimilarItems(source.get().hit(), List.of()));
      }
      Query accepted = new BooleanQuery.Builder()
          .add(QueryFactory.typeFilter(type), BooleanClause.Occur.FILTER)
          .add(source.get().excluded(), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs top = searcher.search(new KnnFloatVectorQuery(LiveIndex.VECTOR, vector, limit, accepted), limit);
      return Optional.of(new SimilarItems(source.get().hit(),
          SimilarEntries.hits(searcher, type, SimilarEntries.nearestAsFound(top))));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public CorpusRecords corpus() {
    return records;
  }

  @Override
  public boolean hasVectors() {
    return vectors;
  }

  @Override
  public Size size() throws IOException {
    LiveIndex.Counts counts = index.counts();
    return new Size(counts.documents(), counts.projects(), counts.indicators());
  }
}
