package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jixiao.index.OpenIndex;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge endpoints against a real server over the seeds. */
class KnowledgeApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static OpenIndex index;

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

  record Answer(int code, JsonNode body) {}

  static Answer get(io.javalin.testtools.HttpClient client, String path) throws Exception {
    try (Response res = client.get(path)) {
      return new Answer(res.code(), JSON.readTree(res.body().string()));
    }
  }

  static Answer post(io.javalin.testtools.HttpClient client, String path, String body, String type) throws Exception {
    Request request = new Request.Builder()
        .url(client.getOrigin() + path)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.parse(type)))
        .build();
    try (Response res = client.getOkHttp().newCall(request).execute()) {
      return new Answer(res.code(), JSON.readTree(res.body().string()));
    }
  }

  static void withServer(io.javalin.testtools.TestCase test) {
    JavalinTest.test(ApiServer.create(TestVectors.searcher(index)), test);
  }

  @Test
  void conceptsAndBenchmarks() {
    withServer((server, client) -> {
      Answer concepts = get(client, "/api/concepts?min=2");
      assertThat(concepts.code()).isEqualTo(200);
      JsonNode first = concepts.body().get("concepts").get(0);
      assertThat(first.get("id").asText()).isEqualTo("satisfaction");
      assertThat(first.get("byRegion").has("海珠区")).isTrue();

      Answer bench = get(client, "/api/benchmark?concept=satisfaction");
      assertThat(bench.code()).isEqualTo(200);
      for (String field : List.of("concept", "valueUnit", "count", "stats", "histogram", "targets", "outliers", "qualitative")) {
        assertThat(bench.body().has(field)).as(field).isTrue();
      }
      for (String field : List.of("min", "p25", "median", "p75", "max")) {
        assertThat(bench.body().get("stats").has(field)).as(field).isTrue();
      }
      assertThat(get(client, "/api/benchmark?q=" + q("群众满意率")).body().get("concept").get("id").asText()).isEqualTo("satisfaction");
      assertThat(get(client, "/api/benchmark").code()).isEqualTo(400);
      assertThat(get(client, "/api/benchmark?concept=nope").code()).isEqualTo(404);
      assertThat(get(client, "/api/concepts?min=0").code()).isEqualTo(400);
    });
  }

  @Test
  void compareAndSuggest() {
    withServer((server, client) -> {
      Answer compare = get(client, "/api/compare?by=district&values=" + q("海珠区,黄埔区"));
      assertThat(compare.code()).isEqualTo(200);
      assertThat(compare.body().get("sides")).hasSize(2);
      assertThat(compare.body().get("shared").isArray()).isTrue();
      assertThat(get(client, "/api/compare?by=district&values=" + q("海珠区")).code()).isEqualTo(400);
      assertThat(get(client, "/api/compare?by=planet&values=a,b").code()).isEqualTo(400);
      // A value the corpus has no data for is a 404, as a concept or query with nothing is for 对标.
      Answer unknown = get(client, "/api/compare?by=district&values=" + q("海珠区,火星区"));
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(unknown.body().get("error").asText()).startsWith("没有找到：火星区");
      Answer options = get(client, "/api/compare/options?by=unit");
      assertThat(options.code()).isEqualTo(200);
      assertThat(options.body().get("values").get(0).get("indicators").asLong()).isPositive();
      assertThat(get(client, "/api/compare/options?by=planet").code()).isEqualTo(400);

      Answer suggest = post(client, "/api/suggest", "{\"project\":\"信访接待大厅运行经费\",\"goal\":\"保障来访群众接待\"}", "application/json");
      assertThat(suggest.code()).isEqualTo(200);
      assertThat(suggest.body().get("groups")).isNotEmpty();
      assertThat(suggest.body().get("groups").get(0).get("indicators").get(0).get("wording").asText()).contains("年度指标值：");
      assertThat(post(client, "/api/suggest", "{not json", "application/json").code()).isEqualTo(400);
      assertThat(post(client, "/api/suggest", "{\"project\": 5}", "application/json").code()).isEqualTo(400);
      assertThat(post(client, "/api/suggest", "{}", "application/json").code()).isEqualTo(400);
    });
  }

  @Test
  void lintADraftAsJsonOrAsText() throws Exception {
    String draft = Files.readString(Path.of("data/000-guangzhou-12345-hotline-centre.txt"), StandardCharsets.UTF_8);
    withServer((server, client) -> {
      Answer json = post(client, "/api/lint", JSON.writeValueAsString(java.util.Map.of("text", draft)), "application/json");
      assertThat(json.code()).isEqualTo(200);
      assertThat(json.body().get("projects")).hasSize(7);
      JsonNode project = json.body().get("projects").get(0);
      for (String field : List.of("name", "unit", "score", "findings", "indicators")) {
        assertThat(project.has(field)).as(field).isTrue();
      }
      JsonNode indicator = project.get("indicators").get(0);
      for (String field : List.of("name", "level1", "target", "score", "findings")) {
        assertThat(indicator.has(field)).as(field).isTrue();
      }
      // Every 年度指标值：无 is an error.
      boolean anyMissing = false;
      for (JsonNode p : json.body().get("projects")) {
        for (JsonNode i : p.get("indicators")) {
          if (i.get("target") != null && "无".equals(i.get("target").path("raw").asText())) {
            assertThat(i.get("findings").findValuesAsText("rule")).contains("target-missing");
            assertThat(i.get("findings").findValuesAsText("severity")).contains("error");
            anyMissing = true;
          }
        }
      }
      assertThat(anyMissing).isTrue();

      Answer text = post(client, "/api/lint", draft, "text/plain; charset=utf-8");
      assertThat(text.code()).isEqualTo(200);
      assertThat(text.body().get("projects")).hasSize(7);

      // A line that looks like an indicator but is not read is named, with its line number.
      String partly = "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 维护路灯数量 | ≥500盏\n备注：另有产出指标 更换灯具 ≥20套，见附表\n";
      Answer unread = post(client, "/api/lint", partly, "text/plain; charset=utf-8");
      assertThat(unread.code()).isEqualTo(200);
      assertThat(unread.body().get("warnings").toString()).contains("第3行").contains("look like indicators but were not read: 3");

      Answer prose = post(client, "/api/lint", "这只是一段说明文字，没有表格。", "text/plain; charset=utf-8");
      assertThat(prose.code()).isEqualTo(400);
      assertThat(prose.body().get("error").asText()).contains("未识别");
      assertThat(post(client, "/api/lint", "{\"text\": \"\"}", "application/json").code()).isEqualTo(400);
      assertThat(post(client, "/api/lint", "", "text/plain").code()).isEqualTo(400);

      // Over a limit every file is held to: 413, with the limit named.
      Answer rows = post(client, "/api/lint", "|\n".repeat(org.jixiao.ingest.read.Sheet.MAX_ROWS + 1), "text/plain");
      assertThat(rows.code()).isEqualTo(413);
      assertThat(rows.body().get("error").asText()).startsWith("无法读取草稿：表格行数过多（上限 100000 行）").contains("rows");
    });
  }
}
