package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.index.OpenIndex;
import org.jixiao.search.Fusion;
import org.jixiao.search.SearchMode;
import org.jixiao.search.Searcher;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval quality may not regress: each judgments file has its measured metrics recorded beside it
 * ({@code NAME.yaml}, in the style of Anserini's regression files). The build fails when hybrid falls
 * more than {@link #TOLERANCE} below its recorded nDCG@10, below bm25, or clearly below vectors alone.
 */
class RetrievalRegressionTest {

  static final double TOLERANCE = 0.02;

  @TempDir static Path tmp;
  static OpenIndex index;
  static Searcher searcher;

  @BeforeAll
  static void build() throws Exception {
    index = TestVectors.seedIndex(tmp.resolve("index"));
    searcher = TestVectors.searcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-judgments", "seed-judgments-drafter", "dev2-judgments-colloquial", "dev2-judgments-drafter"})
  void hybridHoldsItsRecordedQuality(String name) throws Exception {
    Path dir = Path.of("src/test/resources/eval");
    JsonNode recorded = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve(name + ".yaml").toFile());
    assertThat(recorded.path("fusion").asText()).as("recorded with the product's fusion").isEqualTo(Fusion.DEFAULT.toString());
    Judgments judgments = Judgments.read(dir.resolve(name + ".tsv"));

    Map<SearchMode, Evaluation.Run> runs = new EnumMap<>(SearchMode.class);
    for (SearchMode mode : SearchMode.values()) {
      runs.put(mode, Evaluation.run(searcher, judgments, mode, Fusion.DEFAULT));
    }
    double hybrid = runs.get(SearchMode.HYBRID).ndcg();
    double bm25 = runs.get(SearchMode.BM25).ndcg();
    double vector = runs.get(SearchMode.VECTOR).ndcg();
    String measured = String.format("measured nDCG@10 bm25 %.4f, vector %.4f, hybrid %.4f", bm25, vector, hybrid);

    double recordedHybrid = recorded.path("metrics").path("hybrid").path("ndcg@10").asDouble(Double.NaN);
    assertThat(recordedHybrid).as("recorded hybrid nDCG@10 in %s.yaml", name).isBetween(0.0, 1.0);
    assertThat(hybrid).as(measured).isGreaterThanOrEqualTo(recordedHybrid - TOLERANCE);
    assertThat(hybrid).as(measured).isGreaterThanOrEqualTo(bm25);
    assertThat(hybrid).as("a fusion may not lose to its best input; " + measured).isGreaterThanOrEqualTo(vector - 0.01);
    for (SearchMode mode : SearchMode.values()) {
      double rec = recorded.path("metrics").path(mode.code()).path("ndcg@10").asDouble(Double.NaN);
      assertThat(runs.get(mode).ndcg()).as("%s against its recorded %.4f", mode.code(), rec).isCloseTo(rec, org.assertj.core.api.Assertions.within(0.05));
    }
  }
}
