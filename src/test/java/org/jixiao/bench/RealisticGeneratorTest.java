package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic generator's corpus looks like the real tables it learns from (issue 23): its names
 * repeat as theirs do at the real corpus's size, its projects, goals and targets are shaped alike,
 * and unlike the repetitive generator's most of its names are distinct at ten thousand entries.
 */
class RealisticGeneratorTest {

  @TempDir static Path tmp;
  static List<Document> real;
  static CorpusStats realStats;

  @BeforeAll
  static void mine() throws Exception {
    // The bundled tables and the real-world tables of the development split (never the held-out ones).
    Path dev = Files.createDirectories(tmp.resolve("dev"));
    Path corpus = Path.of("src/test/resources/real-world/corpus");
    for (String line : Files.readAllLines(corpus.resolve("manifest.tsv"))) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols.length > 1 && cols[1].equals("dev")) {
        Files.copy(corpus.resolve(cols[0]), dev.resolve(cols[0]));
      }
    }
    real = new ArrayList<>(Ingestor.standard().ingest(List.of(Path.of("data"), dev)).documents());
    realStats = CorpusStats.of(real);
    assertThat(realStats.entries()).isGreaterThan(500);
  }

  static CorpusStats generated(Path out, int indicators, long seed, List<Integer> alsoAt) throws Exception {
    new RealisticGenerator(real, RealisticGenerator.DEFAULT_REUSE).generate(indicators, out, seed);
    return CorpusStats.of(Ingestor.standard().ingest(List.of(out)).documents(), alsoAt);
  }

  @Test
  void itsFiguresAreTheRealTablesWithinAFifth() throws Exception {
    int n = realStats.entries();
    // Averaged over seeds: one sample of a few hundred names is noisy.
    double distinct = 0;
    double repeated = 0;
    double top10 = 0;
    int seeds = 4;
    CorpusStats last = null;
    for (int seed = 1; seed <= seeds; seed++) {
      last = generated(tmp.resolve("gen-" + seed), 5_000, seed, List.of(n));
      distinct += last.samples().get(n).distinct() / seeds;
      repeated += last.samples().get(n).repeated() / seeds;
      top10 += last.samples().get(n).top10() / seeds;
    }
    CorpusStats.Names want = realStats.samples().get(n);
    assertThat(distinct).isCloseTo(want.distinct(), org.assertj.core.data.Percentage.withPercentage(20));
    assertThat(repeated).isCloseTo(want.repeated(), org.assertj.core.data.Percentage.withPercentage(20));
    assertThat(top10).isCloseTo(want.top10(), org.assertj.core.data.Percentage.withPercentage(20));
    assertThat(last.namesPerProject()).isCloseTo(realStats.namesPerProject(), org.assertj.core.data.Percentage.withPercentage(20));
    assertThat((double) last.goalMedian()).isCloseTo(realStats.goalMedian(), org.assertj.core.data.Percentage.withPercentage(20));
    for (String kind : List.of("numeric", "empty")) {
      assertThat(last.targetKinds().get(kind)).as(kind)
          .isCloseTo(realStats.targetKinds().get(kind), org.assertj.core.data.Percentage.withPercentage(20));
    }
    assertThat(last.percentShare()).isCloseTo(realStats.percentShare(), org.assertj.core.data.Percentage.withPercentage(20));
  }

  @Test
  void mostNamesAreDistinctAtTenThousandWhereTheRepetitiveCorpusRepeatsThem() throws Exception {
    CorpusStats realistic = generated(tmp.resolve("ten"), 10_500, 7, List.of());
    Path old = tmp.resolve("old");
    new CorpusGenerator(real).generate(10_500, old, 7);
    CorpusStats repetitive = CorpusStats.of(Ingestor.standard().ingest(List.of(old)).documents());
    assertThat(realistic.samples().get(10_000).distinct()).isGreaterThan(0.5);
    assertThat(repetitive.samples().get(10_000).distinct()).isLessThan(0.1);
  }

  @Test
  void theSameSeedWritesTheSameCorpus() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new RealisticGenerator(real, RealisticGenerator.DEFAULT_REUSE).generate(2_000, a, 3);
    new RealisticGenerator(real, RealisticGenerator.DEFAULT_REUSE).generate(2_000, b, 3);
    try (Stream<Path> files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertThat(Files.readString(b.resolve(f.getFileName()))).isEqualTo(Files.readString(f));
      }
    }
    Path c = tmp.resolve("c");
    new RealisticGenerator(real, RealisticGenerator.DEFAULT_REUSE).generate(2_000, c, 4);
    assertThat(Files.readString(c.resolve("gen-000000.txt"))).isNotEqualTo(Files.readString(a.resolve("gen-000000.txt")));
  }
}
