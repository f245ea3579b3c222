package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.jixiao.index.Fields;
import org.jixiao.index.RecordCodec;
import org.jixiao.index.SolrSchema;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/**
 * The corpus records of a Solr collection: stored records fetched by id or by filter (whole slices
 * paged through with a cursor, in the embedded index's order), counts from facets.
 */
final class SolrRecords implements CorpusRecords {

  /**
   * The embedded index's order (it is sorted by name key, then id): slices come out in the same
   * order on both backends. The id, last, also makes the order total, as a cursor needs.
   */
  private static final String INDEX_ORDER = Fields.NAME_KEY + " asc," + Fields.ID + " asc";

  /** Rows per request when a whole slice or a long list of ids is read. */
  private static final int PAGE = 1_000;

  private final SolrClient client;
  private final String collection;

  SolrRecords(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** Sends a search (POST: a vector or a long id list does not fit a URL). */
  QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new BackendUnavailableException(e); // no node reached
    } catch (org.apache.solr.common.SolrException e) {
      if (e.code() >= 500) {
        throw new BackendUnavailableException(e); // a shard without a live replica, a node failing
      }
      throw new IOException("Solr 检索失败 / the Solr search failed: " + e.getMessage(), e);
    }
  }

  long count(String query) throws IOException {
    SolrQuery q = new SolrQuery(query);
    q.setRows(0);
    return query(q).getResults().getNumFound();
  }

  /** Whether the collection's entries carry vectors (looked up on a few entries). */
  boolean hasVectors() throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.setFields(SolrSchema.VECTOR);
    q.setRows(20);
    for (SolrDocument d : query(q).getResults()) {
      if (d.getFirstValue(SolrSchema.VECTOR) != null) {
        return true;
      }
    }
    return false;
  }

  /** A stored vector as floats; null when the entry has none. */
  static float[] vector(SolrDocument d) {
    Collection<Object> values = d.getFieldValues(SolrSchema.VECTOR);
    if (values == null || values.isEmpty()) {
      return null;
    }
    float[] v = new float[values.size()];
    int i = 0;
    for (Object o : values) {
      v[i++] = ((Number) o).floatValue();
    }
    return v;
  }

  /** The entries with these ids (any order, the missing left out), with {@code fields}. */
  List<SolrDocument> byId(List<String> ids, String... fields) throws IOException {
    List<SolrDocument> out = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += PAGE) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
      SolrQuery q = new SolrQuery("{!terms f=" + Fields.ID + " separator=\"\u0001\"}" + String.join("\u0001", chunk));
      q.setFields(fields);
      q.setRows(chunk.size());
      out.addAll(query(q).getResults());
    }
    return out;
  }

  /** The entry of {@code type} with this id, with {@code fields}; empty or one. */
  List<SolrDocument> byIdOfType(String id, String type, String... fields) throws IOException {
    SolrQuery q = new SolrQuery("{!term f=" + Fields.ID + "}" + id);
    q.addFilterQuery(typeFilter(type));
    q.setFields(fields);
    q.setRows(1);
    return query(q).getResults();
  }

  private static String typeFilter(String type) {
    return "{!term f=" + Fields.TYPE + "}" + type;
  }

  private static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }

  /** Every entry matching all {@code filters}, in id order, a page at a time through a cursor. */
  private <T> List<T> records(List<String> filters, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      filters.forEach(q::addFilterQuery);
      q.setFields(Fields.RECORD);
      q.setRows(PAGE);
      q.set("sort", INDEX_ORDER);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(q);
      for (SolrDocument d : response.getResults()) {
        byte[] b = (byte[]) d.getFirstValue(Fields.RECORD);
        out.add(RecordCodec.decode(b, 0, b.length, type));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  @Override
  public Map<String, Long> indicatorCounts(String dim) throws IOException {
    if (!Fields.FACETS.contains(dim)) {
      throw new InvalidRequestException("未知的维度：" + dim + " / unknown dimension: " + dim);
    }
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(typeFilter(Fields.TYPE_INDICATOR));
    q.setRows(0);
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    q.setFacetSort("count");
    q.addFacetField(dim);
    FacetField field = query(q).getFacetField(dim);
    Map<String, Long> out = new LinkedHashMap<>();
    if (field != null && field.getValues() != null) {
      field.getValues().forEach(c -> out.put(c.getName(), c.getCount()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public Map<String, Map<String, Long>> conceptCounts() throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.set("json.facet", "{concepts:{type:terms,field:" + Fields.CONCEPT + ",limit:-1,"
        + "facet:{regions:{type:terms,field:" + Fields.REGION + ",limit:-1,missing:true}}}}");
    NamedList<?> facets = (NamedList<?>) query(q).getResponse().get("facets");
    Map<String, Map<String, Long>> out = new TreeMap<>();
    NamedList<?> concepts = facets == null ? null : (NamedList<?>) facets.get("concepts");
    if (concepts == null) {
      return out;
    }
    for (Object c : (List<?>) concepts.get("buckets")) {
      NamedList<?> concept = (NamedList<?>) c;
      Map<String, Long> regions = new TreeMap<>();
      NamedList<?> byRegion = (NamedList<?>) concept.get("regions");
      for (Object r : (List<?>) byRegion.get("buckets")) {
        NamedList<?> region = (NamedList<?>) r;
        regions.put(String.valueOf(region.get("val")), ((Number) region.get("count")).longValue());
      }
      NamedList<?> missing = (NamedList<?>) byRegion.get("missing");
      if (missing != null && ((Number) missing.get("count")).longValue() > 0) {
        regions.merge("", ((Number) missing.get("count")).longValue(), Long::sum);
      }
      out.put(String.valueOf(concept.get("val")), regions);
    }
    return out;
  }

  @Override
  public List<IndicatorRecord> indicatorsOfConcept(String conceptId) throws IOException {
    return records(List.of(term(Fields.CONCEPT, conceptId), typeFilter(Fields.TYPE_INDICATOR)), IndicatorRecord.class);
  }

  @Override
  public RecordSample<IndicatorRecord> sampleOfConcept(String conceptId, int max) throws IOException {
    List<String> filters = List.of(term(Fields.CONCEPT, conceptId), typeFilter(Fields.TYPE_INDICATOR));
    SolrQuery counted = new SolrQuery("*:*");
    filters.forEach(counted::addFilterQuery);
    counted.setRows(0);
    int total = (int) query(counted).getResults().getNumFound();
    if (total == 0) {
      return new RecordSample<>(List.of(), 0);
    }
    if (total <= max) {
      return new RecordSample<>(records(filters, IndicatorRecord.class), total);
    }
    // Every k-th id in index order, then their records.
    List<String> ids = new ArrayList<>(total);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      filters.forEach(q::addFilterQuery);
      q.setFields(Fields.ID);
      q.setRows(10 * PAGE);
      q.set("sort", INDEX_ORDER);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(q);
      response.getResults().forEach(d -> ids.add((String) d.getFirstValue(Fields.ID)));
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    double stride = Math.max(1.0, (double) ids.size() / max);
    List<String> chosen = new ArrayList<>();
    for (double i = 0; i < ids.size() && chosen.size() < max; i += stride) {
      chosen.add(ids.get((int) i));
    }
    Map<String, IndicatorRecord> byId = new java.util.HashMap<>();
    for (SolrDocument d : byId(chosen, Fields.ID, Fields.RECORD)) {
      byte[] b = (byte[]) d.getFirstValue(Fields.RECORD);
      byId.put((String) d.getFirstValue(Fields.ID), RecordCodec.decode(b, 0, b.length, IndicatorRecord.class));
    }
    return new RecordSample<>(chosen.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), total);
  }

  @Override
  public List<IndicatorRecord> indicatorsWhere(String dim, String value) throws IOException {
    return records(List.of(term(dim, value), typeFilter(Fields.TYPE_INDICATOR)), IndicatorRecord.class);
  }

  @Override
  public List<ProjectRecord> projectsWhere(String dim, String value) throws IOException {
    return records(List.of(term(dim, value), typeFilter(Fields.TYPE_PROJECT)), ProjectRecord.class);
  }

  @Override
  public Optional<IndicatorRecord> indicator(String id) throws IOException {
    return record(id, Fields.TYPE_INDICATOR, IndicatorRecord.class);
  }

  @Override
  public Optional<ProjectDetail> project(String id) throws IOException {
    Optional<ProjectRecord> project = record(id, Fields.TYPE_PROJECT, ProjectRecord.class);
    if (project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProjectDetail(project.get(), indicatorsOf(id)));
  }

  @Override
  public List<IndicatorRecord> indicatorsOf(String projectId) throws IOException {
    List<IndicatorRecord> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      q.addFilterQuery(term(Fields.PROJECT_ID, projectId), typeFilter(Fields.TYPE_INDICATOR));
      q.setFields(Fields.RECORD);
      q.setRows(PAGE);
      q.set("sort", Fields.ORDINAL + " asc," + INDEX_ORDER);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(q);
      for (SolrDocument d : response.getResults()) {
        byte[] b = (byte[]) d.getFirstValue(Fields.RECORD);
        out.add(RecordCodec.decode(b, 0, b.length, IndicatorRecord.class));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  private <T> Optional<T> record(String id, String type, Class<T> as) throws IOException {
    if (id == null || id.isBlank() || id.length() > 200) {
      return Optional.empty();
    }
    List<SolrDocument> found = byIdOfType(id, type, Fields.RECORD);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    byte[] b = (byte[]) found.get(0).getFirstValue(Fields.RECORD);
    return Optional.of(RecordCodec.decode(b, 0, b.length, as));
  }

  /** Tables, projects and indicators in the collection. */
  SearchBackend.Size size() throws IOException {
    org.jixiao.index.SolrCollection.Counts c = org.jixiao.index.SolrCollection.counts(this::query);
    return new SearchBackend.Size(c.documents(), c.projects(), c.indicators());
  }
}
