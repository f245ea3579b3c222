package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.eval.Judgments;
import org.jixiao.index.LiveIndex;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid and vector searches and similar items, accelerated (per-text vectors, published
 * generation) against the reference ({@code KnnFloatVectorQuery} over each entry's vector, live
 * index), on the bundled corpus with the real model: at this size the graphs find the exact
 * neighbours, so the two must give the same result sets, totals, facets and rankings.
 */
class SemanticAgreementTest {

  @TempDir static Path tmp;
  static OpenIndex generation;
  static LiveIndex live;
  static Searcher accelerated;
  static ReferenceSearcher reference;

  @BeforeAll
  static void build() throws Exception {
    generation = TestVectors.seedIndex(tmp.resolve("generation"));
    live = LiveIndex.open(tmp.resolve("live"), TestVectors.settings());
    live.put(Ingestor.standard().ingest(List.of(Path.of("data"))).documents());
    live.refresh();
    accelerated = TestVectors.searcher(generation);
    reference = new ReferenceSearcher(live, new QueryVectors(BgeSmallZh.shared()), Synonyms.builtIn(), Fusion.DEFAULT);
  }

  @AfterAll
  static void close() throws Exception {
    generation.close();
    live.close();
  }

  @Test
  void everyJudgedQueryGivesTheSameAnswersInEveryMode() throws Exception {
    Judgments judged = Judgments.read(Path.of("src/test/resources/eval/seed-judgments.tsv"));
    int withNeighbours = 0;
    for (Judgments.Query q : judged.queries()) {
      for (SearchMode mode : SearchMode.values()) {
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("district", "海珠区"))) {
          SearchRequest request = new SearchRequest(q.text(), q.type(), 10, 0, filters, mode);
          SearchResults want = reference.search(request);
          BackendAgreementTest.assertSame(mode + " " + request, accelerated.search(request), want);
          withNeighbours += want.hits().stream().anyMatch(h -> h instanceof IndicatorHit i && i.foundBy() != null
              && i.foundBy().vector() != null) ? 1 : 0;
        }
      }
    }
    assertThat(withNeighbours).as("searches with neighbours among their hits").isGreaterThan(20);
  }

  @Test
  void similarItemsAreTheSame() throws Exception {
    List<IndicatorHit> some = accelerated.search(new SearchRequest("满意度", "indicator", 10, 0, Map.of(), SearchMode.BM25))
        .hits().stream().map(IndicatorHit.class::cast).toList();
    assertThat(some).hasSize(10);
    for (IndicatorHit hit : some) {
      List<Hit> mine = accelerated.similarIndicators(hit.id(), 10).orElseThrow().hits();
      List<Hit> want = reference.similarIndicators(hit.id(), 10).orElseThrow().hits();
      assertThat(mine).as(hit.id()).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        assertThat(mine.get(i).score()).as(hit.id() + " rank " + i).isCloseTo(want.get(i).score(), within(1e-4f));
      }
    }
    String project = some.get(0).record().projectId();
    assertThat(accelerated.similarProjects(project, 5).orElseThrow().hits().stream().map(Hit::id).toList())
        .isEqualTo(reference.similarProjects(project, 5).orElseThrow().hits().stream().map(Hit::id).toList());
  }
}
