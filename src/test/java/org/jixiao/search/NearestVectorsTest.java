package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.index.Fields;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.OpenIndex;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The neighbours found from bit sets built once per search are Lucene's own: the same documents and
 * scores as {@code KnnFloatVectorQuery} with the same filter, for both types, under facet filters
 * broad and narrow (few accepted: searched exactly), and after deletions.
 */
class NearestVectorsTest {

  @TempDir Path tmp;

  static final List<String> QUERIES = List.of("群众满意度", "系统稳定不宕机", "热线外包服务", "培训次数");

  @Test
  void theNeighboursAreLucenesUnderEveryFilterAndAfterDeletions() throws Exception {
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
              TopDocs want = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vectors.get(q), k, luceneFilter), k);
              TopDocs got = mine.nearest(vectors.get(q), k);
              String what = type + " " + filters + " " + QUERIES.get(q) + " k=" + k;
              assertThat(docs(got)).as(what).containsExactly(docs(want));
              for (int i = 0; i < got.scoreDocs.length; i++) {
                assertThat(got.scoreDocs[i].score).as(what).isEqualTo(want.scoreDocs[i].score);
              }
              nonEmpty += got.scoreDocs.length > 0 ? 1 : 0;
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
        TopDocs want = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vectors.get(0), 50, luceneFilter), 50);
        TopDocs got = NearestVectors.under(index, searcher, type, null, unitTerm).nearest(vectors.get(0), 50);
        assertThat(docs(got)).as(type + " without " + unit).containsExactly(docs(want)).isNotEmpty();
      }
      return nonEmpty;
    } finally {
      index.release(searcher);
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
