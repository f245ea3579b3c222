package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jixiao.index.Analyzers;
import org.jixiao.index.Fields;
import org.jixiao.index.LiveIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr peer the benchmark measures against answers what the reference answers: on the bundled
 * corpus, for the benchmark's queries and more, both types and several filter sets, the same totals,
 * facets and scores rank by rank. Otherwise the timings would compare different work.
 */
class SolrPeerTest {

  @TempDir static Path dir;

  private static List<Document> documents;
  private static LiveIndex live;
  private static ReferenceSearcher reference;
  private static SolrPeer solr;

  @BeforeAll
  static void open() throws Exception {
    documents = Ingestor.standard().ingest(List.of(Path.of("data"))).documents();
    live = LiveIndex.open(dir.resolve("live"), null);
    live.put(documents);
    live.refresh();
    reference = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
    solr = SolrPeer.open(dir.resolve("solr"));
    solr.add(documents);
    solr.commit(1);
  }

  @AfterAll
  static void close() throws Exception {
    solr.close();
    live.close();
  }

  @Test
  void holdsTheSameEntries() throws Exception {
    assertThat(solr.size()).isEqualTo(reference.size());
  }

  @Test
  void analysesTextAsTheIndexDoes() throws Exception {
    String text = "１２３４５热线ABC服务满意度≥95%，Ｗｉ－Ｆｉ覆盖率 and the 系统 of 2024年";
    org.apache.solr.schema.IndexSchema schema = solr.schema();
    assertThat(tokens(schema.getFieldType(Fields.NAME_CJK).getIndexAnalyzer(), text))
        .isEqualTo(tokens(Analyzers.cjkBigrams(), text));
    assertThat(tokens(schema.getFieldType(Fields.NAME).getIndexAnalyzer(), text))
        .isEqualTo(tokens(Analyzers.smartcn(), text));
  }

  @Test
  void answersTheBenchmarkQueriesAsTheReferenceDoes() throws Exception {
    List<SearchRequest> asked = new ArrayList<>(org.jixiao.bench.Benchmark.resolved(
        org.jixiao.bench.Benchmark.defaultQueries(), reference.corpus()));
    for (String q : List.of("满意度", "系统稳定不宕机", "\"服务对象满意度\"", "及时率 覆盖率", "qwertyuiop")) {
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("district", "海珠区"),
            Map.of("level1", "满意度指标", "year", "2024"))) {
          asked.add(new SearchRequest(q, type, 10, 0, filters));
          asked.add(new SearchRequest(q, type, 10, 10, filters));
        }
      }
    }
    int found = 0;
    for (SearchRequest q : asked) {
      SearchRequest bm25 = new SearchRequest(q.query(), q.type(), q.limit(), q.offset(), q.filters(), SearchMode.BM25);
      SearchResults want = reference.search(bm25);
      SearchResults got = solr.search(bm25);
      BackendAgreementTest.assertSame("solr " + bm25, got, want);
      found += want.total() > 0 ? 1 : 0;
    }
    assertThat(found).as("requests that found something").isGreaterThan(asked.size() / 2);
  }

  @Test
  void highlightsTheNameAsTheReferenceDoes() throws Exception {
    SearchRequest q = new SearchRequest("满意度", Fields.TYPE_INDICATOR, 5, 0, Map.of(), SearchMode.BM25);
    List<String> got = solr.search(q).hits().stream().map(h -> ((IndicatorHit) h).highlight()).toList();
    List<String> want = reference.search(q).hits().stream().map(h -> ((IndicatorHit) h).highlight()).toList();
    assertThat(got).hasSize(5).allSatisfy(h -> assertThat(h).contains("<em>"));
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void refusesWhatItDoesNotMeasure() {
    assertThatThrownBy(() -> solr.search(new SearchRequest("满意度", "indicator", 10, 0, Map.of(), SearchMode.HYBRID)))
        .isInstanceOf(InvalidRequestException.class);
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
