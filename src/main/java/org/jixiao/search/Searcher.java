package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.Fields;
import org.jixiao.index.IndicatorRecord;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.ProjectRecord;
import org.jixiao.index.RecordCodec;

/**
 * Answers searches and lookups against one {@link OpenIndex}. Facet counts come from drill-sideways,
 * so a selected district still shows the counts of the other districts to switch to.
 */
public final class Searcher {

  /** How many values each facet lists. */
  static final int FACET_VALUES = 50;

  private final OpenIndex index;
  private final QueryFactory queries = new QueryFactory();
  private final Highlights highlights = new Highlights(queries);

  public Searcher(OpenIndex index) {
    this.index = index;
  }

  public OpenIndex index() {
    return index;
  }

  public SearchResults search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Query query = queries.build(request.query(), request.type());
    if (query == null) {
      // Punctuation only, or nothing the analyzers keep: nothing can match, which is not an error.
      return new SearchResults(0, elapsed(start), List.of(), Map.of());
    }
    IndexSearcher searcher = index.acquire();
    try {
      DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), query);
      request.filters().forEach(drill::add);
      int topN = request.offset() + request.limit();
      SortedSetDocValuesReaderState state = index.facetState(searcher);
      TopDocs top;
      Map<String, Map<String, Long>> facets;
      if (state == null) {
        top = searcher.search(drill, topN);
        facets = Map.of();
      } else {
        DrillSideways.DrillSidewaysResult result =
            new DrillSideways(searcher, index.facetsConfig(), state).search(drill, topN);
        top = result.hits;
        facets = facetCounts(result.facets);
      }
      ScoreDoc[] page = top.scoreDocs.length <= request.offset()
          ? new ScoreDoc[0]
          : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
      List<Hit> hits = hits(searcher, request, page);
      return new SearchResults(total(top.totalHits), elapsed(start), hits, facets);
    } finally {
      index.release(searcher);
    }
  }

  private List<Hit> hits(IndexSearcher searcher, SearchRequest request, ScoreDoc[] page) throws IOException {
    List<Hit> hits = new ArrayList<>(page.length);
    if (page.length == 0) {
      return hits;
    }
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    String[] names = highlights.names(searcher, request.query(), page);
    String[] snippets = projects ? highlights.goals(searcher, request.query(), page) : null;
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      BytesRef bytes = stored.document(page[i].doc).getBinaryValue(Fields.RECORD);
      if (projects) {
        ProjectRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, ProjectRecord.class);
        hits.add(ProjectHit.of(r, page[i].score, names[i], snippets[i]));
      } else {
        IndicatorRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, IndicatorRecord.class);
        hits.add(IndicatorHit.of(r, page[i].score, names[i]));
      }
    }
    return hits;
  }

  private static Map<String, Map<String, Long>> facetCounts(Facets facets) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Map<String, Long> counts = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException dimensionNeverIndexed) {
        result = null;
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  /** The indicator with this id. */
  public Optional<IndicatorRecord> indicator(String id) throws IOException {
    return one(id, Fields.TYPE_INDICATOR).map(b -> RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class));
  }

  /** The project with this id and all its indicators in table order. */
  public Optional<ProjectDetail> project(String id) throws IOException {
    Optional<ProjectRecord> project =
        one(id, Fields.TYPE_PROJECT).map(b -> RecordCodec.decode(b.bytes, b.offset, b.length, ProjectRecord.class));
    if (project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProjectDetail(project.get(), indicatorsOf(id)));
  }

  /** The indicators of a project in table order. */
  public List<IndicatorRecord> indicatorsOf(String projectId) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.PROJECT_ID, projectId)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_INDICATOR)), BooleanClause.Occur.FILTER)
          .build();
      int count = Math.max(1, searcher.count(q));
      TopDocs top = searcher.search(q, count, new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG)));
      StoredFields stored = searcher.storedFields();
      List<IndicatorRecord> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        BytesRef b = stored.document(sd.doc).getBinaryValue(Fields.RECORD);
        out.add(RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class));
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  private Optional<BytesRef> one(String id, String type) throws IOException {
    if (id == null || id.isBlank() || id.length() > 200) {
      return Optional.empty();
    }
    IndexSearcher searcher = index.acquire();
    try {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER)
          .build();
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      BytesRef b = searcher.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(Fields.RECORD);
      return Optional.of(BytesRef.deepCopyOf(b));
    } finally {
      index.release(searcher);
    }
  }

  private static long total(TotalHits totalHits) {
    return totalHits.value;
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
