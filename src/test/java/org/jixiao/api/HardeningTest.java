package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.jixiao.search.Searcher;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile requests: traversal, oversized input, cross-origin calls. */
class HardeningTest {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();

  record Answer(int code, String body, Response raw) {}

  static Answer raw(io.javalin.testtools.HttpClient client, String rawPath) throws Exception {
    // okhttp would normalise "..": build the URL so the encoded forms reach the server as sent.
    okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(client.getOrigin()).newBuilder().encodedPath(rawPath).build();
    try (Response res = client.getOkHttp().newCall(new Request.Builder().url(url).build()).execute()) {
      return new Answer(res.code(), res.body().string(), res);
    }
  }

  @Test
  void staticFilesCannotEscapeTheWebDirectory() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      for (String path : List.of("/..%2f..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%252f..%252fetc%252fpasswd",
          "/%2e%2e%2f%2e%2e%2fpom.xml", "/web/../../pom.xml", "/..\\\\..\\\\etc\\\\passwd", "/%c0%ae%c0%ae/etc/passwd")) {
        Answer a = raw(client, path);
        assertThat(a.code()).as(path).isIn(400, 404);
        assertThat(a.body()).as(path).doesNotContain("root:").doesNotContain("<project");
      }
      assertThat(raw(client, "/app.js").code()).isEqualTo(200);
    });
  }

  @Test
  void theGateQueuesReadsReturnsEveryPermitAndRefusesWithA503WhenFull() {
    RequestGate gate = new RequestGate(1, 10, java.time.Duration.ofMillis(300));
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index()), null, null, gate), (server, client) -> {
      // Failing requests (400, 404) give their permit back: with one permit a leak would block the next.
      for (int i = 0; i < 5; i++) {
        assertThat(client.get("/api/search?mode=nonsense&q=x").code()).isEqualTo(400);
        assertThat(client.get("/api/projects/none").code()).isEqualTo(404);
      }
      assertThat(client.get("/api/search?q=" + java.net.URLEncoder.encode("满意度", java.nio.charset.StandardCharsets.UTF_8)).code()).isEqualTo(200);
      assertThat(gate.available()).isEqualTo(1);

      gate.enter();
      try (Response busy = client.get("/api/search?q=x")) {
        assertThat(busy.code()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.body().string()).contains("服务器繁忙").contains("busy").doesNotContain("Exception");
      }
      // Health is not gated: a monitor still gets its answer while the readers queue, and it says so.
      try (Response health = client.get("/api/health")) {
        assertThat(health.code()).isEqualTo(200);
        assertThat(health.body().string()).contains("\"status\":\"degraded\"");
      }
      gate.leave();
      assertThat(client.get("/api/search?q=x").code()).isEqualTo(200);
      try (Response health = client.get("/api/health")) {
        assertThat(health.body().string()).contains("\"status\":\"ok\"");
      }
    });
  }

  @Test
  void securityHeadersAndNoCors() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      Request request = new Request.Builder().url(client.getOrigin() + "/api/health").header("Origin", "https://evil.example").build();
      try (Response res = client.getOkHttp().newCall(request).execute()) {
        assertThat(res.header("Access-Control-Allow-Origin")).isNull();
        assertThat(res.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(res.header("Referrer-Policy")).isEqualTo("no-referrer");
      }
      try (Response res = client.get("/")) {
        assertThat(res.header("Content-Security-Policy")).isNotNull();
      }
    });
  }

  @Test
  void oversizedInputIsRefusedCleanly() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      Answer longQuery = raw(client, "/api/search");
      assertThat(longQuery.code()).isEqualTo(400);
      String big = "表".repeat(3 * 1024 * 1024);
      Request post = new Request.Builder().url(client.getOrigin() + "/api/lint")
          .post(okhttp3.RequestBody.create(big.getBytes(java.nio.charset.StandardCharsets.UTF_8), okhttp3.MediaType.parse("text/plain")))
          .build();
      try (Response res = client.getOkHttp().newCall(post).execute()) {
        assertThat(res.code()).isBetween(400, 499);
        String body = res.body().string();
        assertThat(body).contains("error").doesNotContain("Exception").doesNotContain("at org.");
      }
    });
  }

  @Test
  void theUiAndItsChartLibraryAreServedAsUtf8Text() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      for (String path : List.of("/", "/app.js", "/js/dom.js", "/app.css", "/webjars/echarts/5.5.0/echarts.min.js")) {
        try (Response res = client.get(path)) {
          assertThat(res.code()).as(path).isEqualTo(200);
          assertThat(res.header("Content-Type")).as(path).containsIgnoringCase("charset=utf-8").doesNotContain("null");
        }
      }
      try (Response res = client.get("/app.js")) {
        assertThat(res.header("Content-Type")).startsWith("text/javascript");
      }
    });
  }

  @Test
  void aDraftThatBreaksTheParserIsABadRequestNotAServerError() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      Request post = new Request.Builder().url(client.getOrigin() + "/api/lint")
          .post(okhttp3.RequestBody.create(DocumentsApiTest.deeplyNested(), okhttp3.MediaType.parse("application/octet-stream")))
          .build();
      try (Response res = client.getOkHttp().newCall(post).execute()) {
        assertThat(res.code()).isEqualTo(400);
        assertThat(res.body().string()).contains("无法读取草稿").doesNotContain("at org.");
      }
    });
  }

  /** A body of {@code bytes} sent chunked: no Content-Length for the server to refuse it by. */
  static okhttp3.RequestBody chunked(int bytes, String type) {
    return new okhttp3.RequestBody() {
      @Override
      public okhttp3.MediaType contentType() {
        return okhttp3.MediaType.parse(type);
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        for (int sent = 0; sent < bytes; sent += block.length) {
          sink.write(block, 0, Math.min(block.length, bytes - sent));
        }
      }
    };
  }

  @Test
  void aChunkedBodyIsHeldToTheSameLimitAsOneThatStatesItsLength() {
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      for (String path : List.of("/api/lint", "/api/suggest")) {
        Request post = new Request.Builder().url(client.getOrigin() + path).post(chunked(3_000_000, "application/json")).build();
        try (Response res = client.getOkHttp().newCall(post).execute()) {
          assertThat(res.code()).as(path).isEqualTo(413);
          assertThat(res.body().string()).as(path).contains("过大");
        }
      }
      Request small = new Request.Builder().url(client.getOrigin() + "/api/suggest")
          .post(okhttp3.RequestBody.create("{\"project\":\"12345热线\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              okhttp3.MediaType.parse("application/json"))).build();
      try (Response res = client.getOkHttp().newCall(small).execute()) {
        assertThat(res.code()).isEqualTo(200);
      }
    });
  }

  @Test
  void aClientSendingItsBodySlowlyHoldsNoPermitMeanwhile() throws Exception {
    RequestGate gate = new RequestGate(1, 10, java.time.Duration.ofMillis(300));
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index()), null, null, gate), (server, client) -> {
      java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
      okhttp3.RequestBody slow = new okhttp3.RequestBody() {
        @Override
        public okhttp3.MediaType contentType() {
          return okhttp3.MediaType.parse("application/json");
        }

        @Override
        public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
          sink.writeUtf8("{\"project\":\"12345");
          sink.flush();
          started.countDown();
          try {
            Thread.sleep(1500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          sink.writeUtf8("热线\"}");
        }
      };
      Thread sender = new Thread(() -> {
        try (Response res = client.getOkHttp().newCall(new Request.Builder().url(client.getOrigin() + "/api/suggest").post(slow).build()).execute()) {
          res.body().string();
        } catch (java.io.IOException ignored) {
          // the test is about the search meanwhile
        }
      });
      sender.start();
      assertThat(started.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      // With one permit and a 300 ms wait, a permit held by the slow body would make this a 503.
      try (Response search = client.get("/api/search?q=x")) {
        assertThat(search.code()).isEqualTo(200);
      }
      sender.join(10_000);
      assertThat(gate.available()).isEqualTo(1);
    });
  }

  /** Heavy work has its own, smaller gate: while it is full, draft checks wait (503 past the wait) and searches go on. */
  @Test
  void heavyWorkCannotTakeEveryWorkerFromSearches() {
    RequestGate gate = new RequestGate(4, 10, java.time.Duration.ofSeconds(5));
    RequestGate heavy = new RequestGate(1, 10, java.time.Duration.ofMillis(300));
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index()), null, null, gate, heavy), (server, client) -> {
      String table = java.nio.file.Files.readString(Path.of("data/000-guangzhou-12345-hotline-centre.txt"));
      okhttp3.RequestBody body = okhttp3.RequestBody.create(table, okhttp3.MediaType.parse("text/plain; charset=utf-8"));
      heavy.enter();
      try {
        try (Response lint = client.getOkHttp().newCall(new Request.Builder().url(client.getOrigin() + "/api/lint").post(body).build()).execute()) {
          assertThat(lint.code()).isEqualTo(503);
        }
        String q = java.net.URLEncoder.encode("满意度", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(client.get("/api/search?mode=bm25&q=" + q).code()).isEqualTo(200);
      } finally {
        heavy.leave();
      }
      try (Response lint = client.getOkHttp().newCall(new Request.Builder().url(client.getOrigin() + "/api/lint").post(body).build()).execute()) {
        assertThat(lint.code()).isEqualTo(200);
      }
      assertThat(heavy.available()).as("every heavy permit comes back").isEqualTo(1);
      assertThat(gate.available()).isEqualTo(4);
    });
  }

  /**
   * A draft refused as too large is answered after the refusal pause, and the pause holds no permit:
   * a search meanwhile is answered, with every permit free.
   */
  @Test
  void aRefusedDraftWaitsWithoutHoldingAPermit() {
    RequestGate gate = new RequestGate(1, 10, java.time.Duration.ofMillis(300));
    RequestGate heavy = new RequestGate(1, 10, java.time.Duration.ofMillis(300));
    RefusalPause refusals = new RefusalPause(java.time.Duration.ofSeconds(2));
    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index()), null, null, gate, heavy, refusals), (server, client) -> {
      okhttp3.RequestBody pipes = okhttp3.RequestBody.create("|\n".repeat(150_000), okhttp3.MediaType.parse("text/plain; charset=utf-8"));
      long start = System.nanoTime();
      java.util.concurrent.CompletableFuture<Integer> refused = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try (Response r = client.getOkHttp().newCall(new Request.Builder().url(client.getOrigin() + "/api/lint").post(pipes).build()).execute()) {
          return r.code();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      while (refusals.waiting() == 0 && !refused.isDone()) {
        Thread.sleep(10);
      }
      assertThat(refusals.waiting()).as("the refusal is pausing").isEqualTo(1);
      assertThat(gate.available()).isEqualTo(1);
      assertThat(heavy.available()).isEqualTo(1);
      String q = java.net.URLEncoder.encode("满意度", java.nio.charset.StandardCharsets.UTF_8);
      assertThat(client.get("/api/search?mode=bm25&q=" + q).code()).isEqualTo(200);
      assertThat(refused.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(413);
      assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(2).toNanos());
      assertThat(refusals.waiting()).isZero();
    });
  }

  /** At most MAX_PAUSED refusals wait at once; the next is answered without a pause. */
  @Test
  void refusalPausesAreCapped() throws Exception {
    RefusalPause refusals = new RefusalPause(java.time.Duration.ofSeconds(3));
    List<Thread> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < RefusalPause.MAX_PAUSED; i++) {
      Thread t = new Thread(refusals::pause);
      t.start();
      waiting.add(t);
    }
    while (refusals.waiting() < RefusalPause.MAX_PAUSED) {
      Thread.sleep(5);
    }
    long start = System.nanoTime();
    refusals.pause();
    assertThat(System.nanoTime() - start).isLessThan(java.time.Duration.ofSeconds(1).toNanos());
    for (Thread t : waiting) {
      t.join();
    }
    assertThat(refusals.waiting()).isZero();
  }

}
