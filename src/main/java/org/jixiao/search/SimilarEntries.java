package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.Fields;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.index.OpenIndex;
import org.jixiao.model.ProjectRecord;
import org.jixiao.index.RecordCodec;

/**
 * The nearest neighbours of one entry by its stored vector, from other projects and other units: what
 * a drafter looks at to see how others measure the same thing.
 */
final class SimilarEntries {

  private final OpenIndex index;

  SimilarEntries(OpenIndex index) {
    this.index = index;
  }

  Optional<SimilarItems> similar(String id, String type, int limit) throws IOException {
    checkLimit(limit);
    if (!index.report().hasVectors()) {
      throw new InvalidRequestException("此索引没有语义向量，请重建索引 / this index has no vectors: rebuild it");
    }
    IndexSearcher searcher = index.acquire();
    try {
      Optional<Source> source = source(searcher, index.facetsConfig(), id, type);
      if (source.isEmpty()) {
        return Optional.empty();
      }
      float[] vector = VectorReader.vectorOf(index.texts(), searcher, source.get().doc());
      if (vector == null) {
        return Optional.of(new SimilarItems(source.get().hit(), List.of()));
      }
      TopDocs top = NearestVectors.under(index, searcher, type, null, source.get().excluded()).nearest(vector, limit);
      return Optional.of(new SimilarItems(source.get().hit(), hits(searcher, type, nearestAsFound(top))));
    } finally {
      index.release(searcher);
    }
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new InvalidRequestException(
          "limit 须在 1 到 " + SearchRequest.MAX_LIMIT + " 之间 / limit must be between 1 and " + SearchRequest.MAX_LIMIT);
    }
  }

  /**
   * The entry whose neighbours are asked for: its document, itself as a hit, and what its neighbours
   * may not be (its own project for an indicator, itself for a project, and its unit).
   */
  record Source(int doc, Hit hit, Query excluded) {}

  static Optional<Source> source(IndexSearcher searcher, FacetsConfig facets, String id, String type) throws IOException {
    Optional<ScoreDoc> doc = LuceneRecords.one(searcher, id, type);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    BytesRef bytes = searcher.storedFields().document(doc.get().doc).getBinaryValue(Fields.RECORD);
    boolean indicator = Fields.TYPE_INDICATOR.equals(type);
    Hit source;
    String unit;
    BooleanQuery.Builder excluded = new BooleanQuery.Builder();
    if (indicator) {
      IndicatorRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, IndicatorRecord.class);
      source = new IndicatorHit(r, 1f, null, null);
      unit = r.unit();
      excluded.add(new TermQuery(new Term(Fields.PROJECT_ID, r.projectId())), BooleanClause.Occur.SHOULD);
    } else {
      ProjectRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, ProjectRecord.class);
      source = new ProjectHit(r, 1f, null, null, null);
      unit = r.unit();
      excluded.add(new TermQuery(new Term(Fields.ID, r.id())), BooleanClause.Occur.SHOULD);
    }
    if (unit != null) {
      excluded.add(new TermQuery(DrillDownQuery.term(
          facets.getDimConfig(Fields.UNIT).indexFieldName, Fields.UNIT, unit)), BooleanClause.Occur.SHOULD);
    }
    return Optional.of(new Source(doc.get().doc, source, excluded.build()));
  }

  static List<Hit> hits(IndexSearcher searcher, String type, List<Fusion.Fused> ranking) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Hit> out = new ArrayList<>(ranking.size());
    for (Fusion.Fused f : ranking) {
      BytesRef b = stored.document(f.doc()).getBinaryValue(Fields.RECORD);
      FoundBy foundBy = FoundBy.of(0, f.vectorRank());
      out.add(Fields.TYPE_PROJECT.equals(type)
          ? new ProjectHit(RecordCodec.decode(b.bytes, b.offset, b.length, ProjectRecord.class), f.score(), foundBy, null, null)
          : new IndicatorHit(RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class), f.score(), foundBy, null));
    }
    return out;
  }

  /** Nearest neighbours as found, scored by cosine similarity. */
  static List<Fusion.Fused> nearestAsFound(TopDocs top) {
    List<Fusion.Fused> out = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      out.add(new Fusion.Fused(top.scoreDocs[i].doc, VectorReader.cosineFromScore(top.scoreDocs[i].score), 0, i + 1));
    }
    return out;
  }
}
