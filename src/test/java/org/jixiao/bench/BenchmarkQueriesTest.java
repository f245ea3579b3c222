package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in benchmark's filtered queries find something on any corpus: their values are filled
 * from the corpus (a generated one invents its units and districts), not named.
 */
class BenchmarkQueriesTest {

  @TempDir Path tmp;

  @Test
  void everyFilteredQueryMatchesOnTheBundledAndOnAGeneratedCorpus() throws Exception {
    Path generated = tmp.resolve("generated");
    new RealisticGenerator(Ingestor.standard().ingest(List.of(Path.of("data"))).documents(), RealisticGenerator.DEFAULT_REUSE)
        .generate(3_000, generated, 5);
    for (Path data : List.of(Path.of("data"), generated)) {
      IndexLocation location = new IndexLocation(tmp.resolve("index-" + data.getFileName()));
      new Indexer(Ingestor.standard(), null).update(List.of(data), location, false);
      try (OpenIndex index = OpenIndex.open(location)) {
        Searcher searcher = Searcher.keywordOnly(index);
        List<SearchRequest> filtered = Benchmark.defaultQueries().stream().filter(q -> !q.filters().isEmpty()).toList();
        assertThat(filtered).hasSizeGreaterThanOrEqualTo(5);
        List<SearchRequest> resolved = Benchmark.resolved(filtered, searcher.corpus());
        for (SearchRequest q : resolved) {
          assertThat(q.filters().values()).as(data + " " + q).noneMatch(v -> v.startsWith("*"));
        }
        assertThat(Benchmark.unmatched(searcher, resolved, SearchMode.BM25)).as(data.toString()).isEmpty();
        // *2 is the second commonest value, not the first.
        Map<String, String> second = resolved.stream().filter(q -> q.query().equals("运行率")).findFirst().orElseThrow().filters();
        assertThat(second.get("district")).isEqualTo(List.copyOf(searcher.corpus().indicatorCounts("district").keySet()).get(1));
      }
    }
  }
}
