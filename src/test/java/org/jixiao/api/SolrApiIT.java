package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.SolrCollection;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.Fusion;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SolrCluster;
import org.jixiao.search.SolrSearcher;
import org.jixiao.search.Synonyms;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API contract on both backends: the same requests to a server over the embedded index and to a
 * server over a SolrCloud collection (2 nodes, 2 shards × 2 replicas) holding the same bundled
 * corpus give the same status and the same JSON (search, project, indicator, similar items, export,
 * 对标, 对比, concepts, quality, lint), numbers equal to a relative 1e-4, timings left out.
 */
class SolrApiIT {

  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static SolrCluster cluster;
  static SolrCollection collection;
  static OpenIndex index;
  static Javalin embedded;
  static Javalin solr;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    cluster = SolrCluster.start(tmp, 2);
    collection = SolrCollection.open(cluster.zkAddress(), "contract", 2, 2, TestVectors.settings(), TestVectors.SHARED_CACHE,
        org.jixiao.search.SolrSearcher.configset());
    collection.put(Ingestor.standard().ingest(List.of(Path.of("data"))).documents());
    collection.commit();
    index = TestVectors.seedIndex(tmp.resolve("index"));
    embedded = ApiServer.create(TestVectors.searcher(index)).start("127.0.0.1", 0);
    solr = ApiServer.create(new SolrSearcher(collection.client(), collection.name(), new QueryVectors(BgeSmallZh.shared()),
        Synonyms.builtIn(), Fusion.DEFAULT)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {
        embedded == null ? null : embedded::stop, solr == null ? null : solr::stop, index, collection, cluster}) {
      if (c != null) {
        c.close();
      }
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The requests both servers are asked; ids are taken from the bundled corpus. */
  static Stream<String> requests() throws Exception {
    try (OpenIndex seeds = TestVectors.seedIndex(Path.of("target", "solr-api-it-ids"))) {
      List<IndicatorHit> some = TestVectors.searcher(seeds)
          .search(new SearchRequest("满意度", "indicator", 3, 0, Map.of(), SearchMode.BM25)).hits().stream()
          .map(IndicatorHit.class::cast).toList();
      String indicator = some.get(0).id();
      String project = some.get(0).record().projectId();
      List<String> out = new ArrayList<>();
      for (String query : List.of("满意度", "接通率", "系统稳定不宕机", "远程开会终端保障", "\"服务对象满意度\"", "qwertyuiop")) {
        for (String mode : List.of("hybrid", "bm25", "vector")) {
          out.add("/api/search?q=" + q(query) + "&mode=" + mode);
        }
      }
      out.add("/api/search?q=" + q("满意度") + "&district=" + q("海珠区"));
      out.add("/api/search?q=" + q("服务") + "&offset=10&limit=10");
      out.add("/api/search?q=" + q("热线") + "&type=project");
      out.add("/api/search?q=" + q("完成率") + "&sort=target_desc&mode=bm25");
      out.add("/api/search?q=" + q("满意度") + "&sort=quality");
      out.add("/api/projects/" + project);
      out.add("/api/projects/" + project + "/similar");
      out.add("/api/projects/" + project + "/quality");
      out.add("/api/projects/no-such-project");
      out.add("/api/indicators/" + indicator);
      out.add("/api/indicators/" + indicator + "/similar");
      out.add("/api/indicators/no-such-indicator/similar");
      out.add("/api/export?q=" + q("服务") + "&format=json");
      out.add("/api/export?q=" + q("满意度") + "&district=" + q("海珠区"));
      out.add("/api/concepts");
      out.add("/api/benchmark?q=" + q("接通率"));
      out.add("/api/benchmark?q=" + q("满意度"));
      out.add("/api/compare/options?by=district");
      out.add("/api/compare?by=district&values=" + q("海珠区,黄埔区"));
      out.add("/api/health");
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void bothBackendsAnswerTheSame(String path) throws Exception {
    HttpResponse<String> want = get(embedded, path);
    HttpResponse<String> got = get(solr, path);
    assertThat(got.statusCode()).as(path + " status").isEqualTo(want.statusCode());
    if (want.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      assertSameJson(path, JSON.readTree(got.body()), JSON.readTree(want.body()));
    } else {
      assertThat(got.body()).as(path).isEqualTo(want.body());
    }
  }

  @ParameterizedTest(name = "lint {0}")
  @MethodSource("drafts")
  void lintReadsTheSamePeers(String draft) throws Exception {
    HttpResponse<String> want = post(embedded, "/api/lint", draft);
    HttpResponse<String> got = post(solr, "/api/lint", draft);
    assertThat(got.statusCode()).isEqualTo(want.statusCode()).isEqualTo(200);
    assertSameJson("lint", JSON.readTree(got.body()), JSON.readTree(want.body()));
  }

  static Stream<String> drafts() {
    return Stream.of("""
        项目名称：12345热线服务
        产出指标 数量指标 受理工单数 ≥100万件
        效益指标 社会效益指标 群众满意度 ≥90%
        满意度指标 服务对象满意度指标 服务对象满意度 较高
        """);
  }

  @org.junit.jupiter.api.Test
  void uploadsAndDeletesUpdateTheCollection() throws Exception {
    Path data = java.nio.file.Files.createDirectories(tmp.resolve("upload-data"));
    for (String seed : List.of("002-zhongshan-12345-platform-self-evaluation-2022.txt", "001-guangzhou-haizhu-digital-government.txt")) {
      java.nio.file.Files.copy(Path.of("data", seed), data.resolve(seed));
    }
    org.jixiao.index.Indexer indexer = new org.jixiao.index.Indexer(Ingestor.standard(), TestVectors.settings());
    try (SolrCollection uploads = SolrCollection.open(cluster.zkAddress(), "uploads", 2, 2, TestVectors.settings(),
        TestVectors.SHARED_CACHE, org.jixiao.search.SolrSearcher.configset())) {
      uploads.put(Ingestor.standard().ingest(List.of(data)).documents());
      uploads.commit();
      SolrSearcher searcher = new SolrSearcher(uploads.client(), uploads.name(), new QueryVectors(BgeSmallZh.shared()),
          Synonyms.builtIn(), Fusion.DEFAULT);
      org.jixiao.index.DataLibrary library = new org.jixiao.index.DataLibrary(List.of(data),
          new org.jixiao.index.SolrCatalogue(uploads, indexer, List.of(data)), Ingestor.standard());
      String token = "solr-upload-token";
      io.javalin.testtools.JavalinTest.test(ApiServer.create(searcher, library, token), (server, client) -> {
        assertThat(DocumentsApiTest.documents(client)).isEqualTo(2);
        DocumentsApiTest.Answer a = DocumentsApiTest.send(client, DocumentsApiTest.upload(client, token,
            "hotline.txt", DocumentsApiTest.seed("000-guangzhou-12345-hotline-centre.txt"),
            "notes.txt", "这只是一段说明文字，没有表格。".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.body().get("files").get(0).get("status").asText()).isEqualTo("indexed");
        assertThat(a.body().get("files").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(a.body().get("index").get("documents").asInt()).isEqualTo(3);
        assertThat(DocumentsApiTest.documents(client)).isEqualTo(3);
        String found = "/api/search?mode=bm25&q=" + q("物业巡检完成率");
        assertThat(DocumentsApiTest.send(client, new okhttp3.Request.Builder().url(client.getOrigin() + found))
            .body().get("hits").get(0).get("name").asText()).isEqualTo("物业巡检完成率");

        String id = a.body().get("files").get(0).get("documentId").asText();
        DocumentsApiTest.Answer removed = DocumentsApiTest.send(client, new okhttp3.Request.Builder()
            .url(client.getOrigin() + "/api/documents/" + id).header("X-Admin-Token", token).delete());
        assertThat(removed.code()).isEqualTo(200);
        assertThat(DocumentsApiTest.documents(client)).isEqualTo(2);
        assertThat(DocumentsApiTest.send(client, new okhttp3.Request.Builder().url(client.getOrigin() + found))
            .body().get("total").asInt()).isZero();
      });
    }
  }

  private static HttpResponse<String> get(Javalin app, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(Javalin app, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Equal JSON, numbers to a relative 1e-4, timings ({@code tookMs}) and health's permits left out. */
  static void assertSameJson(String where, JsonNode got, JsonNode want) {
    if (want.isObject()) {
      ((ObjectNode) want).remove(List.of("tookMs", "freePermits"));
      ((ObjectNode) got).remove(List.of("tookMs", "freePermits"));
      assertThat(iterable(got.fieldNames())).as(where + " fields").containsExactlyElementsOf(iterable(want.fieldNames()));
      for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        assertSameJson(where + "." + f, got.get(f), want.get(f));
      }
    } else if (want.isArray()) {
      assertThat(got.size()).as(where + " size").isEqualTo(want.size());
      for (int i = 0; i < want.size(); i++) {
        assertSameJson(where + "[" + i + "]", got.get(i), want.get(i));
      }
    } else if (want.isNumber() && got.isNumber()) {
      double w = want.asDouble();
      assertThat(got.asDouble()).as(where).isCloseTo(w, org.assertj.core.api.Assertions.within(1e-4 * Math.max(1, Math.abs(w))));
    } else {
      assertThat(got).as(where).isEqualTo(want);
    }
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
