package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.index.OpenIndex;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.Searcher;
import org.jixiao.search.SortOrder;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new index serves only after it has answered the searches answered lately, as the API answers them. */
class WarmUpTest {

  @TempDir Path tmp;

  @Test
  void recentSearchesAreReplayedWithTheirQualitiesBeforeANewIndexServes() throws Exception {
    try (OpenIndex index = TestVectors.seedIndex(tmp.resolve("index"))) {
      Searcher searcher = TestVectors.searcher(index);
      assertThat(Services.of(searcher).knowledge().qualitiesKnown()).isZero();
      SearchRequest satisfaction = new SearchRequest("满意度", "indicator", 10, 0, Map.of(), SearchMode.HYBRID);
      // A quality sort is skipped (it would lint its whole result set); the plain search is replayed.
      SearchRequest byQuality = satisfaction.sortedBy(SortOrder.QUALITY);
      Services warm = Services.warmed(searcher, List.of(byQuality, satisfaction));
      assertThat(warm.knowledge().qualitiesKnown()).isEqualTo(searcher.search(satisfaction).hits().size());
    }
  }

  @Test
  void recentSearchesKeepTheLastDistinctOnes() {
    RecentSearches recent = new RecentSearches();
    for (int i = 0; i < RecentSearches.SIZE + 5; i++) {
      recent.add(SearchRequest.of("查询" + i));
    }
    recent.add(SearchRequest.of("查询6"));
    List<SearchRequest> list = recent.list();
    assertThat(list).hasSize(RecentSearches.SIZE).doesNotHaveDuplicates();
    assertThat(list.get(0).query()).isEqualTo("查询5");
    assertThat(list.get(list.size() - 1).query()).isEqualTo("查询6");
  }
}
