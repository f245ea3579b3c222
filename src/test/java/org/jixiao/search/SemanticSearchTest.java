package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.index.OpenIndex;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vector and hybrid search over the seeds with the real bge-small-zh model. */
class SemanticSearchTest {

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

  static SearchResults search(String q, SearchMode mode, Map<String, String> filters) throws Exception {
    return searcher.search(new SearchRequest(q, "indicator", 10, 0, filters, mode));
  }

  static List<String> names(SearchResults r) {
    return r.hits().stream().map(h -> ((IndicatorHit) h).record().name()).toList();
  }

  @Test
  void meaningFindsWhatTheWordsMiss() throws Exception {
    // 语音转文字准确率 shares only 准确率 with 普通话语音识别准确率; the model alone, without the
    // built-in list (which also says 语音转文字 => 语音识别), places it among the first three.
    Searcher modelOnly = new Searcher(index, new org.jixiao.embed.QueryVectors(org.jixiao.embed.BgeSmallZh.shared()), Synonyms.none(), Fusion.DEFAULT);
    for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.HYBRID)) {
      List<String> found = names(modelOnly.search(new SearchRequest("语音转文字准确率", "indicator", 10, 0, Map.of(), mode)));
      assertThat(found.subList(0, Math.min(3, found.size()))).as(mode.code()).contains("普通话语音识别准确率");
    }
    // With the list's everyday words, it comes first.
    assertThat(names(search("语音转文字准确率", SearchMode.HYBRID, Map.of())).get(0)).isEqualTo("普通话语音识别准确率");
    // 系统稳定不宕机: availability, however each table words it.
    List<String> stable = names(search("系统稳定不宕机", SearchMode.HYBRID, Map.of()));
    assertThat(stable).contains("服务提供期间内系统可用率", "正常运行率", "持续稳定运行", "系统故障率");
    // The words alone cannot: without synonyms BM25 misses both; the synonym 不宕机 → 正常运行 / 可用
    // lets it find them.
    Searcher literal = new Searcher(index, null, Synonyms.none(), Fusion.DEFAULT);
    assertThat(names(literal.search(new SearchRequest("系统稳定不宕机", "indicator", 10, 0, Map.of(), SearchMode.BM25))))
        .doesNotContain("服务提供期间内系统可用率", "正常运行率");
    assertThat(names(search("系统稳定不宕机", SearchMode.BM25, Map.of()))).contains("服务提供期间内系统可用率", "正常运行率");
  }

  @Test
  void eachHitSaysWhichRankingsFoundIt() throws Exception {
    SearchResults r = search("物业巡检完成率", SearchMode.HYBRID, Map.of());
    assertThat(r.mode()).isEqualTo(SearchMode.HYBRID);
    IndicatorHit top = (IndicatorHit) r.hits().get(0);
    assertThat(top.record().name()).isEqualTo("物业巡检完成率");
    assertThat(top.foundBy().bm25()).isEqualTo(1);
    assertThat(top.foundBy().vector()).isEqualTo(1);
    assertThat(r.hits()).allSatisfy(h -> {
      FoundBy f = ((IndicatorHit) h).foundBy();
      assertThat(f.bm25() != null || f.vector() != null).isTrue();
    });
    // Hits only the vectors found carry no bm25 rank.
    assertThat(search("系统稳定不宕机", SearchMode.HYBRID, Map.of()).hits())
        .anySatisfy(h -> assertThat(((IndicatorHit) h).foundBy().bm25()).isNull());
    SearchResults vector = search("物业巡检完成率", SearchMode.VECTOR, Map.of());
    assertThat(vector.hits()).allSatisfy(h -> assertThat(((IndicatorHit) h).foundBy().bm25()).isNull());
    assertThat(vector.hits().get(0).score()).as("cosine similarity").isBetween(0.9f, 1.0001f);
  }

  @Test
  void filtersAndFacetsApplyInEveryMode() throws Exception {
    for (SearchMode mode : SearchMode.values()) {
      SearchResults all = search("满意度", mode, Map.of());
      SearchResults haizhu = search("满意度", mode, Map.of("district", "海珠区"));
      assertThat(haizhu.hits()).as(mode.code()).isNotEmpty()
          .allSatisfy(h -> assertThat(((IndicatorHit) h).record().district()).isEqualTo("海珠区"));
      assertThat(haizhu.total()).as(mode.code()).isLessThan(all.total());
      assertThat(all.facets().get("district")).as(mode.code()).containsKeys("海珠区", "黄埔区");
      assertThat(all.facets().get("level1")).as(mode.code()).containsKey("满意度指标");
    }
    SearchResults projects = searcher.search(new SearchRequest("热线话务外包", "project", 5, 0, Map.of(), SearchMode.VECTOR));
    assertThat(projects.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.type()).isEqualTo("project"));
  }

  /**
   * Hybrid counts the union of what the words match and the vector candidates, from one keyword
   * pass plus the candidates the words missed: every indicator has one level 1, so the level-1
   * counts add up to the total.
   */
  @Test
  void hybridTotalsAndFacetsCountTheUnionOfWordsAndNeighbours() throws Exception {
    for (String q : List.of("满意度", "系统稳定不宕机", "老百姓对热线满不满意", "物业巡检完成率")) {
      for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("district", "海珠区"))) {
        long words = search(q, SearchMode.BM25, filters).total();
        long neighbours = search(q, SearchMode.VECTOR, filters).total();
        SearchResults hybrid = search(q, SearchMode.HYBRID, filters);
        assertThat(hybrid.total()).as(q + " " + filters).isBetween(Math.max(words, neighbours), words + neighbours);
        assertThat(hybrid.facets().get("level1").values().stream().mapToLong(Long::longValue).sum())
            .as(q + " " + filters).isEqualTo(hybrid.total());
        if (words == 0) {
          assertThat(hybrid.total()).as(q).isEqualTo(neighbours);
        }
      }
    }
  }

  @Test
  void pagesOfAFusedListDoNotOverlap() throws Exception {
    SearchResults first = searcher.search(new SearchRequest("满意度", "indicator", 5, 0, Map.of(), SearchMode.HYBRID));
    SearchResults second = searcher.search(new SearchRequest("满意度", "indicator", 5, 5, Map.of(), SearchMode.HYBRID));
    assertThat(first.hits()).hasSize(5);
    assertThat(second.hits()).hasSize(5);
    assertThat(first.hits()).extracting(Hit::id).doesNotContainAnyElementsOf(second.hits().stream().map(Hit::id).toList());
    assertThat(first.total()).isEqualTo(second.total());
  }

  @Test
  void queriesWithNothingToEmbedStillAnswer() throws Exception {
    SearchResults one = search("率", SearchMode.HYBRID, Map.of());
    assertThat(one.mode()).as("one character carries no meaning to embed: words only").isEqualTo(SearchMode.BM25);
    SearchResults punctuation = search("？！…", SearchMode.HYBRID, Map.of());
    assertThat(punctuation.hits()).isEmpty();
    assertThat(search("？！…", SearchMode.VECTOR, Map.of()).hits()).isEmpty();
    assertThat(search("\" : ( * \\", SearchMode.HYBRID, Map.of()).hits()).isEmpty();
    String longest = "热线".repeat(SearchRequest.MAX_QUERY_CHARS / 2);
    assertThat(searcher.search(new SearchRequest(longest, "project", 10, 0, Map.of(), SearchMode.HYBRID)).hits()).isNotEmpty();
  }

  @Test
  void similarIndicatorsComeFromOtherProjectsAndUnits() throws Exception {
    String id = ((IndicatorHit) search("物业巡检完成率", SearchMode.BM25, Map.of()).hits().get(0)).id();
    SimilarItems similar = searcher.similarIndicators(id, 8).orElseThrow();
    IndicatorHit source = (IndicatorHit) similar.item();
    assertThat(source.record().name()).isEqualTo("物业巡检完成率");
    assertThat(similar.hits()).hasSize(8).allSatisfy(h -> {
      IndicatorHit i = (IndicatorHit) h;
      assertThat(i.record().projectId()).isNotEqualTo(source.record().projectId());
      assertThat(i.record().unit()).isNotEqualTo(source.record().unit());
      assertThat(i.record().city()).isNotNull();
    });
    assertThat(similar.hits().get(0).score()).isGreaterThanOrEqualTo(similar.hits().get(7).score());
    assertThat(searcher.similarIndicators("nope-p1-i1", 5)).isEmpty();
    assertThatThrownBy(() -> searcher.similarIndicators(id, 0)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void similarProjectsComeFromOtherUnits() throws Exception {
    ProjectHit hotline = (ProjectHit) searcher.search(
        new SearchRequest("12345政府服务热线外包服务项目", "project", 1, 0, Map.of(), SearchMode.BM25)).hits().get(0);
    SimilarItems similar = searcher.similarProjects(hotline.id(), 5).orElseThrow();
    assertThat(similar.hits()).isNotEmpty().allSatisfy(h -> assertThat(((ProjectHit) h).record().unit()).isNotEqualTo(hotline.record().unit()));
    // The other city's hotline projects are the nearest.
    assertThat(similar.hits().subList(0, 3)).anySatisfy(h -> assertThat(((ProjectHit) h).record().name()).contains("12345"));
  }
}
