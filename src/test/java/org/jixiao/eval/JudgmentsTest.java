package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentsTest {

  @TempDir Path dir;

  @Test
  void theShippedJudgmentsAreWellFormedAndCoverEverySeedFile() throws Exception {
    for (String name : new String[] {"seed-judgments.tsv", "seed-judgments-drafter.tsv"}) {
      Judgments j = Judgments.read(Path.of("src/test/resources/eval", name));
      assertThat(j.queries()).as(name).hasSizeGreaterThanOrEqualTo(30);
      assertThat(j.queries()).extracting(Judgments.Query::type).contains("indicator", "project");
      // Each seed file's id prefix (its document id) holds an exact answer to some query.
      Set<String> documents = j.queries().stream()
          .flatMap(q -> q.grades().entrySet().stream().filter(e -> e.getValue() == 3))
          .map(e -> e.getKey().substring(0, e.getKey().indexOf('-')))
          .collect(Collectors.toSet());
      assertThat(documents).as(name).hasSize(5);
    }
  }

  @Test
  void theSecondDevelopmentSetsAreWellFormedAndNameOnlyEntriesOfTheCorpus() throws Exception {
    java.util.Set<String> ids = new java.util.HashSet<>();
    org.jixiao.ingest.Ingestor ingestor = org.jixiao.ingest.Ingestor.standard();
    try (var files = Files.list(Path.of("data"))) {
      for (Path f : files.sorted().toList()) {
        ingestor.read(f.getFileName().toString(), Files.readAllBytes(f)).projects().forEach(p -> {
          ids.add(p.id());
          p.indicators().forEach(i -> ids.add(i.id()));
        });
      }
    }
    assertThat(ids).hasSize(56 + 264);
    for (String name : new String[] {"dev2-judgments-colloquial.tsv", "dev2-judgments-drafter.tsv"}) {
      Judgments j = Judgments.read(Path.of("src/test/resources/eval", name));
      assertThat(j.queries()).as(name).hasSize(40);
      assertThat(j.queries()).extracting(Judgments.Query::type).contains("indicator", "project");
      assertThat(j.queries()).allSatisfy(q -> {
        assertThat(ids).as(q.id()).containsAll(q.grades().keySet());
        assertThat(q.grades()).as(q.id()).containsValue(3);
      });
    }
  }

  @Test
  void malformedFilesAreRefusedWithTheLine() throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "# header\nq1\tindicator\t满意度\ta-p1-i1:3\nq2\tindicator\t接通率\ta-p1-i2:5\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Judgments.read(bad)).hasMessageContaining("line 3").hasMessageContaining("grade 1..3");
    Files.writeString(bad, "q1\tunit\t满意度\ta:3\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Judgments.read(bad)).hasMessageContaining("indicator or project");
    Files.writeString(bad, "q1\tindicator\ta:3\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Judgments.read(bad)).hasMessageContaining("4 tab-separated columns");
    Files.writeString(bad, "# nothing\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Judgments.read(bad)).hasMessageContaining("no queries");
    assertThatThrownBy(() -> Judgments.read(dir.resolve("missing.tsv"))).hasMessageContaining("无法读取评测文件");
  }
}
