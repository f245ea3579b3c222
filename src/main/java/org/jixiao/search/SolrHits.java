package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.common.SolrDocument;
import org.jixiao.index.Fields;
import org.jixiao.index.RecordCodec;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/**
 * The rows of a Solr backend's order made into what a page shows: each entry's record fetched by id,
 * names (and projects' goals) highlighted from the stored text as the embedded backend highlights
 * them; and the order sorted by a target, a year or a quality score.
 */
final class SolrHits {

  private final SolrRecords records;
  private final Highlights highlights;

  SolrHits(SolrRecords records, Highlights highlights) {
    this.records = records;
    this.highlights = highlights;
  }

  /** A page of the order as hits: records fetched by id, names (and goals) highlighted. */
  List<Hit> page(SearchRequest request, List<Fusion.Fused> page, DocNumbers docs) throws IOException {
    List<Hit> hits = new ArrayList<>(page.size());
    if (page.isEmpty()) {
      return hits;
    }
    Map<String, byte[]> bytesById = new HashMap<>();
    for (SolrDocument d : records.byId(page.stream().map(f -> docs.id(f.doc())).toList(), Fields.ID, Fields.RECORD)) {
      bytesById.put((String) d.getFirstValue(Fields.ID), (byte[]) d.getFirstValue(Fields.RECORD));
    }
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    ScoreDoc[] slots = new ScoreDoc[page.size()];
    Object[] found = new Object[page.size()];
    String[] names = new String[page.size()];
    String[] goals = new String[page.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new ScoreDoc(page.get(i).doc(), page.get(i).score());
      byte[] b = bytesById.get(docs.id(page.get(i).doc()));
      if (b == null) {
        throw new IOException("Solr 未返回条目 / Solr did not return entry " + docs.id(page.get(i).doc()));
      }
      if (projects) {
        ProjectRecord r = RecordCodec.decode(b, 0, b.length, ProjectRecord.class);
        found[i] = r;
        names[i] = r.name();
        goals[i] = r.goal();
      } else {
        IndicatorRecord r = RecordCodec.decode(b, 0, b.length, IndicatorRecord.class);
        found[i] = r;
        names[i] = r.name();
      }
    }
    String[] marked = highlights.names(request.query(), slots, names);
    String[] snippets = projects ? highlights.goals(request.query(), slots, goals) : null;
    for (int i = 0; i < slots.length; i++) {
      Fusion.Fused f = page.get(i);
      FoundBy foundBy = FoundBy.of(f.bm25Rank(), f.vectorRank());
      hits.add(projects ? new ProjectHit((ProjectRecord) found[i], f.score(), foundBy, marked[i], snippets[i])
          : new IndicatorHit((IndicatorRecord) found[i], f.score(), foundBy, marked[i]));
    }
    return hits;
  }

  /** The order sorted by the request's key (stable: ties keep relevance order), as {@link ResultOrder} sorts. */
  List<Fusion.Fused> sort(List<Fusion.Fused> order, SearchRequest request, QualityScores quality, DocNumbers docs)
      throws IOException {
    if (order.isEmpty()) {
      return order;
    }
    return ResultOrder.sortByKeys(order, request.sort(), keysOf(order, request, quality, docs));
  }

  private double[] keysOf(List<Fusion.Fused> order, SearchRequest request, QualityScores quality, DocNumbers docs)
      throws IOException {
    SortOrder sort = request.sort();
    if (sort == SortOrder.QUALITY) {
      ResultOrder.checkQuality(order.size(), quality);
    }
    String field = switch (sort) {
      case QUALITY -> Fields.RECORD;
      case TARGET_DESC, TARGET_ASC -> Fields.TARGET_VALUE;
      case YEAR_DESC, YEAR_ASC -> Fields.YEAR_VALUE;
      case RELEVANCE -> throw new IllegalStateException();
    };
    Map<String, Double> byId = new HashMap<>();
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    for (SolrDocument d : records.byId(order.stream().map(f -> docs.id(f.doc())).toList(), Fields.ID, field)) {
      Object v = d.getFirstValue(field);
      double key;
      if (v == null) {
        key = Double.NaN;
      } else if (sort == SortOrder.QUALITY) {
        org.jixiao.util.Deadline.check();
        byte[] b = (byte[]) v;
        java.util.OptionalDouble score = projects ? quality.ofProject(RecordCodec.decode(b, 0, b.length, ProjectRecord.class))
            : quality.ofIndicator(RecordCodec.decode(b, 0, b.length, IndicatorRecord.class));
        key = score.isPresent() ? score.getAsDouble() : Double.NaN;
      } else {
        long l = ((Number) v).longValue();
        key = field.equals(Fields.TARGET_VALUE) ? org.apache.lucene.util.NumericUtils.sortableLongToDouble(l) : l;
      }
      byId.put((String) d.getFirstValue(Fields.ID), key);
    }
    double[] keys = new double[order.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = byId.getOrDefault(docs.id(order.get(i).doc()), Double.NaN);
    }
    return keys;
  }
}
