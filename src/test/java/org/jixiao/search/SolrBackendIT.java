package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.eval.Judgments;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.SolrCollection;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend against the embedded one, on a real cluster (2 nodes, a collection of 2
 * shards × 2 replicas, {@link SolrCluster}) holding the bundled corpus: every judged query in every
 * mode, with and without a filter, gives the same total, facets and ranking; the same similar items,
 * project pages and corpus slices.
 */
class SolrBackendIT {

  @TempDir static Path tmp;
  static SolrCluster cluster;
  static SolrCollection collection;
  static SolrSearcher solr;
  static OpenIndex index;
  static Searcher embedded;

  @BeforeAll
  static void start() throws Exception {
    cluster = SolrCluster.start(tmp, 2);
    collection = SolrCollection.open(cluster.zkAddress(), "jixiao", 2, 2, TestVectors.settings(), TestVectors.SHARED_CACHE,
        org.jixiao.search.SolrSearcher.configset());
    collection.put(Ingestor.standard().ingest(List.of(Path.of("data"))).documents());
    collection.commit();
    solr = new SolrSearcher(collection.client(), collection.name(), new QueryVectors(BgeSmallZh.shared()), Synonyms.builtIn(),
        Fusion.DEFAULT);
    index = TestVectors.seedIndex(tmp.resolve("index"));
    embedded = TestVectors.searcher(index);
  }

  @AfterAll
  static void stop() throws Exception {
    if (index != null) {
      index.close();
    }
    if (collection != null) {
      collection.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void holdsTheSameCorpus() throws Exception {
    assertThat(solr.size()).isEqualTo(embedded.size());
    assertThat(solr.hasVectors()).isTrue();
  }

  @Test
  void theIndexCommandFillsACollectionAndTakesOutRemovedTables() throws Exception {
    Path data = java.nio.file.Files.createDirectories(tmp.resolve("cli-data"));
    for (String seed : List.of("000-guangzhou-12345-hotline-centre.txt", "001-guangzhou-haizhu-digital-government.txt")) {
      java.nio.file.Files.copy(Path.of("data", seed), data.resolve(seed));
    }
    java.nio.file.Files.writeString(data.resolve("notes.txt"), "这只是一段说明文字，没有表格。");
    String[] index = {"index", "--solr", cluster.zkAddress(), "--collection", "cli", "--shards", "2", "--replicas", "1",
        "--no-vectors", "--data", data.toString(), "--index", tmp.resolve("cli-index").toString()};
    java.io.StringWriter out = new java.io.StringWriter();
    assertThat(org.jixiao.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true), index))
        .isZero();
    assertThat(out.toString()).contains("2 tables").contains("skipped").contains("notes.txt");
    try (SolrCollection cli = SolrCollection.open(cluster.zkAddress(), "cli", 2, 1, null, null, SolrSearcher.configset())) {
      SolrSearcher searcher = new SolrSearcher(cli.client(), cli.name(), null, Synonyms.builtIn(), Fusion.DEFAULT);
      assertThat(searcher.size().documents()).isEqualTo(2);
      java.nio.file.Files.delete(data.resolve("001-guangzhou-haizhu-digital-government.txt"));
      out = new java.io.StringWriter();
      assertThat(org.jixiao.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true), index))
          .isZero();
      assertThat(out.toString()).contains("took out 1 tables");
      assertThat(searcher.size().documents()).isEqualTo(1);
      assertThat(searcher.size().indicators()).isEqualTo(35);
    }
    assertThat(run("stats", "--solr", cluster.zkAddress(), "--collection", "cli")).contains("indicators: 35");
    // bench reports no index size for a collection (it lives on the nodes) and measures it all the same
    assertThat(run("bench", "--solr", cluster.zkAddress(), "--collection", "cli", "--no-vectors", "--mode", "bm25",
        "--rounds", "1", "--threads", "1", "--data", data.toString(), "--index", tmp.resolve("cli-index").toString()))
        .contains("p50");
    // The knowledge commands read the backend the options choose: the same answer from either.
    String[] embedded = {"--no-vectors", "--data", data.toString(), "--index", tmp.resolve("cli-embedded").toString()};
    String[] onSolr = {"--no-vectors", "--solr", cluster.zkAddress(), "--collection", "cli", "--data", data.toString(),
        "--index", tmp.resolve("cli-index").toString()};
    for (String[] question : List.of(new String[] {"concepts", "--json"}, new String[] {"benchmark", "--json", "满意度"})) {
      String want = run(concat(question, embedded));
      assertThat(want).contains("{");
      assertThat(run(concat(question, onSolr))).isEqualTo(want);
    }
  }

  private static String run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    assertThat(org.jixiao.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true), args))
        .as(String.join(" ", args)).isZero();
    return out.toString();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void everyJudgedQueryGivesTheSameAnswersInEveryMode() throws Exception {
    Judgments judged = Judgments.read(Path.of("src/test/resources/eval/seed-judgments.tsv"));
    int compared = 0;
    for (Judgments.Query q : judged.queries()) {
      for (SearchMode mode : SearchMode.values()) {
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("district", "海珠区"))) {
          SearchRequest request = new SearchRequest(q.text(), q.type(), 10, 0, filters, mode);
          BackendAgreementTest.assertSame("solr " + mode + " " + request, solr.search(request), embedded.search(request));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }
}
