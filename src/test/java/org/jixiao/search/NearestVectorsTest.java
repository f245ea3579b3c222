package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.index.Fields;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.TextVectors;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The neighbours found through the distinct texts are the nearest entries: the same documents and
 * scores as scoring every entry the filters accept, for both types, under facet filters broad and
 * narrow, found through the texts' graph and scored one by one, and after deletions. And an entry's
 * vector is its own text's.
 */
class NearestVectorsTest {

  @TempDir Path tmp;

  static final List<String> QUERIES = List.of("群众满意度", "系统稳定不宕机", "热线外包服务", "培训次数");

  @Test
  void theNeighboursAreTheNearestAcceptedEntriesUnderEveryFilterAndAfterDeletions() throws Exception {
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    try (OpenIndex index = TestVectors.seedIndex(location.root())) {
      assertThat(compareAll(index)).as("comparisons that found neighbours (all but the absent district)").isEqualTo(48);
    }
    // Delete one table's entries under the index's feet, as an update leaves deletions behind.
    String deletedDocument;
    try (OpenIndex index = OpenIndex.open(location)) {
      deletedDocument = index.report().files().get(0).documentId();
    }
    try (FSDirectory dir = FSDirectory.open(location.current().orElseThrow());
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, deletedDocument));
      writer.commit();
    }
    try (OpenIndex index = OpenIndex.open(location)) {
      IndexSearcher searcher = index.acquire();
      try {
        assertThat(searcher.getIndexReader().numDeletedDocs()).isPositive();
        assertThat(compareAll(index)).as("comparisons that found neighbours (all but the absent district)").isEqualTo(48);
        // And none of the deleted table's entries is among them.
        float[] v = BgeSmallZh.shared().embed(List.of("群众满意度")).get(0);
        for (ScoreDoc sd : NearestVectors.under(index, searcher, Fields.TYPE_INDICATOR, null).nearest(v, 300).scoreDocs) {
          assertThat(searcher.storedFields().document(sd.doc).get(Fields.DOCUMENT_ID)).isNotEqualTo(deletedDocument);
        }
      } finally {
        index.release(searcher);
      }
    }
  }

  /** Compares every query, type, filter and depth; how many comparisons found something. */
  private static int compareAll(OpenIndex index) throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      List<float[]> vectors = BgeSmallZh.shared().embed(QUERIES);
      int nonEmpty = 0;
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        for (Map<String, String> filters : filterSets(index, searcher, type)) {
          DrillDownQuery facets = null;
          if (!filters.isEmpty()) {
            facets = new DrillDownQuery(index.facetsConfig());
            filters.forEach(facets::add);
          }
          BooleanQuery.Builder lucene = new BooleanQuery.Builder().add(QueryFactory.typeFilter(type), BooleanClause.Occur.FILTER);
          if (facets != null) {
            lucene.add(facets, BooleanClause.Occur.FILTER);
          }
          Query luceneFilter = lucene.build();
          NearestVectors mine = NearestVectors.under(index, searcher, type, facets);
          for (int q = 0; q < QUERIES.size(); q++) {
            for (int k : new int[] {5, 100}) {
              TopDocs want = everyOne(index, searcher, luceneFilter, vectors.get(q), k);
              for (Boolean direct : new Boolean[] {null, false, true}) {
                TopDocs got = (direct == null ? mine : mine.scoredDirectly(direct)).nearest(vectors.get(q), k);
                String what = type + " " + filters + " " + QUERIES.get(q) + " k=" + k
                    + (direct == null ? " the cheaper way" : direct ? " directly" : " through texts");
                assertThat(docs(got)).as(what).containsExactly(docs(want));
                for (int i = 0; i < got.scoreDocs.length; i++) {
                  assertThat(got.scoreDocs[i].score).as(what).isEqualTo(want.scoreDocs[i].score);
                }
              }
              nonEmpty += want.scoreDocs.length > 0 ? 1 : 0;
            }
          }
        }
      }
      // Excluding entries (what similar items do: not the entry's own unit) is the same as Lucene's MUST_NOT.
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        String unit = filterSets(index, searcher, type).stream().filter(f -> f.containsKey(Fields.UNIT)).findFirst().orElseThrow()
            .get(Fields.UNIT);
        Query unitTerm = new TermQuery(DrillDownQuery.term(index.facetsConfig().getDimConfig(Fields.UNIT).indexFieldName, Fields.UNIT, unit));
        Query luceneFilter = new BooleanQuery.Builder().add(QueryFactory.typeFilter(type), BooleanClause.Occur.FILTER)
            .add(unitTerm, BooleanClause.Occur.MUST_NOT).build();
        TopDocs want = everyOne(index, searcher, luceneFilter, vectors.get(0), 50);
        NearestVectors without = NearestVectors.under(index, searcher, type, null, unitTerm);
        assertThat(docs(without.scoredDirectly(false).nearest(vectors.get(0), 50))).as(type + " without " + unit)
            .containsExactly(docs(want)).isNotEmpty();
        assertThat(docs(without.scoredDirectly(true).nearest(vectors.get(0), 50))).as(type + " without " + unit)
            .containsExactly(docs(want));
      }
      return nonEmpty;
    } finally {
      index.release(searcher);
    }
  }

  /**
   * The reference: every entry the filter accepts, scored by its own text's vector, the best {@code k}
   * (higher score first, of equal scores the earlier document).
   */
  private static TopDocs everyOne(OpenIndex index, IndexSearcher searcher, Query filter, float[] query, int k) throws Exception {
    List<ScoreDoc> all = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(filter, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      float[] v = VectorReader.vectorOf(index.texts(), searcher, sd.doc);
      assertThat(v).as("every entry has a vector").isNotNull();
      all.add(new ScoreDoc(sd.doc, TextVectors.score(query, v)));
    }
    all.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    List<ScoreDoc> top = all.subList(0, Math.min(k, all.size()));
    return new TopDocs(new TotalHits(top.size(), TotalHits.Relation.EQUAL_TO), top.toArray(ScoreDoc[]::new));
  }

  @Test
  void anEntrysVectorIsItsTextsAndTextsAreKeptOnce() throws Exception {
    try (OpenIndex index = TestVectors.seedIndex(tmp.resolve("index"))) {
      IndexSearcher searcher = index.acquire();
      try {
        int indicators = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ScoreDoc sd : searcher.search(QueryFactory.typeFilter(Fields.TYPE_INDICATOR), 100_000).scoreDocs) {
          org.apache.lucene.util.BytesRef b = searcher.storedFields().document(sd.doc).getBinaryValue(Fields.RECORD);
          String name = org.jixiao.index.RecordCodec.decode(b.bytes, b.offset, b.length, org.jixiao.model.IndicatorRecord.class).name();
          names.add(name);
          if (indicators++ % 10 == 0) {
            float[] own = BgeSmallZh.shared().embed(List.of(name)).get(0);
            assertThat(org.jixiao.embed.Vectors.dot(own, VectorReader.vectorOf(index.texts(), searcher, sd.doc)))
                .as(name).isGreaterThan(0.9999f);
          }
        }
        assertThat(indicators).isGreaterThan(200);
        assertThat(index.texts().size(Fields.TYPE_INDICATOR)).as("one vector per distinct name").isEqualTo(names.size())
            .isLessThan(indicators);
      } finally {
        index.release(searcher);
      }
    }
  }

  /** No filter, the most frequent district (broad), the least frequent unit (narrow), and a value no entry has. */
  private static List<Map<String, String>> filterSets(OpenIndex index, IndexSearcher searcher, String type) throws Exception {
    Map<String, Map<String, Long>> facets = MatchPass.run(index, searcher, new QueryFactory(Synonyms.builtIn()).build("指标", type),
        Map.of(), 0).facets();
    List<Map<String, String>> out = new ArrayList<>(List.of(Map.of()));
    if (!facets.get(Fields.DISTRICT).isEmpty()) {
      out.add(Map.of(Fields.DISTRICT, facets.get(Fields.DISTRICT).keySet().iterator().next()));
    }
    List<String> units = new ArrayList<>(facets.get(Fields.UNIT).keySet());
    out.add(Map.of(Fields.UNIT, units.get(units.size() - 1)));
    out.add(Map.of(Fields.DISTRICT, "没有这个区"));
    return out;
  }

  private static Integer[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(sd -> sd.doc).toArray(Integer[]::new);
  }
}
