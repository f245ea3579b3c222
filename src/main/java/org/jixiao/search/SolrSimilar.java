package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.jixiao.index.Fields;
import org.jixiao.index.RecordCodec;
import org.jixiao.index.SolrSchema;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/** An entry's nearest neighbours in a Solr collection ({@code {!knn}} from its stored vector), as the embedded backends find them. */
final class SolrSimilar {

  private final SolrRecords records;

  SolrSimilar(SolrRecords records) {
    this.records = records;
  }

  /** The nearest entries of a type to entry {@code id}, leaving out its own project (or itself) and its unit. */
  Optional<SimilarItems> of(String id, String type, int limit) throws IOException {
    SimilarEntries.checkLimit(limit);
    if (!records.hasVectors()) {
      throw new InvalidRequestException("此索引没有语义向量，请重建索引 / this index has no vectors: rebuild it");
    }
    if (id == null || id.isBlank() || id.length() > 200) {
      return Optional.empty();
    }
    List<SolrDocument> found = records.byIdOfType(id, type, Fields.ID, Fields.RECORD, SolrSchema.VECTOR);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SolrDocument source = found.get(0);
    byte[] b = (byte[]) source.getFirstValue(Fields.RECORD);
    Hit hit;
    List<String> excluded = new ArrayList<>();
    String unit;
    if (Fields.TYPE_INDICATOR.equals(type)) {
      IndicatorRecord r = RecordCodec.decode(b, 0, b.length, IndicatorRecord.class);
      hit = new IndicatorHit(r, 1f, null, null);
      unit = r.unit();
      excluded.add(Fields.PROJECT_ID + ":" + ClientUtils.escapeQueryChars(r.projectId()));
    } else {
      ProjectRecord r = RecordCodec.decode(b, 0, b.length, ProjectRecord.class);
      hit = new ProjectHit(r, 1f, null, null, null);
      unit = r.unit();
      excluded.add(Fields.ID + ":" + ClientUtils.escapeQueryChars(r.id()));
    }
    if (unit != null) {
      excluded.add(Fields.UNIT + ":" + ClientUtils.escapeQueryChars(unit));
    }
    float[] vector = SolrRecords.vector(source);
    if (vector == null) {
      return Optional.of(new SimilarItems(hit, List.of()));
    }
    SolrQuery q = new SolrQuery("{!knn f=" + SolrSchema.VECTOR + " topK=" + limit + "}" + SolrSearcher.vectorText(vector));
    q.addFilterQuery("{!term f=" + Fields.TYPE + "}" + type);
    excluded.forEach(x -> q.addFilterQuery("-" + x));
    q.setFields(Fields.ID, Fields.RECORD, "score");
    q.set("sort", SolrSearcher.BY_SCORE);
    q.setRows(limit);
    List<Hit> hits = new ArrayList<>();
    int rank = 0;
    for (SolrDocument d : records.query(q).getResults()) {
      byte[] rb = (byte[]) d.getFirstValue(Fields.RECORD);
      float cosine = VectorReader.cosineFromScore(((Number) d.getFirstValue("score")).floatValue());
      FoundBy foundBy = FoundBy.of(0, ++rank);
      hits.add(Fields.TYPE_PROJECT.equals(type)
          ? new ProjectHit(RecordCodec.decode(rb, 0, rb.length, ProjectRecord.class), cosine, foundBy, null, null)
          : new IndicatorHit(RecordCodec.decode(rb, 0, rb.length, IndicatorRecord.class), cosine, foundBy, null));
    }
    return Optional.of(new SimilarItems(hit, hits));
  }
}
