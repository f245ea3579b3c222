package org.jixiao.api;

import org.jixiao.search.NotFoundException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.ingest.Ingestor;
import org.jixiao.knowledge.DraftLint;
import org.jixiao.knowledge.Knowledge;
import org.jixiao.knowledge.lint.IndicatorLint;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchResults;

/** The knowledge endpoints: concepts, benchmarks (对标), comparisons and drafting suggestions. */
final class KnowledgeRoutes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final java.util.function.Supplier<Knowledge> current;
  private final Ingestor ingestor = Ingestor.standard();

  KnowledgeRoutes(java.util.function.Supplier<Knowledge> current) {
    this.current = current;
  }

  void register(Javalin app) {
    app.get("/api/concepts", this::concepts);
    app.get("/api/benchmark", this::benchmark);
    app.get("/api/compare", this::compare);
    app.get("/api/compare/options", ctx -> ctx.json(current.get().comparisons().options(ctx.queryParam("by"))));
    app.post("/api/suggest", this::suggest);
    app.post("/api/lint", this::lint);
    app.get("/api/projects/{id}/quality", this::projectQuality);
  }

  private void projectQuality(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(LintView.of(current.get().projectQuality(id)
        .orElseThrow(() -> new NotFoundException("没有这个项目：" + id + " / no project with id " + id))));
  }

  /**
   * Search results with each indicator's quality (score and findings) added, for result cards. The
   * answer is serialized once, as it is: turning it into a tree to add the qualities and then writing
   * the tree cost a tenth of a search request at a million.
   */
  SearchAnswer withQuality(SearchResults results) throws IOException {
    List<Object> hits = new ArrayList<>(results.hits().size());
    for (Hit hit : results.hits()) {
      Optional<IndicatorLint> lint = hit instanceof IndicatorHit i ? current.get().indicatorQuality(i.id()) : Optional.empty();
      hits.add(lint.isPresent()
          ? new WithQuality(hit, new LintView.QualityView(lint.get().score(), LintView.findingsOf(lint.get().findings())))
          : hit);
    }
    return new SearchAnswer(results.total(), results.tookMs(), results.mode(), hits, results.facets(), null, null);
  }

  /**
   * {@link SearchResults} as the API writes it: a hit may carry its quality; an empty answer may
   * carry shorter queries that find something ({@code suggestions}, absent otherwise); an answer to
   * everyday words says which were searched as the tables' words ({@code understood}, absent otherwise).
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record SearchAnswer(long total, long tookMs, SearchMode mode, List<Object> hits, Map<String, Map<String, Long>> facets,
      List<org.jixiao.search.SearchBackend.Suggestion> suggestions, List<org.jixiao.search.Synonyms.Substitution> understood) {
    SearchAnswer withSuggestions(List<org.jixiao.search.SearchBackend.Suggestion> found) {
      return new SearchAnswer(total, tookMs, mode, hits, facets, found, understood);
    }

    SearchAnswer withUnderstood(List<org.jixiao.search.Synonyms.Substitution> said) {
      return said.isEmpty() ? this : new SearchAnswer(total, tookMs, mode, hits, facets, suggestions, List.copyOf(said));
    }
  }

  /** A hit's own fields, then its quality. */
  record WithQuality(@JsonUnwrapped Hit hit, LintView.QualityView quality) {}

  /** A draft table as {@code {"text": "…"}} or as the raw text (text/plain). */
  private void lint(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    byte[] body = RequestBodies.capped(ctx);
    byte[] content;
    if (type.startsWith("application/json")) {
      String text = text(jsonBody(body), "text");
      if (text == null || text.isBlank()) {
        throw new InvalidRequestException("请在 text 中给出表格 / give the table in \"text\"");
      }
      content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else {
      content = body;
    }
    ctx.json(LintView.of(new DraftLint(ingestor, current.get().linter()).lint("draft.txt", content)));
  }

  private void concepts(Context ctx) throws Exception {
    int min = Params.integer(ctx, "min", 1);
    if (min < 1) {
      throw new InvalidRequestException("min 须为正整数 / min must be positive");
    }
    ctx.json(Map.of("concepts", current.get().concepts().list(min)));
  }

  private void benchmark(Context ctx) throws Exception {
    String concept = ctx.queryParam("concept");
    String q = ctx.queryParam("q");
    if (concept != null && !concept.isBlank()) {
      ctx.json(current.get().benchmarks().ofConcept(concept.strip())
          .orElseThrow(() -> new NotFoundException("没有这个概念：" + concept + " / no concept " + concept)));
    } else if (q != null && !q.isBlank()) {
      if (q.length() > 200) {
        throw new InvalidRequestException("查询词过长（上限 200 字）/ the query is longer than 200 characters");
      }
      ctx.json(current.get().benchmarks().ofQuery(q.strip())
          .orElseThrow(() -> new NotFoundException("没有找到相关指标：" + q + " / no indicator matches " + q)));
    } else {
      throw new InvalidRequestException("请给出 concept 或 q / give concept=ID or q=TEXT");
    }
  }

  private void compare(Context ctx) throws Exception {
    String values = ctx.queryParam("values");
    List<String> list = values == null ? List.of() : Arrays.asList(values.split("[,，]"));
    ctx.json(current.get().comparisons().compare(ctx.queryParam("by"), list));
  }

  private void suggest(Context ctx) throws Exception {
    JsonNode body = jsonBody(RequestBodies.capped(ctx));
    ctx.json(current.get().suggestions().suggest(text(body, "project"), text(body, "goal")));
  }

  static JsonNode jsonBody(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new InvalidRequestException("请求体须为 JSON 对象 / the body must be a JSON object");
      }
      return node;
    } catch (java.io.IOException e) { // JsonProcessingException above all
      throw new InvalidRequestException("请求体不是有效的 JSON / the body is not valid JSON");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new InvalidRequestException(field + " 须为字符串 / " + field + " must be a string");
    }
    if (n.asText().length() > DraftLint.MAX_BYTES) {
      throw new InvalidRequestException(field + " 过长 / " + field + " is too long");
    }
    return n.asText();
  }
}
