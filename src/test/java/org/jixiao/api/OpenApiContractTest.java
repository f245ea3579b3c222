package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document ({@code /api/openapi.json}) is the API's contract: every route the server
 * registers is in it and every operation in it is called here, and every answer (successes and
 * errors) validates against the schema the document gives for its status. The schemas forbid
 * undocumented fields, so a field added to an answer without the document fails here.
 */
class OpenApiContractTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "contract-token";
  static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @TempDir Path tmp;

  /** Operations called ("GET /api/search"), to compare with those documented and those registered. */
  final Set<String> called = new TreeSet<>();
  final Map<String, JsonSchema> compiled = new HashMap<>();
  int validated;

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void everyRouteIsDocumentedAndEveryAnswerMatchesItsSchema() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String seed : List.of("000-guangzhou-12345-hotline-centre.txt", "002-zhongshan-12345-platform-self-evaluation-2022.txt",
        "001-guangzhou-haizhu-digital-government.txt")) {
      Files.copy(Path.of("data", seed), data.resolve(seed));
    }
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    Indexer indexer = new Indexer(Ingestor.standard(), TestVectors.settings());
    indexer.update(List.of(data), location, false);
    try (OpenIndex index = OpenIndex.open(location)) {
      Javalin app = ApiServer.create(TestVectors.searcher(index), new DataLibrary(List.of(data), location, indexer, Ingestor.standard()), TOKEN);
      JavalinTest.test(app, (server, client) -> exercise(app, client));
    }
  }

  private void exercise(Javalin app, io.javalin.testtools.HttpClient client) throws Exception {
    JsonNode doc;
    try (Response res = client.get("/api/openapi.json")) {
      assertThat(res.code()).isEqualTo(200);
      assertThat(res.header("Content-Type")).startsWith("application/json");
      doc = JSON.readTree(res.body().string());
    }
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    check(doc, "GET", "/api/openapi.json", 200, doc);

    JsonNode health = get(doc, client, "/api/health", "/api/health", 200);
    assertThat(health.get("indicators").asInt()).isPositive();

    // Searches: each mode and type, a filter, a sort, an empty answer with suggestions, bad requests.
    JsonNode search = get(doc, client, "/api/search", "/api/search?q=" + q("满意度") + "&limit=5", 200);
    assertThat(search.get("hits")).isNotEmpty();
    assertThat(search.get("hits").get(0).has("quality")).isTrue();
    get(doc, client, "/api/search", "/api/search?q=" + q("热线") + "&type=project&limit=3", 200);
    get(doc, client, "/api/search", "/api/search?q=" + q("接通率") + "&mode=bm25&district=" + q("海珠区"), 200);
    get(doc, client, "/api/search", "/api/search?q=" + q("系统稳定不宕机") + "&mode=vector&sort=quality&limit=3", 200);
    get(doc, client, "/api/search", "/api/search?q=" + q("满意度") + "&targetKind=numeric&sort=target-desc&limit=3", 200);
    JsonNode empty = get(doc, client, "/api/search", "/api/search?q=" + q("恐龙化石终端"), 200);
    assertThat(empty.get("total").asLong()).isZero();
    assertThat(empty.has("suggestions")).isTrue();
    get(doc, client, "/api/search", "/api/search?q=", 400);
    get(doc, client, "/api/search", "/api/search?q=a&sort=price", 400);

    String indicatorId = search.get("hits").get(0).get("id").asText();
    String projectId = search.get("hits").get(0).get("projectId").asText();
    JsonNode project = get(doc, client, "/api/projects/{id}", "/api/projects/" + projectId, 200);
    assertThat(project.get("indicators")).isNotEmpty();
    get(doc, client, "/api/projects/{id}", "/api/projects/nope", 404);
    get(doc, client, "/api/projects/{id}/similar", "/api/projects/" + projectId + "/similar?limit=3", 200);
    get(doc, client, "/api/projects/{id}/similar", "/api/projects/nope/similar", 404);
    get(doc, client, "/api/projects/{id}/quality", "/api/projects/" + projectId + "/quality", 200);
    get(doc, client, "/api/projects/{id}/quality", "/api/projects/nope/quality", 404);
    get(doc, client, "/api/indicators/{id}", "/api/indicators/" + indicatorId, 200);
    get(doc, client, "/api/indicators/{id}", "/api/indicators/nope", 404);
    get(doc, client, "/api/indicators/{id}/similar", "/api/indicators/" + indicatorId + "/similar?limit=3", 200);
    get(doc, client, "/api/indicators/{id}/similar", "/api/indicators/" + indicatorId + "/similar?limit=0", 400);

    JsonNode exported = get(doc, client, "/api/export", "/api/export?q=" + q("满意度") + "&format=json&limit=3", 200);
    assertThat(exported.toString()).contains(indicatorId);
    try (Response csv = client.get("/api/export?q=" + q("满意度") + "&format=csv&limit=3")) {
      assertThat(csv.code()).isEqualTo(200);
      assertThat(documentedTypes(doc, "GET", "/api/export", 200)).anyMatch(t -> csv.header("Content-Type").startsWith(t));
    }
    get(doc, client, "/api/export", "/api/export?q=" + q("满意度") + "&format=pdf", 400);

    JsonNode concepts = get(doc, client, "/api/concepts", "/api/concepts?min=2", 200);
    String concept = concepts.get("concepts").get(0).get("id").asText();
    get(doc, client, "/api/concepts", "/api/concepts?min=0", 400);
    get(doc, client, "/api/benchmark", "/api/benchmark?concept=" + q(concept), 200);
    get(doc, client, "/api/benchmark", "/api/benchmark?q=" + q("接通率"), 200);
    get(doc, client, "/api/benchmark", "/api/benchmark?concept=nope", 404);
    get(doc, client, "/api/benchmark", "/api/benchmark", 400);
    get(doc, client, "/api/compare", "/api/compare?by=city&values=" + q("广州市,中山市"), 200);
    get(doc, client, "/api/compare", "/api/compare?by=district&values=" + q("海珠区"), 400);
    get(doc, client, "/api/compare", "/api/compare?by=planet&values=x", 400);
    get(doc, client, "/api/compare/options", "/api/compare/options?by=unit", 200);
    get(doc, client, "/api/compare/options", "/api/compare/options?by=planet", 400);

    send(doc, client, "POST", "/api/suggest", "/api/suggest", json("{\"project\":\"12345热线外包服务\",\"goal\":\"提升接通率\"}"), null, 200);
    send(doc, client, "POST", "/api/suggest", "/api/suggest", json("[1]"), null, 400);
    String draft = "项目名称：热线运维\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 接听电话量 ≥100万通\n满意度指标 服务对象满意度 群众满意度 高\n";
    send(doc, client, "POST", "/api/lint", "/api/lint", json(JSON.writeValueAsString(Map.of("text", draft))), null, 200);
    send(doc, client, "POST", "/api/lint", "/api/lint", RequestBody.create(draft, MediaType.get("text/plain; charset=utf-8")), null, 200);
    send(doc, client, "POST", "/api/lint", "/api/lint", json("{\"text\":\"\"}"), null, 400);

    // Uploads and deletes: refused without the token, then a file indexed and removed again.
    RequestBody file = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("files", "petitions.txt", RequestBody.create(Files.readAllBytes(Path.of("data/003-guangzhou-petitions-bureau.txt")),
            MediaType.get("text/plain")))
        .build();
    send(doc, client, "POST", "/api/documents", "/api/documents", file, null, 401);
    JsonNode uploaded = send(doc, client, "POST", "/api/documents", "/api/documents", file, TOKEN, 200);
    String documentId = uploaded.get("files").get(0).get("documentId").asText();
    send(doc, client, "DELETE", "/api/documents/{id}", "/api/documents/" + documentId, null, TOKEN, 200);
    send(doc, client, "DELETE", "/api/documents/{id}", "/api/documents/" + documentId, null, TOKEN, 404);

    // The schemas are strict: an undocumented field or a missing one fails.
    ObjectNode extra = search.deepCopy();
    extra.put("undocumented", 1);
    assertThat(errors(doc, "GET", "/api/search", 200, extra)).isNotEmpty();
    ObjectNode hitWithExtra = search.deepCopy();
    ((ObjectNode) hitWithExtra.get("hits").get(0)).put("targetUnit", "%");
    assertThat(errors(doc, "GET", "/api/search", 200, hitWithExtra)).isNotEmpty();
    ObjectNode missing = project.deepCopy();
    ((ObjectNode) missing.get("indicators").get(0)).remove("target");
    assertThat(errors(doc, "GET", "/api/projects/{id}", 200, missing)).isNotEmpty();

    Set<String> documented = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
      if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
        documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
      }
    }));
    Set<String> registered = new TreeSet<>();
    app.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(h -> {
      String method = h.getEndpoint().getMethod().name();
      if (h.getEndpoint().getPath().startsWith("/api/") && Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
        registered.add(method + " " + h.getEndpoint().getPath());
      }
    });
    assertThat(documented).as("documented = registered").isEqualTo(registered);
    assertThat(called).as("every documented operation is called").isEqualTo(documented);
    assertThat(validated).isGreaterThan(40);
  }

  private JsonNode get(JsonNode doc, io.javalin.testtools.HttpClient client, String template, String path, int status) throws Exception {
    return send(doc, client, "GET", template, path, null, null, status);
  }

  private static RequestBody json(String body) {
    return RequestBody.create(body, MediaType.get("application/json; charset=utf-8"));
  }

  private JsonNode send(JsonNode doc, io.javalin.testtools.HttpClient client, String method, String template, String path,
      RequestBody body, String token, int status) throws Exception {
    Request.Builder request = new Request.Builder().url(client.getOrigin() + path).method(method, body);
    if (token != null) {
      request.header("X-Admin-Token", token);
    }
    try (Response res = client.getOkHttp().newCall(request.build()).execute()) {
      String text = res.body().string();
      assertThat(res.code()).as(method + " " + path + ": " + text).isEqualTo(status);
      assertThat(res.header("Content-Type")).as(method + " " + path).startsWith("application/json");
      JsonNode answer = JSON.readTree(text);
      check(doc, method, template, status, answer);
      return answer;
    }
  }

  private void check(JsonNode doc, String method, String template, int status, JsonNode answer) {
    called.add(method + " " + template);
    List<String> errors = errors(doc, method, template, status, answer);
    assertThat(errors).as(method + " " + template + " " + status + " against the document").isEmpty();
    validated++;
  }

  /** The answer's deviations from the schema the document gives for this operation and status. */
  private List<String> errors(JsonNode doc, String method, String template, int status, JsonNode answer) {
    JsonNode response = doc.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT)).path("responses")
        .path(String.valueOf(status));
    assertThat(response.isMissingNode()).as("documented: " + method + " " + template + " " + status).isFalse();
    JsonNode schema = response.path("content").path("application/json").path("schema");
    assertThat(schema.isMissingNode()).as("JSON schema of " + method + " " + template + " " + status).isFalse();
    String key = method + " " + template + " " + status;
    JsonSchema compiledSchema = compiled.computeIfAbsent(key, k -> {
      // The schema with the document's components beside it, so "#/components/…" resolves.
      ObjectNode root = schema.deepCopy();
      root.set("components", doc.get("components"));
      return SCHEMAS.getSchema(root);
    });
    List<String> out = new ArrayList<>();
    compiledSchema.validate(answer).forEach(e -> out.add(e.toString()));
    return out;
  }

  private static List<String> documentedTypes(JsonNode doc, String method, String template, int status) {
    List<String> types = new ArrayList<>();
    doc.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT)).path("responses").path(String.valueOf(status))
        .path("content").fieldNames().forEachRemaining(types::add);
    return types;
  }
}
