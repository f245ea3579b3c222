package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar the way a new user does: {@code serve} with no data directory of its own,
 * so the bundled corpus is used and the index is built on first start.
 */
class ServeIT {

  private static final Pattern SERVING = Pattern.compile("serving at http://[^:]+:(\\d+)/");

  @TempDir Path cwd;

  @Test
  void servesTheBundledCorpusFromAnEmptyDirectory() throws Exception {
    Path jar = Path.of(System.getProperty("jixiao.jar"));
    assertThat(jar).exists();
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", jar.toString(), "serve", "--port", "0")
        .directory(cwd.toFile())
        .redirectErrorStream(true)
        .start();
    try {
      Started started = awaitPort(process);
      int port = started.port();
      // No ./data here: the bundled corpus is copied and announced once, however often it is asked for.
      assertThat(started.output().split("未找到 ./data", -1)).as(started.output()).hasSize(2);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode health = get(http, port, "/api/health");
      assertThat(health.path("status").asText()).isEqualTo("ok");
      assertThat(health.path("documents").asInt()).isEqualTo(5);
      assertThat(health.path("projects").asInt()).isEqualTo(56);
      assertThat(health.path("indicators").asInt()).isEqualTo(264);

      JsonNode search = get(http, port, "/api/search?q=" + URLEncoder.encode("满意度", StandardCharsets.UTF_8));
      assertThat(search.path("total").asInt()).isGreaterThan(5);
      // the default index location is ./index, created beside the user's working directory
      assertThat(cwd.resolve("index")).isDirectory();
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static JsonNode get(HttpClient http, int port, String path) throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  /** The server's port, and what it printed until it announced it. */
  private record Started(int port, String output) {}

  /** Reads the server's output until it announces its port; fails after two minutes. */
  private static Started awaitPort(Process process) throws Exception {
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.offer(line);
        }
      } catch (Exception ignored) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        assertThat(process.isAlive()).as("server exited early:\n%s", seen).isTrue();
        continue;
      }
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return new Started(Integer.parseInt(m.group(1)), seen.toString());
      }
    }
    throw new AssertionError("server did not start within two minutes:\n" + seen);
  }
}
