package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
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
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.Fields;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.index.Searchable;
import org.jixiao.model.ProjectRecord;
import org.jixiao.index.RecordCodec;

/** The corpus records of a Lucene index (embedded backends): stored records and doc values. */
final class LuceneRecords implements CorpusRecords {

  private final Searchable index;
  /** Values per dimension with their counts, on the reader {@link #countedOn}. */
  private final Map<String, Map<String, Long>> valueCounts = new java.util.concurrent.ConcurrentHashMap<>();
  private Object countedOn;

  LuceneRecords(Searchable index) {
    this.index = index;
  }

  /**
   * Every value of facet dimension {@code dim} among indicators with its number of indicators, most
   * first, then by value: the pick-lists of districts, cities and units. Counted once per reader.
   */
  @Override
  public Map<String, Long> indicatorCounts(String dim) throws IOException {
    if (!Fields.FACETS.contains(dim)) {
      throw new InvalidRequestException("未知的维度：" + dim + " / unknown dimension: " + dim);
    }
    IndexSearcher searcher = index.acquire();
    try {
      // A live index changes under this object: what was counted holds for the reader it was counted on.
      synchronized (valueCounts) {
        if (countedOn != searcher.getIndexReader()) {
          valueCounts.clear();
          countedOn = searcher.getIndexReader();
        }
      }
      Map<String, Long> known = valueCounts.get(dim);
      if (known != null) {
        return known;
      }
      org.apache.lucene.facet.FacetsCollectorManager.FacetsResult all = org.apache.lucene.facet.FacetsCollectorManager.search(
          searcher, QueryFactory.typeFilter(Fields.TYPE_INDICATOR), 1, new org.apache.lucene.facet.FacetsCollectorManager());
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      // A dimension no indicator has (an index without any entries) has no reader state field at all.
      if (all.topDocs().totalHits.value > 0) {
        org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state =
            new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), index.facetsConfig());
        org.apache.lucene.facet.FacetResult counts =
            new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, all.facetsCollector()).getAllChildren(dim);
        if (counts != null) {
          java.util.Arrays.stream(counts.labelValues)
              .sorted(java.util.Comparator.comparingLong((org.apache.lucene.facet.LabelAndValue lv) -> -lv.value.longValue())
                  .thenComparing(lv -> lv.label))
              .forEach(lv -> out.put(lv.label, lv.value.longValue()));
        }
      }
      Map<String, Long> counted = java.util.Collections.unmodifiableMap(out);
      valueCounts.put(dim, counted);
      return counted;
    } catch (IllegalArgumentException noSuchDimension) {
      // The reader state knows only dimensions some entry has.
      valueCounts.put(dim, Map.of());
      return Map.of();
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Indicators per concept and region (district, else city), counted in one pass over doc values:
   * concept id → region → count. Cheap at any corpus size, no stored record is read.
   */
  @Override
  public Map<String, Map<String, Long>> conceptCounts() throws IOException {
    Map<String, Map<String, Long>> out = new java.util.TreeMap<>();
    IndexSearcher searcher = index.acquire();
    try {
      for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        org.apache.lucene.index.SortedDocValues concepts = leaf.reader().getSortedDocValues(Fields.CONCEPT);
        if (concepts == null) {
          continue;
        }
        org.apache.lucene.index.SortedDocValues regions = leaf.reader().getSortedDocValues(Fields.REGION);
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = concepts.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = concepts.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String concept = concepts.lookupOrd(concepts.ordValue()).utf8ToString();
          String region = regions != null && regions.advanceExact(doc) ? regions.lookupOrd(regions.ordValue()).utf8ToString() : "";
          out.computeIfAbsent(concept, k -> new java.util.TreeMap<>()).merge(region, 1L, Long::sum);
        }
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  /** Every indicator of a concept, in index order. */
  @Override
  public List<IndicatorRecord> indicatorsOfConcept(String conceptId) throws IOException {
    return records(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.CONCEPT, conceptId)), BooleanClause.Occur.FILTER)
        .add(QueryFactory.typeFilter(Fields.TYPE_INDICATOR), BooleanClause.Occur.FILTER)
        .build(), IndicatorRecord.class);
  }

  /**
   * Up to {@code max} indicators of a concept spread evenly over the index (every k-th in index order,
   * so no one file or region dominates), with the concept's full count. Only the chosen records are
   * decoded: at a million indicators a common concept has a hundred thousand of them.
   */
  @Override
  public RecordSample<IndicatorRecord> sampleOfConcept(String conceptId, int max) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.CONCEPT, conceptId)), BooleanClause.Occur.FILTER)
        .add(QueryFactory.typeFilter(Fields.TYPE_INDICATOR), BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = index.acquire();
    try {
      int total = searcher.count(query);
      List<IndicatorRecord> out = new ArrayList<>();
      if (total == 0) {
        return new RecordSample<>(out, 0);
      }
      StoredFields stored = searcher.storedFields();
      ScoreDoc[] docs = searcher.search(query, total, Sort.INDEXORDER).scoreDocs;
      double stride = Math.max(1.0, (double) docs.length / max);
      for (double i = 0; i < docs.length && out.size() < max; i += stride) {
        BytesRef b = stored.document(docs[(int) i].doc).getBinaryValue(Fields.RECORD);
        out.add(RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class));
      }
      return new RecordSample<>(out, total);
    } finally {
      index.release(searcher);
    }
  }

  /** Every indicator whose facet {@code dim} (city, district, unit) has {@code value}. */
  @Override
  public List<IndicatorRecord> indicatorsWhere(String dim, String value) throws IOException {
    return records(where(dim, value, Fields.TYPE_INDICATOR), IndicatorRecord.class);
  }

  /** Every project whose facet {@code dim} (city, district, unit) has {@code value}. */
  @Override
  public List<ProjectRecord> projectsWhere(String dim, String value) throws IOException {
    return records(where(dim, value, Fields.TYPE_PROJECT), ProjectRecord.class);
  }

  private Query where(String dim, String value, String type) {
    DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), QueryFactory.typeFilter(type));
    drill.add(dim, value);
    return drill;
  }

  private <T> List<T> records(Query query, Class<T> type) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      List<T> out = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      int count = searcher.count(query);
      if (count == 0) {
        return out;
      }
      for (ScoreDoc sd : searcher.search(query, count, Sort.INDEXORDER).scoreDocs) {
        BytesRef b = stored.document(sd.doc).getBinaryValue(Fields.RECORD);
        out.add(RecordCodec.decode(b.bytes, b.offset, b.length, type));
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  /** The indicator with this id. */
  @Override
  public Optional<IndicatorRecord> indicator(String id) throws IOException {
    return record(id, Fields.TYPE_INDICATOR).map(b -> RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class));
  }

  /** The project with this id and all its indicators in table order. */
  @Override
  public Optional<ProjectDetail> project(String id) throws IOException {
    Optional<ProjectRecord> project =
        record(id, Fields.TYPE_PROJECT).map(b -> RecordCodec.decode(b.bytes, b.offset, b.length, ProjectRecord.class));
    if (project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProjectDetail(project.get(), indicatorsOf(id)));
  }

  /** The indicators of a project in table order. */
  @Override
  public List<IndicatorRecord> indicatorsOf(String projectId) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.PROJECT_ID, projectId)), BooleanClause.Occur.FILTER)
          .add(QueryFactory.typeFilter(Fields.TYPE_INDICATOR), BooleanClause.Occur.FILTER)
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

  private Optional<BytesRef> record(String id, String type) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      Optional<ScoreDoc> doc = one(searcher, id, type);
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      BytesRef b = searcher.storedFields().document(doc.get().doc).getBinaryValue(Fields.RECORD);
      return Optional.of(BytesRef.deepCopyOf(b));
    } finally {
      index.release(searcher);
    }
  }

  static Optional<ScoreDoc> one(IndexSearcher searcher, String id, String type) throws IOException {
    if (id == null || id.isBlank() || id.length() > 200) {
      return Optional.empty();
    }
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(QueryFactory.typeFilter(type), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0]);
  }
}
