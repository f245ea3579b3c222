package org.jixiao.api;

import org.jixiao.search.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.embed.EmbeddingUnavailableException;
import org.jixiao.index.Fields;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.Library;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SortOrder;
import org.jixiao.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: every route is registered in {@link #create}, each handled by a small method.
 * Errors become {@link ApiError} JSON with a 4xx status; an unexpected failure is logged and answered
 * with a 500 that carries no stack trace.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String GATE_ENTERED = "jixiao.gate";
  private static final String HEAVY_ENTERED = "jixiao.heavy";
  private static final String SEARCH_COUNTED = "jixiao.search";

  private final java.util.concurrent.atomic.AtomicReference<Services> current;
  private final KnowledgeRoutes knowledge;
  /** Searches answered lately, replayed on a new index before it serves. */
  private final RecentSearches recent;
  private final ObjectMapper mapper;

  private ApiServer(java.util.concurrent.atomic.AtomicReference<Services> current, KnowledgeRoutes knowledge, ObjectMapper mapper,
      RecentSearches recent) {
    this.recent = recent;
    this.current = current;
    this.knowledge = knowledge;
    this.mapper = mapper;
  }

  private SearchBackend searcher() {
    return current.get().searcher();
  }

  /** The application, not yet started, read-only (no uploads). */
  public static Javalin create(SearchBackend searcher) {
    return create(searcher, null, null);
  }

  /**
   * The application, not yet started.
   *
   * @param library changes the corpus (uploads, deletes); null for a read-only server
   * @param adminToken the token uploads and deletes need; null or blank turns them off
   */
  public static Javalin create(SearchBackend searcher, Library library, String adminToken) {
    return create(searcher, library, adminToken, RequestGate.standard(), RequestGate.heavy());
  }

  static Javalin create(SearchBackend searcher, Library library, String adminToken, RequestGate gate) {
    return create(searcher, library, adminToken, gate, RequestGate.heavy());
  }

  /**
   * @param gate admits every read request (searches, lookups, knowledge, draft checks)
   * @param heavy admits draft checks, uploads and deletes besides, fewer at once than there are
   *     cores, so that searches always have one
   */
  static Javalin create(SearchBackend searcher, Library library, String adminToken, RequestGate gate, RequestGate heavy) {
    return create(searcher, library, adminToken, gate, heavy, new RefusalPause(RefusalPause.PAUSE));
  }

  static Javalin create(SearchBackend searcher, Library library, String adminToken, RequestGate gate, RequestGate heavy,
      RefusalPause refusals) {
    ObjectMapper mapper = JsonViews.mapper();
    java.util.concurrent.atomic.AtomicReference<Services> current = new java.util.concurrent.atomic.AtomicReference<>(Services.of(searcher));
    KnowledgeRoutes knowledgeRoutes = new KnowledgeRoutes(() -> current.get().knowledge());
    RecentSearches recent = new RecentSearches();
    ApiServer api = new ApiServer(current, knowledgeRoutes, mapper, recent);
    DocumentRoutes documents = new DocumentRoutes(library, AdminToken.of(adminToken), current, heavy, recent);
    Javalin app = Javalin.create(config -> {
      config.jetty.multipartConfig.maxFileSize(DataLibrary.MAX_FILE_BYTES, io.javalin.config.SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(512, io.javalin.config.SizeUnit.MB);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.defaultContentType = "application/json; charset=utf-8";
      // A known path asked with another method is a 405 (with Allow), not a 404 that says it does not exist.
      config.http.prefer405over404 = true;
      // The UI and the ECharts WebJar, with their text types and charset named (Jetty alone sent
      // charset=null).
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        textTypes(files);
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/webjars";
        files.directory = "/META-INF/resources/webjars";
        files.location = Location.CLASSPATH;
        textTypes(files);
      });
    });
    app.before(SecurityHeaders::apply);
    // Reads queue at the gate; health stays instant and uploads are serialised by the library itself.
    app.before("/api/*", ctx -> {
      if (!ctx.path().equals("/api/health") && !ctx.path().startsWith("/api/documents")) {
        if (ctx.method() == io.javalin.http.HandlerType.POST) {
          // The body first: a client sending one byte at a time must not hold a permit meanwhile.
          RequestBodies.capped(ctx);
        }
        if (ctx.path().equals("/api/lint") || ctx.path().equals("/api/export")) {
          heavy.enter();
          ctx.attribute(HEAVY_ENTERED, Boolean.TRUE);
          // Heavy work gives way to the searches answered meanwhile (see GiveWay).
          org.jixiao.util.GiveWay.background();
        } else {
          org.jixiao.util.GiveWay.searchStarts();
          ctx.attribute(SEARCH_COUNTED, Boolean.TRUE);
        }
        gate.enter();
        ctx.attribute(GATE_ENTERED, Boolean.TRUE);
      }
    });
    // After-handlers run whether the endpoint succeeded or threw, so every permit comes back.
    app.after("/api/*", ctx -> release(ctx, gate, heavy));
    byte[] openApi = openApiDocument();
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    app.get("/api/health", ctx -> api.health(ctx, gate));
    app.get("/api/search", api::search);
    app.get("/api/projects/{id}", api::project);
    app.get("/api/indicators/{id}", api::indicator);
    app.get("/api/indicators/{id}/similar", api::similarIndicators);
    app.get("/api/export", api::export);
    app.get("/api/projects/{id}/similar", api::similarProjects);
    knowledgeRoutes.register(app);
    documents.register(app);
    app.exception(RequestGate.Busy.class, (e, ctx) -> {
      ctx.header("Retry-After", "1");
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    });
    app.exception(InvalidRequestException.class, (e, ctx) -> {
      if (e.kind() != InvalidRequestException.Kind.INVALID) {
        release(ctx, gate, heavy);
        refusals.pause();
      }
      error(ctx, switch (e.kind()) {
        case INVALID -> HttpStatus.BAD_REQUEST;
        case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        case TOO_COMPLEX -> HttpStatus.UNPROCESSABLE_CONTENT;
      }, e.getMessage());
    });
    app.exception(org.jixiao.index.StorageFull.class, (e, ctx) -> {
      LOG.error("disk full: {} {}", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.INSUFFICIENT_STORAGE, e.getMessage());
    });
    app.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(AdminToken.Refused.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(EmbeddingUnavailableException.class, (e, ctx) -> {
      LOG.error("embedding failed: {} {}", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "语义模型暂不可用，请改用 mode=bm25 / the embedding model is unavailable: use mode=bm25");
    });
    app.exception(org.jixiao.search.BackendUnavailableException.class, (e, ctx) -> {
      LOG.error("search backend unavailable: {} {}", ctx.method(), ctx.path(), e);
      ctx.header("Retry-After", "5");
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    });
    // Javalin's own responses (no such endpoint or file, wrong method) in the same JSON shape.
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
        release(ctx, gate, heavy);
        refusals.pause();
      }
      error(ctx, HttpStatus.forStatus(e.getStatus()), frameworkMessage(e));
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误 / internal server error");
    });
    // Error handlers also run after the exception mappers above; a body already set is kept.
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.resultInputStream() == null) {
        ctx.json(new ApiError("未找到 / not found"));
      }
    });
    app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
      if (ctx.resultInputStream() == null) {
        ctx.json(new ApiError("不支持的请求方法 / method not allowed"));
      }
    });
    return app;
  }

  /** Returns the request's permits, once: from the after-handler, or earlier before a refusal's pause. */
  private static void release(Context ctx, RequestGate gate, RequestGate heavy) {
    if (ctx.attribute(GATE_ENTERED) != null) {
      ctx.attribute(GATE_ENTERED, null);
      gate.leave();
    }
    if (ctx.attribute(HEAVY_ENTERED) != null) {
      ctx.attribute(HEAVY_ENTERED, null);
      heavy.leave();
      org.jixiao.util.GiveWay.foreground();
    }
    if (ctx.attribute(SEARCH_COUNTED) != null) {
      ctx.attribute(SEARCH_COUNTED, null);
      org.jixiao.util.GiveWay.searchEnds();
    }
  }

  private static String frameworkMessage(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "未找到 / not found";
      case 405 -> "不支持的请求方法 / method not allowed";
      case 413 -> "请求体过大 / request body too large";
      default -> "请求无法处理 / request cannot be handled: " + e.getMessage();
    };
  }

  /** The API's contract, {@code /api/openapi.json}: written by hand, checked against real answers by OpenApiContractTest. */
  static byte[] openApiDocument() {
    try (java.io.InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new ApiError(message));
  }

  private void health(Context ctx, RequestGate gate) throws java.io.IOException {
    SearchBackend.Size size = searcher().size();
    Map<String, Object> body = new LinkedHashMap<>();
    // Every permit taken: searches are queueing (or refused with 503) though the process is up.
    body.put("status", gate.available() == 0 ? "degraded" : "ok");
    body.put("freePermits", gate.available());
    body.put("documents", size.documents());
    body.put("projects", size.projects());
    body.put("indicators", size.indicators());
    body.put("vectors", searcher().hasVectors());
    ctx.json(body);
  }

  private void search(Context ctx) throws Exception {
    SearchRequest request = request(ctx, Params.integer(ctx, "limit", 10), Params.integer(ctx, "offset", 0));
    Services services = current.get();
    SearchBackend searcher = services.searcher();
    recent.add(request);
    KnowledgeRoutes.SearchAnswer answer = knowledge.withQuality(searcher.search(request, services.knowledge().qualityScores()))
        .withUnderstood(searcher.substitutions(request));
    // Nothing found: the query's words that find something alone (a first page only; a later one
    // that is empty is past the end, not a miss).
    ctx.json(answer.total() == 0 && request.offset() == 0 ? answer.withSuggestions(searcher.broader(request, 5)) : answer);
  }

  /** The search request a query string asks for (shared by search and export). */
  private static SearchRequest request(Context ctx, int limit, int offset) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      String value = ctx.queryParam(dim);
      if (value != null) {
        filters.put(dim, value);
      }
    }
    return new SearchRequest(ctx.queryParam("q"), ctx.queryParam("type"), limit, offset, filters,
        SearchMode.parse(ctx.queryParam("mode")), SortOrder.parse(ctx.queryParam("sort")));
  }

  /**
   * Every row of a search's result set (same parameters; {@code offset} skips rows, {@code limit}
   * caps them) as CSV, XLSX, JSON Lines or JSON, streamed as it is read.
   */
  private void export(Context ctx) throws Exception {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
    if (!Export.FORMATS.contains(format)) {
      throw new InvalidRequestException("format 须为 csv、xlsx、jsonl 或 json / format must be csv, xlsx, jsonl or json");
    }
    long max = Params.integer(ctx, "limit", Integer.MAX_VALUE);
    if (max < 1) {
      throw new InvalidRequestException("limit 须为正整数 / limit must be positive");
    }
    // The export starts where a page at this offset would: the rows before it are skipped.
    SearchRequest request = request(ctx, 1, Params.integer(ctx, "offset", 0));
    if (format.equals("xlsx")) {
      max = Math.min(max, Export.MAX_XLSX_ROWS);
    }
    if (!format.startsWith("json")) {
      ctx.header("Content-Disposition", "attachment; filename=\"jixiao-" + request.type() + "s." + format + "\"");
    }
    ctx.contentType(Export.contentType(format));
    try (Export out = Export.to(format, request.type(), ctx.outputStream(), mapper)) {
      Services services = current.get();
      services.searcher().export(request, max, out::rows, services.knowledge().qualityScores());
    }
  }

  private void similarIndicators(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(searcher().similarIndicators(id, Params.integer(ctx, "limit", 10))
        .orElseThrow(() -> new NotFoundException("没有这个指标：" + id + " / no indicator with id " + id)));
  }

  private void similarProjects(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(searcher().similarProjects(id, Params.integer(ctx, "limit", 10))
        .orElseThrow(() -> new NotFoundException("没有这个项目：" + id + " / no project with id " + id)));
  }

  private void project(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(searcher().corpus().project(id).orElseThrow(() -> new NotFoundException("没有这个项目：" + id + " / no project with id " + id)));
  }

  private void indicator(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(searcher().corpus().indicator(id).orElseThrow(() -> new NotFoundException("没有这个指标：" + id + " / no indicator with id " + id)));
  }

  /** Text files are UTF-8; saying so keeps browsers from guessing. */
  private static void textTypes(io.javalin.http.staticfiles.StaticFileConfig files) {
    files.mimeTypes.add("text/html; charset=utf-8", "html");
    files.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
    files.mimeTypes.add("text/css; charset=utf-8", "css");
    files.mimeTypes.add("application/json; charset=utf-8", "json", "map");
    files.mimeTypes.add("image/svg+xml; charset=utf-8", "svg");
  }
}
