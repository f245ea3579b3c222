package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code index} (SIGKILL) at random points of a rebuild, several times, and shows that the
 * previous index still opens and answers with the same counts; then damages the index and shows
 * that {@code index --rebuild} recovers.
 */
class CrashSafetyIT {

  @TempDir Path tmp;

  Process index(Path data, Path indexDir, String... extra) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("jixiao.jar"),
        "index", "--no-vectors", "--data", data.toString(), "--index", indexDir.toString()));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("index.log").toFile()).start();
  }

  @Test
  void killedBuildsNeverDamageTheIndexInUse() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (Stream<Path> seeds = Files.list(Path.of("data"))) {
      for (Path s : seeds.toList()) {
        Files.copy(s, data.resolve(s.getFileName()));
      }
    }
    Path indexDir = tmp.resolve("index");
    assertThat(index(data, indexDir).waitFor(2, TimeUnit.MINUTES)).isTrue();
    IndexLocation location = new IndexLocation(indexDir);
    IndexReport before = location.currentReport().orElseThrow();
    assertThat(before.indicators()).isEqualTo(264);

    // More files make each rebuild long enough to be killed in the middle.
    for (int copy = 0; copy < 20; copy++) {
      Files.copy(Path.of("data/004-guangzhou-huangpu-government-services-data.txt"), data.resolve("more-" + copy + ".txt"));
    }
    Random random = new Random(42);
    for (int attempt = 0; attempt < 5; attempt++) {
      Process p = index(data, indexDir, "--rebuild");
      Thread.sleep(300 + random.nextInt(2_500));
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      try (OpenIndex open = OpenIndex.open(location)) {
        IndexReport now = open.report();
        // Either the previous index or, if the kill came after the switch, the complete new one.
        assertThat(now.indicators()).isIn(264, 264 + 20 * 156);
        assertThat(Searcher.keywordOnly(open).search(SearchRequest.of("满意度")).total()).isPositive();
      }
    }
    try (Stream<Path> gens = Files.list(indexDir)) {
      assertThat(gens.filter(g -> g.getFileName().toString().startsWith("gen-")).count())
          .as("a killed build may leave its unfinished generation; the next build cleans it up").isLessThanOrEqualTo(6);
    }

    // A damaged index says what to do, and a rebuild recovers it.
    Path generation = location.current().orElseThrow();
    try (Stream<Path> files = Files.list(generation)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    assertThatThrownBy(() -> OpenIndex.open(location)).hasMessageContaining("index --rebuild");
    Process rebuild = index(data, indexDir, "--rebuild");
    assertThat(rebuild.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(rebuild.exitValue()).as(Files.readString(tmp.resolve("index.log"))).isZero();
    try (OpenIndex open = OpenIndex.open(location)) {
      assertThat(open.report().indicators()).isEqualTo(264 + 20 * 156);
    }
  }
}
