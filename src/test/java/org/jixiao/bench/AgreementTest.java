package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.LiveIndex;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.Fusion;
import org.jixiao.search.ReferenceSearcher;
import org.jixiao.search.SearchMode;
import org.jixiao.search.Searcher;
import org.jixiao.search.Synonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementTest {

  @TempDir Path tmp;

  @Test
  void theTwoEnginesAgreeOnKeywordSearchOfTheBundledCorpusAndAnEngineAgreesWithItself() throws Exception {
    IndexLocation location = new IndexLocation(tmp);
    Indexer indexer = new Indexer(Ingestor.standard(), null);
    indexer.update(List.of(Path.of("data")), location, false);
    try (OpenIndex generation = OpenIndex.open(location);
        LiveIndex live = indexer.openLive(List.of(Path.of("data")), location, true)) {
      Searcher accelerated = Searcher.keywordOnly(generation);
      ReferenceSearcher reference = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
      Agreement.ModeAgreement a = Agreement.measure(accelerated, reference, Benchmark.resolved(Benchmark.defaultQueries(), accelerated.corpus()), List.of(SearchMode.BM25)).get(0);
      assertThat(a.queries()).isEqualTo(40);
      assertThat(a.overlap()).isEqualTo(1.0);
      assertThat(a.firstBetter()).isZero();
      assertThat(a.secondBetter()).isZero();
      assertThat(a.firstTotal()).isEqualTo(a.secondTotal()).isPositive();
    }
  }
}
