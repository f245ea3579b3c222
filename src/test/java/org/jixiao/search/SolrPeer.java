package org.jixiao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.index.EntryFields;
import org.jixiao.index.Fields;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.index.RecordCodec;
import org.jixiao.model.Document;

/**
 * Solr 9 embedded ({@link EmbeddedSolrServer}) over the same entries, fields and analyzers as the
 * Lucene index, asked the same keyword searches: the peer the benchmark measures both Jixiao engines
 * against. Keyword (bm25) searches only, with the same result set, total, drill-sideways facets
 * ({@code {!tag}} filters, {@code {!ex}} facets) and a highlighted first page; Solr's caches are off.
 * What a benchmark does not ask of it (vectors, exports, similar entries) it refuses.
 */
public final class SolrPeer implements SearchBackend, AutoCloseable {

  private static final int BATCH = 2_000;

  private final EmbeddedSolrServer solr;

  private SolrPeer(EmbeddedSolrServer solr) {
    this.solr = solr;
  }

  /** A Solr core under {@code home} (written there if it is not yet). */
  public static SolrPeer open(Path home) throws IOException {
    if (!java.nio.file.Files.exists(home.resolve(SolrConfigset.CORE))) {
      SolrConfigset.write(home);
    }
    return new SolrPeer(new EmbeddedSolrServer(home, SolrConfigset.CORE));
  }

  /** The core's schema, as Solr read it. */
  org.apache.solr.schema.IndexSchema schema() {
    try (org.apache.solr.core.SolrCore core = solr.getCoreContainer().getCore(SolrConfigset.CORE)) {
      return core.getLatestSchema();
    }
  }

  /** Whether the core holds no entry yet. */
  public boolean isEmpty() throws IOException {
    return count("*:*") == 0;
  }

  /** Adds the entries of {@code documents}, in batches; {@link #commit} makes them searchable. */
  public void add(Collection<Document> documents) throws IOException {
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    for (Document document : documents) {
      for (Map<String, List<Object>> entry : EntryFields.of(document)) {
        SolrInputDocument doc = new SolrInputDocument();
        entry.forEach((name, values) -> values.forEach(v -> doc.addField(name, v)));
        batch.add(doc);
        if (batch.size() == BATCH) {
          send(batch);
        }
      }
    }
    send(batch);
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    try {
      solr.add(batch);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
    batch.clear();
  }

  /**
   * Reads every table under {@code directories}, {@code filesPerBatch} files at a time, adds their
   * entries and merges to one segment; returns how many tables were added.
   */
  public long build(List<Path> directories, int filesPerBatch) throws IOException {
    List<org.jixiao.ingest.SourceFile> files = org.jixiao.ingest.Ingestor.listFiles(directories);
    org.jixiao.ingest.Ingestor ingestor = org.jixiao.ingest.Ingestor.standard();
    long documents = 0;
    for (int from = 0; from < files.size(); from += filesPerBatch) {
      org.jixiao.ingest.IngestResult read = ingestor.ingestFiles(files.subList(from, Math.min(files.size(), from + filesPerBatch)));
      add(read.documents());
      documents += read.documents().size();
    }
    return documents;
  }

  /** Removes a document's entries; {@link #commit(int)} or {@link #commitVisible()} makes it so for searches. */
  public void delete(String documentId) throws IOException {
    try {
      solr.deleteByQuery("{!term f=" + Fields.DOCUMENT_ID + "}" + documentId);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  /** A hard commit that opens a new searcher: what makes an upload searchable. */
  public void commitVisible() throws IOException {
    try {
      solr.commit(true, true);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  /** Commits, then merges to {@code segments} segments (the Lucene index's full build is one). */
  public void commit(int segments) throws IOException {
    try {
      solr.commit();
      solr.optimize(true, true, segments);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public SearchResults search(SearchRequest request, Fusion fusion, QualityScores quality) throws IOException {
    if (request.mode() != SearchMode.BM25) {
      throw new InvalidRequestException("Solr 对照只做关键词检索 / the Solr peer answers bm25 searches only");
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      throw new InvalidRequestException("Solr 对照只按相关度排序 / the Solr peer sorts by relevance only");
    }
    long start = System.nanoTime();
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    SolrQuery q = new SolrQuery("{!jixiao of=" + request.type() + " v=$qq}");
    q.set("qq", request.query());
    q.setStart(request.offset());
    q.setRows(request.limit());
    q.setFields(Fields.ID, Fields.RECORD, "score");
    request.filters().forEach((dim, value) -> q.addFilterQuery("{!term f=" + dim + " tag=" + dim + "}" + value));
    q.setFacet(true);
    q.setFacetLimit(FacetCounts.FACET_VALUES);
    q.setFacetMinCount(1);
    for (String dim : Fields.FACETS) {
      q.addFacetField(request.filters().containsKey(dim) ? "{!ex=" + dim + "}" + dim : dim);
    }
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", projects ? Fields.NAME_CJK + "," + Fields.GOAL_CJK : Fields.NAME_CJK);
    q.set("hl.tag.pre", "<em>");
    q.set("hl.tag.post", "</em>");
    q.set("hl.encoder", "html");
    q.set("hl.bs.type", "WHOLE");
    q.set("hl.weightMatches", false);
    QueryResponse response;
    try {
      response = solr.query(q);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
    List<Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlighted = response.getHighlighting();
    int rank = request.offset();
    for (SolrDocument doc : response.getResults()) {
      rank++;
      byte[] bytes = (byte[]) doc.getFirstValue(Fields.RECORD);
      float score = ((Number) doc.getFirstValue("score")).floatValue();
      Map<String, List<String>> marks = highlighted == null ? Map.of() : highlighted.getOrDefault((String) doc.getFirstValue(Fields.ID), Map.of());
      if (projects) {
        ProjectRecord r = RecordCodec.decode(bytes, 0, bytes.length, ProjectRecord.class);
        hits.add(new ProjectHit(r, score, FoundBy.of(rank, 0), first(marks.get(Fields.NAME_CJK), r.name()),
            first(marks.get(Fields.GOAL_CJK), r.goal())));
      } else {
        IndicatorRecord r = RecordCodec.decode(bytes, 0, bytes.length, IndicatorRecord.class);
        hits.add(new IndicatorHit(r, score, FoundBy.of(rank, 0), first(marks.get(Fields.NAME_CJK), r.name())));
      }
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetField field = response.getFacetField(dim);
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> values.put(c.getName(), c.getCount()));
      }
      facets.put(dim, values);
    }
    return new SearchResults(response.getResults().getNumFound(), (System.nanoTime() - start) / 1_000_000,
        SearchMode.BM25, hits, facets);
  }

  private static String first(List<String> values, String otherwise) {
    return values == null || values.isEmpty() ? otherwise : values.get(0);
  }

  private long count(String query) throws IOException {
    try {
      SolrQuery q = new SolrQuery(query);
      q.setRows(0);
      return solr.query(q).getResults().getNumFound();
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public Size size() throws IOException {
    long indicators = count(Fields.TYPE + ":" + Fields.TYPE_INDICATOR);
    long projects = count(Fields.TYPE + ":" + Fields.TYPE_PROJECT);
    try {
      SolrQuery q = new SolrQuery("*:*");
      q.setRows(0);
      q.set("json.facet", "{documents:'unique(" + Fields.DOCUMENT_ID + ")'}");
      Object documents = ((org.apache.solr.common.util.NamedList<?>) solr.query(q).getResponse().get("facets")).get("documents");
      return new Size(documents == null ? 0 : ((Number) documents).intValue(), (int) projects, (int) indicators);
    } catch (SolrServerException e) {
      throw new IOException(e);
    }
  }

  @Override
  public List<Suggestion> broader(SearchRequest request, int max) {
    throw new UnsupportedOperationException("not measured on the Solr peer");
  }

  @Override
  public List<Synonyms.Substitution> substitutions(SearchRequest request) {
    return List.of(); // the peer searches as Solr does, without the rules
  }

  @Override
  public long export(SearchRequest request, long max, HitSink sink, QualityScores quality) {
    throw new UnsupportedOperationException("not measured on the Solr peer");
  }

  @Override
  public Optional<SimilarItems> similarIndicators(String id, int limit) {
    throw new UnsupportedOperationException("not measured on the Solr peer");
  }

  @Override
  public Optional<SimilarItems> similarProjects(String id, int limit) {
    throw new UnsupportedOperationException("not measured on the Solr peer");
  }

  @Override
  public CorpusRecords corpus() {
    throw new UnsupportedOperationException("not measured on the Solr peer");
  }

  @Override
  public boolean hasVectors() {
    return false;
  }

  @Override
  public void close() {
    try {
      solr.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
