package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.Fields;
import org.jixiao.index.SolrSchema;

/**
 * The searches of {@link ReferenceSearcher}, answered by a Solr collection (SolrCloud, any number of
 * shards and replicas): the same result set, total, drill-sideways facets and order.
 *
 * <ul>
 *   <li>Keyword matches: {@code {!jixiao}}, the project's own keyword query built inside Solr
 *       ({@link SolrKeywordParser}), scored with collection-wide term statistics (ExactStatsCache).
 *   <li>Neighbours: {@code {!knn}} over each entry's vector, filtered to the entry type; the floor,
 *       band, variants and quoted phrases applied here as {@link QueryMeaning} applies them.
 *   <li>Total and facets: one request over the union of both, facet filters tagged and each facet
 *       counted without its own filter ({@code {!ex}}).
 *   <li>Order: the same fusion of the best keyword matches with the neighbours, computed here; ties
 *       by entry id. Pages are slices of it; records are fetched for the page only.
 * </ul>
 *
 * Entries are identified by id; the fusion's document numbers are per request ({@link DocNumbers}).
 * Pages become hits in {@link SolrHits}; similar items come from {@link SolrSimilar}.
 */
public final class SolrSearcher implements SearchBackend, java.io.Closeable {

  /**
   * Best first; equal scores in the embedded index's order (it is sorted by name key, then id), so
   * that ties fall the same way on both backends.
   */
  static final String BY_SCORE = "score desc," + Fields.NAME_KEY + " asc," + Fields.ID + " asc";

  /**
   * The class of the {@code jixiao} query parser the collection's nodes load. By name: the product
   * jar carries no Solr server classes, so it must not load the parser (a {@code QParserPlugin}) itself.
   */
  public static final String KEYWORD_PARSER = "org.jixiao.search.SolrKeywordParser";

  /** The configset of a Jixiao collection, with this project's keyword query (a zip, for the upload API). */
  public static byte[] configset() throws IOException {
    return org.jixiao.index.SolrSchema.zip(KEYWORD_PARSER);
  }

  private final SolrClient client;
  private final String collection;
  private final QueryPlanner planner;
  private final SolrHits hits;
  private final SolrSimilar similar;
  private final Fusion fusion;
  private final SolrRecords records;
  private final boolean vectors;
  private final float floor;
  private final float band;

  /** @param queryVectors embeds queries; null when no model is loaded (then only bm25 answers) */
  public SolrSearcher(SolrClient client, String collection, QueryVectors queryVectors, Synonyms synonyms, Fusion fusion)
      throws IOException {
    this.client = client;
    this.collection = collection;
    this.records = new SolrRecords(client, collection);
    this.vectors = queryVectors != null && records.hasVectors();
    QueryFactory queries = new QueryFactory(synonyms);
    this.planner = new QueryPlanner(this.vectors ? queryVectors : null, queries);
    this.hits = new SolrHits(records, new Highlights(queries));
    this.similar = new SolrSimilar(records);
    this.fusion = fusion;
    this.floor = Searcher.FLOOR;
    this.band = Searcher.BAND;
  }

  /** The fields of a ranked entry: its id, score and place in the embedded index's order. */
  static final String[] RANKED = {Fields.ID, "score", Fields.NAME_KEY};

  /**
   * The order with its ties broken as the embedded backend breaks them (its document order): equal
   * scores by their keyword rank, then by name key and id. Java's sorts here broke them by the
   * request's own document numbers.
   */
  private static List<Fusion.Fused> tiesInIndexOrder(List<Fusion.Fused> order, DocNumbers docs) {
    List<Fusion.Fused> out = new ArrayList<>(order);
    Comparator<Integer> byDoc = docs.inIndexOrder();
    out.sort(Comparator.comparingDouble((Fusion.Fused f) -> -f.score())
        .thenComparingInt(f -> f.bm25Rank() == 0 ? Integer.MAX_VALUE : f.bm25Rank())
        .thenComparing(Fusion.Fused::doc, byDoc));
    return out;
  }

  @Override
  public SearchResults search(SearchRequest request, Fusion asked, QualityScores quality) throws IOException {
    long start = System.nanoTime();
    QueryPlanner.Plan plan = planner.plan(request);
    if (plan.findsNothing()) {
      return new SearchResults(0, 0, plan.mode(), List.of(), Map.of());
    }
    boolean relevance = request.sort() == SortOrder.RELEVANCE;
    DocNumbers docs = new DocNumbers();
    ResultSets.Ranking ranked = rank(request, plan, relevance ? request.offset() + request.limit() : wholeCorpus(),
        asked != null ? asked : fusion, docs);
    List<Fusion.Fused> order = relevance ? ranked.order() : hits.sort(ranked.order(), request, quality, docs);
    return new SearchResults(ranked.total(), (System.nanoTime() - start) / 1_000_000, plan.mode(),
        hits.page(request, HitReader.page(order, request), docs), ranked.facets());
  }

  @Override
  public long export(SearchRequest request, long max, HitSink sink, QualityScores quality) throws IOException {
    QueryPlanner.Plan plan = planner.plan(request);
    if (plan.findsNothing()) {
      return 0;
    }
    DocNumbers docs = new DocNumbers();
    int whole = wholeCorpus();
    boolean relevance = request.sort() == SortOrder.RELEVANCE;
    int deepest = relevance ? (int) Math.min(request.offset() + max, whole) : whole;
    List<Fusion.Fused> order = rank(request, plan, deepest, fusion, docs).order();
    if (!relevance) {
      order = hits.sort(order, request, quality, docs);
    }
    int from = Math.min(order.size(), request.offset());
    int to = (int) Math.min(order.size(), from + max);
    long given = 0;
    for (int at = from; at < to; at += HitReader.EXPORT_BATCH) {
      List<Hit> batch = hits.page(request, order.subList(at, Math.min(to, at + HitReader.EXPORT_BATCH)), docs);
      sink.accept(batch);
      given += batch.size();
    }
    return given;
  }

  /** The result set of a search, ordered at least {@code topN} deep; as {@link ReferenceSearcher} ranks it. */
  private ResultSets.Ranking rank(SearchRequest request, QueryPlanner.Plan plan, int topN, Fusion fusion, DocNumbers docs)
      throws IOException {
    List<Fusion.Ranked> nearest = null;
    List<Fusion.Ranked> neighbours = List.of();
    if (plan.meaning() != null) {
      QueryMeaning.Neighbours found = plan.meaning().neighbours((vector, k) -> knn(vector, k, request.type(), docs),
          entries -> cosines(entries, plan.meaning(), docs), floor, band);
      nearest = plan.required() == null ? found.ranked()
          : passing(found.ranked(), docs, List.of("{!jixiao part=required of=" + request.type() + " v=$qq}"), request);
      neighbours = request.filters().isEmpty() ? nearest : passing(nearest, docs, facetFilters(request), request);
    }
    if (plan.keywords() == null) {
      QueryResponse counted = counted(ids(nearest, docs), request, 0);
      List<Fusion.Fused> order = new ArrayList<>();
      for (int i = 0; i < neighbours.size(); i++) {
        order.add(new Fusion.Fused(neighbours.get(i).doc(), neighbours.get(i).score(), 0, i + 1));
      }
      return new ResultSets.Ranking(counted.getResults().getNumFound(), facets(counted), tiesInIndexOrder(order, docs));
    }
    if (nearest == null) {
      SolrQuery q = keywordQuery(request);
      withFacets(q, request);
      q.setRows(Math.max(1, topN));
      QueryResponse words = query(q);
      return new ResultSets.Ranking(words.getResults().getNumFound(), facets(words), ResultSets.single(ranked(words, docs)));
    }
    // The union of the keyword matches and the neighbours, counted as one query; the keyword ranking
    // deep enough for the fusion and the page.
    // Counted, not scored: the union as a filter (uncached: it is this query's own) under q=*:*.
    SolrQuery union = new SolrQuery("*:*");
    union.addFilterQuery("{!bool cache=false should=$kw should=$near}");
    union.set("kw", keywords(request));
    union.set("qq", request.query());
    union.set("near", termsOf(ids(nearest, docs)));
    facetFilters(request).forEach(union::addFilterQuery);
    withFacets(union, request);
    union.setRows(0);
    QueryResponse counted = query(union);
    SolrQuery words = keywordQuery(request);
    words.setRows(Math.max(Searcher.KEYWORD_CANDIDATES, topN + neighbours.size()));
    List<Fusion.Ranked> byWords = ranked(query(words), docs);
    Map<Integer, Float> cosines = cosines(byWords.subList(0, Math.min(Searcher.KEYWORD_CANDIDATES, byWords.size())).stream()
        .map(Fusion.Ranked::doc).toList(), plan.meaning(), docs);
    return new ResultSets.Ranking(counted.getResults().getNumFound(), facets(counted), tiesInIndexOrder(
        ResultSets.fusedThenRest(fusion, byWords, neighbours, doc -> cosines.getOrDefault(doc, 0f)), docs));
  }

  /** The keyword query under the request's filters, best first, ties by id; no facets, no rows yet. */
  private SolrQuery keywordQuery(SearchRequest request) {
    SolrQuery q = new SolrQuery(keywords(request));
    q.set("qq", request.query());
    facetFilters(request).forEach(q::addFilterQuery);
    q.setFields(RANKED);
    q.set("sort", BY_SCORE);
    return q;
  }

  private static String keywords(SearchRequest request) {
    return "{!jixiao of=" + request.type() + " v=$qq}";
  }

  /** The facet filters, each tagged with its dimension (so that its own facet can be counted without it). */
  private static List<String> facetFilters(SearchRequest request) {
    List<String> out = new ArrayList<>();
    request.filters().forEach((dim, value) -> out.add("{!term f=" + dim + " tag=" + dim + "}" + value));
    return out;
  }

  /** Counts (total and facets) of the entries {@code ids} under the request's filters. */
  private QueryResponse counted(List<String> ids, SearchRequest request, int rows) throws IOException {
    SolrQuery q = new SolrQuery(termsOf(ids));
    facetFilters(request).forEach(q::addFilterQuery);
    withFacets(q, request);
    q.setRows(rows);
    return query(q);
  }

  /** The first {@link FacetCounts#FACET_VALUES} values of every dimension, each counted without its own filter. */
  private static void withFacets(SolrQuery q, SearchRequest request) {
    q.setFacet(true);
    q.setFacetLimit(FacetCounts.FACET_VALUES);
    q.setFacetMinCount(1);
    q.setFacetSort("count");
    for (String dim : Fields.FACETS) {
      q.addFacetField(request.filters().containsKey(dim) ? "{!ex=" + dim + "}" + dim : dim);
    }
  }

  private static Map<String, Map<String, Long>> facets(QueryResponse response) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetField field = response.getFacetField(dim);
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> values.put(c.getName(), c.getCount()));
      }
      out.put(dim, values);
    }
    return out;
  }

  /** {@code {!terms}} over entry ids (none matches nothing). */
  private static String termsOf(List<String> ids) {
    if (ids.isEmpty()) {
      return "-*:*";
    }
    return "{!terms f=" + Fields.ID + " separator=\"\u0001\"}" + String.join("\u0001", ids);
  }

  private static List<String> ids(List<Fusion.Ranked> ranked, DocNumbers docs) {
    return ranked == null ? List.of() : ranked.stream().map(r -> docs.id(r.doc())).toList();
  }

  private static List<Fusion.Ranked> ranked(QueryResponse response, DocNumbers docs) {
    List<Fusion.Ranked> out = new ArrayList<>(response.getResults().size());
    for (SolrDocument d : response.getResults()) {
      out.add(new Fusion.Ranked(docs.of(d), ((Number) d.getFirstValue("score")).floatValue()));
    }
    return out;
  }

  /** The {@code k} entries of a type nearest {@code vector}, as Lucene's dot-product scores. */
  private TopDocs knn(float[] vector, int k, String type, DocNumbers docs) throws IOException {
    SolrQuery q = new SolrQuery("{!knn f=" + SolrSchema.VECTOR + " topK=" + k + "}" + vectorText(vector));
    q.addFilterQuery("{!term f=" + Fields.TYPE + "}" + type);
    q.setFields(RANKED);
    q.set("sort", BY_SCORE);
    q.setRows(k);
    QueryResponse response = query(q);
    ScoreDoc[] found = new ScoreDoc[response.getResults().size()];
    int i = 0;
    for (SolrDocument d : response.getResults()) {
      found[i++] = new ScoreDoc(docs.of(d), ((Number) d.getFirstValue("score")).floatValue());
    }
    return new TopDocs(new TotalHits(found.length, TotalHits.Relation.EQUAL_TO), found);
  }

  static String vectorText(float[] vector) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(vector[i]);
    }
    return s.append(']').toString();
  }

  /** The ranked entries that match every one of {@code filters}, in their order. */
  private List<Fusion.Ranked> passing(List<Fusion.Ranked> ranked, DocNumbers docs, List<String> filters, SearchRequest request)
      throws IOException {
    if (ranked.isEmpty()) {
      return ranked;
    }
    SolrQuery q = new SolrQuery(termsOf(ids(ranked, docs)));
    q.set("qq", request.query());
    filters.forEach(q::addFilterQuery);
    q.setFields(Fields.ID);
    q.setRows(ranked.size());
    java.util.Set<Integer> passing = new java.util.HashSet<>();
    for (SolrDocument d : query(q).getResults()) {
      passing.add(docs.of((String) d.getFirstValue(Fields.ID)));
    }
    return ranked.stream().filter(r -> passing.contains(r.doc())).toList();
  }

  /**
   * Each of {@code entries}' similarity to the query, as {@link QueryMeaning#cosine(float[])} gives it,
   * by document number: its similarity to each form computed in the nodes by Solr's {@code
   * vectorSimilarity} function rather than by reading each entry's stored vector back (512 stored
   * values an entry).
   */
  private Map<Integer, Float> cosines(List<Integer> entries, QueryMeaning meaning, DocNumbers docs) throws IOException {
    Map<Integer, Float> out = new HashMap<>();
    if (entries.isEmpty()) {
      return out;
    }
    SolrQuery q = new SolrQuery(termsOf(entries.stream().map(docs::id).toList()));
    List<String> fields = new ArrayList<>(List.of(Fields.ID));
    for (int f = 0; f < meaning.forms().size(); f++) {
      fields.add("s" + f + ":vectorSimilarity(FLOAT32,DOT_PRODUCT," + SolrSchema.VECTOR + "," + vectorText(meaning.forms().get(f)) + ")");
    }
    q.setFields(fields.toArray(String[]::new));
    q.setRows(entries.size());
    for (SolrDocument d : query(q).getResults()) {
      float[] cosines = new float[meaning.forms().size()];
      boolean hasVector = false;
      for (int f = 0; f < cosines.length; f++) {
        Object score = d.getFirstValue("s" + f);
        if (score instanceof Number n) {
          hasVector = true;
          cosines[f] = VectorReader.cosineFromScore(n.floatValue());
        }
      }
      out.put(docs.of((String) d.getFirstValue(Fields.ID)), hasVector ? meaning.combined(cosines) : 0f); // 0 for none, as QueryMeaning.cosine
    }
    return out;
  }

  /** Entries in the collection: a bound for a ranking of the whole result set. */
  private int wholeCorpus() throws IOException {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, records.count("*:*")));
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    return records.query(q);
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
    return similar.of(id, Fields.TYPE_INDICATOR, limit);
  }

  @Override
  public Optional<SimilarItems> similarProjects(String id, int limit) throws IOException {
    return similar.of(id, Fields.TYPE_PROJECT, limit);
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
    return records.size();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
