package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.api.DocumentsApiTest.TOKEN;
import static org.jixiao.api.DocumentsApiTest.documents;
import static org.jixiao.api.DocumentsApiTest.send;
import static org.jixiao.api.DocumentsApiTest.upload;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Request;
import org.jixiao.cli.Main;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.Searcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full index disk, for real: the index lives on a small tmpfs that the test fills to the last
 * byte (mounting needs root, which CI has; elsewhere the test is skipped, in CI it must run). An
 * upload or a delete that meets the full disk is a 507 and changes nothing; the previous index is
 * still served, and still served after a restart, with the cause said.
 */
class DiskFullIT {

  @TempDir Path tmp;
  Path disk;
  Path data;
  Path indexDir;

  @BeforeEach
  void mountASmallDisk() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root: " + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(mounted).as("CI runs as root and can mount a tmpfs").isTrue();
    data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    indexDir = disk.resolve("index");
  }

  @AfterEach
  void unmount() throws Exception {
    if (disk != null) {
      new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Writes until the file system refuses: nothing more fits on the disk. */
  private void fill() throws IOException {
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException full) {
      assertThat(full.getMessage()).containsIgnoringCase("no space left");
    }
  }

  private List<String> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aChangeMeetingAFullDiskIsA507AndChangesNothing() throws Exception {
    IndexLocation location = new IndexLocation(indexDir);
    Indexer indexer = new Indexer(Ingestor.standard(), null);
    indexer.update(List.of(data), location, false);
    DataLibrary library = new DataLibrary(List.of(data), location, indexer, Ingestor.standard());
    byte[] hotline = Files.readAllBytes(Path.of("data/000-guangzhou-12345-hotline-centre.txt"));
    byte[] haizhu = Files.readAllBytes(Path.of("data/001-guangzhou-haizhu-digital-government.txt"));

    JavalinTest.test(ApiServer.create(Searcher.keywordOnly(OpenIndex.open(location)), library, TOKEN), (server, client) -> {
      assertThat(send(client, upload(client, TOKEN, "hotline.txt", hotline)).code()).isEqualTo(200);
      assertThat(documents(client)).isEqualTo(2);
      String generation = files(indexDir).stream().filter(n -> n.startsWith("gen-")).findFirst().orElseThrow();
      long total = send(client, new Request.Builder().url(client.getOrigin() + "/api/search?q=满意度&mode=bm25")).body().get("total").asLong();

      fill();

      // a new file
      DocumentsApiTest.Answer added = send(client, upload(client, TOKEN, "haizhu.txt", haizhu));
      assertThat(added.code()).isEqualTo(507);
      assertThat(added.body().get("error").asText()).startsWith("磁盘空间不足").contains("no space left");
      // a replaced file: the old one comes back
      DocumentsApiTest.Answer replaced = send(client, upload(client, TOKEN, "hotline.txt", haizhu));
      assertThat(replaced.code()).isEqualTo(507);
      assertThat(java.util.Arrays.equals(Files.readAllBytes(data.resolve("uploads/hotline.txt")), hotline))
          .as("the replaced file is back as it was").isTrue();
      // a delete: the file stays where it was
      String hotlineId = Ingestor.documentId("uploads/hotline.txt");
      assertThat(send(client, new Request.Builder().url(client.getOrigin() + "/api/documents/" + hotlineId).delete()
          .header("Authorization", "Bearer " + TOKEN)).code()).isEqualTo(507);

      assertThat(files(data.resolve("uploads"))).containsExactly("hotline.txt");
      assertThat(files(data.resolve(".deleted"))).isEmpty();
      assertThat(files(indexDir)).contains("CURRENT", generation).noneMatch(n -> n.startsWith("gen-") && !n.equals(generation));
      assertThat(documents(client)).isEqualTo(2);
      assertThat(send(client, new Request.Builder().url(client.getOrigin() + "/api/search?q=满意度&mode=bm25")).body().get("total").asLong())
          .isEqualTo(total);
    });

    // A restart on the full disk: the data are as the index has them, so it opens as it was.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "stats", "--no-vectors", "--data", data.toString(), "--index", indexDir.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("警告");
  }

  /**
   * Data changed while the server was down, and the disk is full: the build cannot finish, so the
   * last generation is served, with the real cause (not Lucene's AlreadyClosedException).
   */
  @Test
  void aRestartOnAFullDiskServesTheLastGeneration() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "index", "--no-vectors", "--data", data.toString(), "--index", indexDir.toString()))
        .as(err.toString()).isZero();
    Files.copy(Path.of("data/000-guangzhou-12345-hotline-centre.txt"), data.resolve("hotline.txt"));
    fill();

    out = new StringWriter();
    err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "search", "--no-vectors", "--mode", "bm25", "--data", data.toString(),
        "--index", indexDir.toString(), "满意度");
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("磁盘空间不足").contains("继续使用上一版索引").doesNotContain("AlreadyClosed");
    assertThat(out.toString()).contains("满意");
    try (Stream<Path> s = Files.list(indexDir)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith("gen-")).count()).as("the failed build's generation is removed").isEqualTo(1);
    }

    // Asked to rebuild on purpose, it fails, and says why.
    err = new StringWriter();
    code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "index", "--rebuild", "--no-vectors", "--data", data.toString(),
        "--index", indexDir.toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("磁盘空间不足");
  }
}
