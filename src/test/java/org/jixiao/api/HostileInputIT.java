package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.knowledge.DraftLint;
import org.jixiao.search.Searcher;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to take the server down (issue 22), with the search they must not disturb. The
 * bounds here are generous, the budgets themselves; the measured times are in BENCHMARKS.md.
 */
class HostileInputIT {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();

  @TempDir Path tmp;

  /** A megabyte of pipe rows, and a megabyte of table-like noise: each answered within its budget while searches go on. */
  @Test
  void draftsBuiltToBeSlowAreAnsweredWithinTheBudgetAndSearchesGoOn() throws Exception {
    byte[] pipes = "|\n".repeat(500_000).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(22);
    String chars = "产出指标数量质量时效成本效益满意度≥≤%个1234567890 |\n，。：";
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 330_000; i++) {
      noise.append(chars.charAt(random.nextInt(chars.length())));
    }
    byte[] noisy = noise.toString().getBytes(StandardCharsets.UTF_8);

    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(SEED.index())), (server, client) -> {
      OkHttpClient http = client.getOkHttp().newBuilder().readTimeout(60, TimeUnit.SECONDS).build();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<long[]>> drafts = new ArrayList<>();
        for (byte[] body : List.of(pipes, noisy, pipes, noisy)) {
          drafts.add(pool.submit(() -> {
            long start = System.nanoTime();
            Request post = new Request.Builder().url(client.getOrigin() + "/api/lint")
                .post(RequestBody.create(body, MediaType.parse("text/plain"))).build();
            try (Response res = http.newCall(post).execute()) {
              return new long[] {res.code(), (System.nanoTime() - start) / 1_000_000};
            }
          }));
        }
        List<Integer> searches = new ArrayList<>();
        String q = URLEncoder.encode("满意度", StandardCharsets.UTF_8);
        while (drafts.stream().anyMatch(f -> !f.isDone())) {
          try (Response res = http.newCall(new Request.Builder().url(client.getOrigin() + "/api/search?mode=bm25&q=" + q).build()).execute()) {
            searches.add(res.code());
          }
        }
        for (Future<long[]> f : drafts) {
          long[] answer = f.get();
          assertThat(answer[0]).as("a draft is answered, never a 5xx").isIn(200L, 400L, 413L, 422L);
          assertThat(answer[1]).as("within the draft budget and the queue before it").isLessThan(2 * DraftLint.BUDGET.toMillis() + 5_000);
        }
        assertThat(searches).isNotEmpty().containsOnly(200);
      } finally {
        pool.shutdownNow();
      }
    });
  }

  /** A workbook of a million one-cell rows, in a 1 GB heap: refused with the reason in seconds, not an OutOfMemoryError. */
  @Test
  void aMillionRowWorkbookIsRefusedInASmallHeap() throws Exception {
    Path workbook = tmp.resolve("million.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
      var sheet = wb.createSheet();
      for (int r = 0; r < 1_000_000; r++) {
        sheet.createRow(r).createCell(0).setCellValue("x" + r % 10);
      }
      wb.write(out);
      wb.dispose();
    }
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(workbook, data.resolve("million.xlsx"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    Process index = new ProcessBuilder("java", "-Xmx1g", "-jar", System.getProperty("jixiao.jar", "target/jixiao.jar"), "index", "--no-vectors",
        "--data", data.toString(), "--index", tmp.resolve("index").toString())
        .redirectErrorStream(true).start();
    String output = new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(index.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(index.exitValue()).as(output).isZero();
    assertThat(output).contains("跳过 / skipped: million.xlsx — 表格行数过多").doesNotContain("OutOfMemoryError");
    assertThat(output).as("the good file beside it is indexed").contains("indexed: 1 个文件");
  }
}
