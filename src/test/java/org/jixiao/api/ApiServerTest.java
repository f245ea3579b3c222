package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import okhttp3.Response;
import org.jixiao.index.OpenIndex;
import org.jixiao.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.jixiao.embed.Embedder;
import org.jixiao.embed.EmbeddingUnavailableException;
import org.jixiao.embed.QueryVectors;
import org.jixiao.search.Fusion;
import org.jixiao.search.Searcher;
import org.jixiao.search.Synonyms;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API against a real server on a random port, over an index built in a temporary directory. */
class ApiServerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static OpenIndex index;
  static Javalin app;

  @BeforeAll
  static void build() throws Exception {
    index = TestVectors.seedIndex(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  record Answer(int code, JsonNode body, Response raw) {}

  static Answer get(io.javalin.testtools.HttpClient client, String path) throws Exception {
    try (Response res = client.get(path)) {
      String body = res.body().string();
      return new Answer(res.code(), JSON.readTree(body.isEmpty() ? "null" : body), res);
    }
  }

  static void withServer(io.javalin.testtools.TestCase test) {
    JavalinTest.test(ApiServer.create(TestVectors.searcher(index)), test);
  }

  @Test
  void healthCounts() {
    withServer((server, client) -> {
      Answer a = get(client, "/api/health");
      assertThat(a.code()).isEqualTo(200);
      assertThat(a.body().get("status").asText()).isEqualTo("ok");
      assertThat(a.body().get("documents").asInt()).isEqualTo(5);
      assertThat(a.body().get("projects").asInt()).isEqualTo(56);
      assertThat(a.body().get("indicators").asInt()).isEqualTo(264);
      assertThat(a.raw().header("Content-Type")).contains("application/json");
      assertThat(a.raw().header("X-Content-Type-Options")).isEqualTo("nosniff");
    });
  }

  @Test
  void searchReturnsHitsAndFacetsAsSpecified() {
    withServer((server, client) -> {
      Answer a = get(client, "/api/search?q=" + q("满意度") + "&limit=5");
      assertThat(a.code()).isEqualTo(200);
      JsonNode body = a.body();
      assertThat(body.get("total").asInt()).isGreaterThan(5);
      assertThat(body.has("tookMs")).isTrue();
      assertThat(body.get("hits")).hasSize(5);
      JsonNode hit = body.get("hits").get(0);
      for (String field : List.of("id", "type", "city", "district", "department", "unit", "project", "projectId", "year",
          "level1", "level2", "name", "target", "source", "score", "highlight")) {
        assertThat(hit.has(field)).as(field).isTrue();
      }
      assertThat(hit.get("type").asText()).isEqualTo("indicator");
      // Each indicator hit carries its quality badge beside its own fields.
      for (JsonNode h : body.get("hits")) {
        assertThat(h.get("quality").get("score").asInt()).as(h.get("name").asText()).isBetween(0, 100);
        assertThat(h.get("quality").get("findings").isArray()).isTrue();
      }
      JsonNode withTarget = null;
      for (JsonNode h : body.get("hits")) {
        if (h.get("target").isObject()) {
          withTarget = h;
          break;
        }
      }
      assertThat(withTarget).as("a hit with a target on the first page").isNotNull();
      for (String field : List.of("raw", "op", "value", "upper", "valueUnit", "period")) {
        assertThat(withTarget.get("target").has(field)).as("target." + field).isTrue();
      }
      assertThat(hit.get("source").get("file").asText()).endsWith(".txt");
      assertThat(hit.get("source").get("line").asInt()).isPositive();
      for (String dim : List.of("city", "district", "unit", "level1", "year")) {
        assertThat(body.get("facets").has(dim)).as(dim).isTrue();
      }
      assertThat(body.get("facets").get("city").get("广州市").asInt()).isPositive();
    });
  }

  @Test
  void filtersAndProjectsAndPaging() {
    withServer((server, client) -> {
      Answer filtered = get(client, "/api/search?q=" + q("满意度") + "&district=" + q("黄埔区") + "&limit=100");
      assertThat(filtered.body().get("hits")).allSatisfy(h -> assertThat(h.get("district").asText()).isEqualTo("黄埔区"));
      Answer projects = get(client, "/api/search?q=" + q("信息化运维") + "&type=project&year=2023");
      assertThat(projects.code()).isEqualTo(200);
      JsonNode first = projects.body().get("hits").get(0);
      for (String field : List.of("id", "type", "city", "district", "department", "unit", "name", "year", "budget", "goal", "indicatorCount", "score", "highlight")) {
        assertThat(first.has(field)).as(field).isTrue();
      }
      assertThat(first.get("type").asText()).isEqualTo("project");
      assertThat(first.get("year").asInt()).isEqualTo(2023);
      Answer page2 = get(client, "/api/search?q=" + q("满意度") + "&limit=5&offset=5");
      assertThat(page2.body().get("hits").get(0).get("id").asText())
          .isNotEqualTo(get(client, "/api/search?q=" + q("满意度") + "&limit=5").body().get("hits").get(0).get("id").asText());
    });
  }

  @Test
  void projectAndIndicatorById() {
    withServer((server, client) -> {
      JsonNode hit = get(client, "/api/search?q=" + q("视频会议满意率") + "&limit=1").body().get("hits").get(0);
      Answer indicator = get(client, "/api/indicators/" + hit.get("id").asText());
      assertThat(indicator.code()).isEqualTo(200);
      assertThat(indicator.body().get("name").asText()).isEqualTo("视频会议满意率");
      assertThat(indicator.body().get("targets")).hasSize(2);
      Answer project = get(client, "/api/projects/" + hit.get("projectId").asText());
      assertThat(project.code()).isEqualTo(200);
      assertThat(project.body().get("project").get("name").asText()).isEqualTo("海珠政务基础设施及服务经费");
      assertThat(project.body().get("indicators")).hasSize(6);
      assertThat(project.body().get("project").get("budget").get("total").decimalValue()).isEqualByComparingTo("730.86");
    });
  }

  @Test
  void everyModeAnswersAndHitsSayWhatFoundThem() {
    withServer((server, client) -> {
      for (String mode : List.of("bm25", "vector", "hybrid")) {
        Answer a = get(client, "/api/search?q=" + q("系统稳定不宕机") + "&mode=" + mode + "&limit=10");
        assertThat(a.code()).as(mode).isEqualTo(200);
        assertThat(a.body().get("mode").asText()).isEqualTo(mode);
        for (JsonNode h : a.body().get("hits")) {
          assertThat(h.get("foundBy").has(mode.equals("vector") ? "vector" : "bm25") || h.get("foundBy").has("vector")).isTrue();
        }
      }
      JsonNode hybrid = get(client, "/api/search?q=" + q("系统稳定不宕机")).body();
      assertThat(hybrid.get("mode").asText()).as("hybrid is the default").isEqualTo("hybrid");
      assertThat(hybrid.get("hits").findValuesAsText("name")).contains("服务提供期间内系统可用率", "正常运行率");
      Answer oneChar = get(client, "/api/search?q=" + q("率"));
      assertThat(oneChar.code()).isEqualTo(200);
      assertThat(oneChar.body().get("mode").asText()).isEqualTo("bm25");
      assertThat(get(client, "/api/health").body().get("vectors").asBoolean()).isTrue();
    });
  }

  @Test
  void similarIndicatorsAndProjectsFromOtherUnits() {
    withServer((server, client) -> {
      JsonNode hit = get(client, "/api/search?q=" + q("视频会议满意率") + "&limit=1&mode=bm25").body().get("hits").get(0);
      Answer similar = get(client, "/api/indicators/" + hit.get("id").asText() + "/similar?limit=5");
      assertThat(similar.code()).isEqualTo(200);
      assertThat(similar.body().get("item").get("name").asText()).isEqualTo("视频会议满意率");
      assertThat(similar.body().get("hits")).hasSize(5).allSatisfy(h -> {
        assertThat(h.get("unit").asText()).isNotEqualTo(hit.get("unit").asText());
        assertThat(h.has("city")).isTrue();
        assertThat(h.has("target")).isTrue();
      });
      Answer projects = get(client, "/api/projects/" + hit.get("projectId").asText() + "/similar");
      assertThat(projects.code()).isEqualTo(200);
      assertThat(projects.body().get("hits")).isNotEmpty()
          .allSatisfy(h -> assertThat(h.get("unit").asText()).isNotEqualTo(hit.get("unit").asText()));
    });
  }

  @Test
  void aFailingModelIsA503WithAMessageAndWordsStillWork() {
    Embedder broken = new Embedder() {
      @Override
      public String modelId() {
        return "broken";
      }

      @Override
      public int dimension() {
        return 512;
      }

      @Override
      public java.util.List<float[]> embed(java.util.List<String> texts) {
        throw new EmbeddingUnavailableException("文本向量化失败 / embedding failed: test", null);
      }
    };
    Searcher searcher = new Searcher(index, new QueryVectors(broken), Synonyms.builtIn(), Fusion.DEFAULT);
    JavalinTest.test(ApiServer.create(searcher), (server, client) -> {
      Answer failed = get(client, "/api/search?q=" + q("满意度"));
      assertThat(failed.code()).isEqualTo(503);
      assertThat(failed.body().get("error").asText()).contains("mode=bm25").doesNotContain("Exception");
      assertThat(get(client, "/api/search?q=" + q("满意度") + "&mode=bm25").code()).isEqualTo(200);
    });
  }

  @Test
  void badRequestsGetJsonErrorsNeverAStackTrace() {
    withServer((server, client) -> {
      for (String path : List.of(
          "/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=" + "率".repeat(201),
          "/api/search?q=a&limit=0", "/api/search?q=a&limit=101", "/api/search?q=a&limit=abc",
          "/api/search?q=a&type=document", "/api/search?q=a&offset=-3", "/api/search?q=a&mode=semantic",
          "/api/search?q=a&sort=best", "/api/export?q=a&sort=price",
          "/api/indicators/x/similar?limit=0", "/api/projects/x/similar?limit=500")) {
        Answer a = get(client, path);
        assertThat(a.code()).as(path).isEqualTo(400);
        assertThat(a.body().get("error").asText()).as(path).contains("/");
        assertThat(a.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
      }
      for (String path : List.of("/api/projects/nope", "/api/indicators/nope", "/api/nothing-here",
          "/api/indicators/nope/similar", "/api/projects/nope/similar")) {
        Answer a = get(client, path);
        assertThat(a.code()).as(path).isEqualTo(404);
        assertThat(a.body().get("error").asText()).as(path).isNotBlank();
      }
      for (String q : List.of("\"", ":", "(", "*", "\\", "满意度 AND (", "/*", "{!", "[", "?")) {
        Answer a = get(client, "/api/search?q=" + q(q));
        assertThat(a.code()).as(q).isEqualTo(200);
      }
    });
  }

  /** A known path asked with another method is a 405 with a JSON message, not a 404. */
  @Test
  void aWrongMethodIsA405() {
    withServer((server, client) -> {
      try (Response res = client.request("/api/search?q=a", b -> b.put(okhttp3.RequestBody.create(new byte[0])))) {
        assertThat(res.code()).isEqualTo(405);
        assertThat(JSON.readTree(res.body().string()).get("error").asText()).contains("不支持的请求方法");
      }
      assertThat(get(client, "/api/no-such-thing").code()).isEqualTo(404);
    });
  }

  /** Every request counted as a search for GiveWay is uncounted when it ends, answered or refused. */
  @Test
  void searchesInFlightAreCountedOnlyWhileTheyRun() {
    withServer((server, client) -> {
      for (String path : List.of("/api/search?q=" + q("满意度"), "/api/search?q=", "/api/projects/nope", "/api/concepts",
          "/api/export?q=" + q("满意度") + "&format=csv&limit=3", "/api/nothing-here")) {
        try (Response res = client.get(path)) {
          res.body().string();
        }
      }
      try (Response res = client.post("/api/lint", "{\"text\":\"\"}")) {
        assertThat(res.code()).isEqualTo(400);
      }
      assertThat(org.jixiao.util.GiveWay.searching()).isZero();
    });
  }

  @Test
  void theUiIsServedFromTheJar() {
    withServer((server, client) -> {
      try (Response res = client.get("/")) {
        assertThat(res.code()).isEqualTo(200);
        assertThat(res.body().string()).contains("绩效").contains("/app.js");
        assertThat(res.header("Content-Security-Policy")).contains("script-src 'self'");
      }
    });
  }

  /** The export holds every row of the result set, in every format, in the order of the pages. */
  @Test
  void exportsHoldEveryRowOfTheResultSetInItsOrder() throws Exception {
    withServer((server, client) -> {
      for (String mode : java.util.List.of("hybrid", "bm25", "vector")) {
        String query = "q=" + q("满意度") + "&mode=" + mode;
        long total = get(client, "/api/search?" + query + "&limit=1").body().get("total").asLong();
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < total; offset += 100) {
          get(client, "/api/search?" + query + "&limit=100&offset=" + offset).body().get("hits").forEach(h -> paged.add(h.get("id").asText()));
        }
        try (Response res = client.get("/api/export?" + query + "&format=jsonl")) {
          assertThat(res.header("Content-Type")).startsWith("application/x-ndjson");
          java.util.List<String> lines = res.body().string().lines().toList();
          assertThat(lines).as(mode).hasSize((int) total);
          java.util.List<String> ids = new java.util.ArrayList<>();
          for (String line : lines) {
            ids.add(JSON.readTree(line).get("id").asText());
          }
          assertThat(ids).as(mode).isEqualTo(paged);
        }
        // An offset starts the export where the page at that offset starts.
        try (Response res = client.get("/api/export?" + query + "&format=jsonl&offset=7&limit=5")) {
          java.util.List<String> ids = new java.util.ArrayList<>();
          for (String line : res.body().string().lines().toList()) {
            ids.add(JSON.readTree(line).get("id").asText());
          }
          assertThat(ids).as(mode + " offset 7").isEqualTo(paged.subList(7, Math.min(paged.size(), 12)));
        }
        Answer json = get(client, "/api/export?" + query + "&format=json");
        assertThat(json.body().get("hits")).as(mode).hasSize((int) total);
        try (Response csv = client.get("/api/export?" + query + "&format=csv")) {
          assertThat(csv.body().string().lines().count()).as(mode).isEqualTo(total + 1);
        }
      }
      try (Response capped = client.get("/api/export?q=" + q("满意度") + "&format=jsonl&limit=3")) {
        assertThat(capped.body().string().lines().count()).isEqualTo(3);
      }
      assertThat(get(client, "/api/export?q=" + q("满意度") + "&format=pdf").code()).isEqualTo(400);
      assertThat(get(client, "/api/export?q=" + q("满意度") + "&limit=0").code()).isEqualTo(400);
      assertThat(get(client, "/api/export?q=" + q("满意度") + "&offset=-1").code()).isEqualTo(400);
    });
  }

  /**
   * Sorting by quality uses the lint's score as the result cards show it; "有数值指标值" is the
   * targetKind facet's numeric value, and sorting by target under it puts every target's number in order.
   */
  @Test
  void resultsSortByQualityAndTargetAndFilterToNumericTargets() throws Exception {
    withServer((server, client) -> {
      String query = "/api/search?q=" + q("满意度") + "&limit=100";
      Answer byQuality = get(client, query + "&sort=quality");
      assertThat(byQuality.code()).isEqualTo(200);
      java.util.List<Integer> scores = new java.util.ArrayList<>();
      byQuality.body().get("hits").forEach(h -> scores.add(h.get("quality").get("score").asInt()));
      assertThat(scores).hasSizeGreaterThan(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(scores.get(0)).isGreaterThan(scores.get(scores.size() - 1));
      assertThat(byQuality.body().get("total").asLong()).isEqualTo(get(client, query).body().get("total").asLong());

      Answer all = get(client, query);
      long numeric = all.body().get("facets").get("targetKind").get("numeric").asLong();
      Answer onlyNumeric = get(client, query + "&targetKind=numeric&sort=target-asc");
      assertThat(onlyNumeric.body().get("total").asLong()).isEqualTo(numeric).isLessThan(all.body().get("total").asLong());
      java.util.List<Double> values = new java.util.ArrayList<>();
      onlyNumeric.body().get("hits").forEach(h -> {
        assertThat(h.get("target").get("kind").asText()).isEqualTo("numeric");
        values.add(h.get("target").get("value").asDouble());
      });
      assertThat(values).isNotEmpty().isSorted();
    });
  }

  /** An empty answer offers the query's words that find something alone; a non-empty one offers nothing. */
  @Test
  void anEmptyAnswerSuggestsBroaderQueries() throws Exception {
    withServer((server, client) -> {
      Answer empty = get(client, "/api/search?q=" + q("恐龙化石终端"));
      assertThat(empty.body().get("total").asLong()).isZero();
      JsonNode suggestions = empty.body().get("suggestions");
      assertThat(suggestions).isNotNull().isNotEmpty();
      java.util.List<String> words = new java.util.ArrayList<>();
      long previous = Long.MAX_VALUE;
      for (JsonNode s : suggestions) {
        words.add(s.get("query").asText());
        long total = s.get("total").asLong();
        assertThat(total).isPositive().isLessThanOrEqualTo(previous);
        previous = total;
        // each suggestion finds what it says
        assertThat(get(client, "/api/search?q=" + q(s.get("query").asText())).body().get("total").asLong()).isEqualTo(total);
      }
      assertThat(words).contains("终端").doesNotContain("恐龙");
      assertThat(get(client, "/api/search?q=" + q("满意度")).body().has("suggestions")).isFalse();
      assertThat(get(client, "/api/search?q=qwertyuiop").body().get("suggestions")).isEmpty();
    });
  }

  /** A query in everyday words says which of them were also searched as the tables' words. */
  @Test
  void everydayWordsSayWhichTablesWordsTheyWereSearchedAs() throws Exception {
    withServer((server, client) -> {
      JsonNode understood = get(client, "/api/search?q=" + q("设施隔多久查看一回")).body().get("understood");
      java.util.List<String> pairs = new java.util.ArrayList<>();
      understood.forEach(u -> pairs.add(u.get("said").asText() + "→" + u.get("written").asText()));
      assertThat(pairs).containsExactly("隔多久→频次", "查看→巡查");
      // A query in the tables' own words is searched as it is, and the answer says nothing more.
      assertThat(get(client, "/api/search?q=" + q("物业巡检完成率")).body().has("understood")).isFalse();
    });
  }
}
