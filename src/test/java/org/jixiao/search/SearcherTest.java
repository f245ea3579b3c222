package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.SeedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

  @TempDir static Path tmp;
  static OpenIndex index;
  static Searcher searcher;

  @BeforeAll
  static void build() throws Exception {
    index = SeedIndex.keywordOnly(tmp);
    searcher = Searcher.keywordOnly(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static SearchResults search(String q, String type, int limit, Map<String, String> filters) throws Exception {
    return searcher.search(new SearchRequest(q, type, limit, 0, filters));
  }

  static List<IndicatorHit> indicators(SearchResults r) {
    return r.hits().stream().map(IndicatorHit.class::cast).toList();
  }

  @Test
  void satisfactionIsFoundInEveryDistrictAndCity() throws Exception {
    SearchResults r = search("满意度", "indicator", 100, Map.of());
    List<IndicatorHit> satisfaction = indicators(r).stream().filter(h -> "满意度指标".equals(h.record().level1())).toList();
    Set<String> units = satisfaction.stream().map(h -> h.record().unit()).collect(Collectors.toSet());
    assertThat(units).contains("广州市市长专线电话受理中心", "广州市海珠区数字政府运营中心", "中山市12345投诉举报平台管理中心", "广州市信访局");
    assertThat(satisfaction).extracting(h -> h.record().district()).contains("海珠区", "黄埔区");
    assertThat(r.facets().get("city")).containsKeys("广州市", "中山市");
    assertThat(r.facets().get("district")).containsKeys("海珠区", "黄埔区");
    assertThat(r.facets().get("level1").get("满意度指标")).isGreaterThanOrEqualTo(15L);
    // Matching needs most of the query, not one shared character: nothing unrelated comes back.
    assertThat(indicators(r)).allSatisfy(h -> assertThat(h.record().name() + h.record().level1() + h.record().project()).containsAnyOf("满意", "意度"));
    assertThat(r.total()).isEqualTo(r.hits().size());
  }

  @Test
  void aDistrictFilterNarrowsAndStillCountsTheOtherDistricts() throws Exception {
    SearchResults all = search("满意度", "indicator", 100, Map.of());
    SearchResults haizhu = search("满意度", "indicator", 100, Map.of("district", "海珠区"));
    assertThat(haizhu.total()).isPositive().isLessThan(all.total());
    assertThat(indicators(haizhu)).allSatisfy(h -> assertThat(h.record().district()).isEqualTo("海珠区"));
    assertThat(haizhu.facets().get("district")).containsKey("黄埔区");
    SearchResults both = search("满意度", "indicator", 100, Map.of("district", "海珠区", "level1", "满意度指标"));
    assertThat(both.total()).isPositive().isLessThanOrEqualTo(haizhu.total());
    assertThat(indicators(both)).allSatisfy(h -> assertThat(h.record().level1()).isEqualTo("满意度指标"));
  }

  @Test
  void anExactNameRanksFirstWithItsTargetAndProvenance() throws Exception {
    IndicatorHit top = indicators(search("物业巡检完成率", "indicator", 5, Map.of())).get(0);
    assertThat(top.record().name()).isEqualTo("物业巡检完成率");
    assertThat(top.record().target().raw()).isEqualTo("≥95%");
    assertThat(top.record().source().file()).startsWith("000-");
    assertThat(top.record().source().line()).isEqualTo(12);
    assertThat(top.highlight()).isEqualTo("<em>物业巡检完成率</em>");
    assertThat(top.record().year()).isEqualTo(2023);
  }

  @Test
  void highlightsMarkOnlyTheMatchedPartsOfEachNameOnThePage() throws Exception {
    List<IndicatorHit> hits = indicators(search("巡检完成", "indicator", 20, Map.of()));
    IndicatorHit exact = hits.stream().filter(h -> h.record().name().equals("物业巡检完成率")).findFirst().orElseThrow();
    // The overlapping bigrams 巡检 检完 完成 make one mark; 物业 and 率 stay plain.
    assertThat(exact.highlight()).isEqualTo("物业<em>巡检完成</em>率");
    assertThat(hits).allSatisfy(h -> {
      assertThat(h.highlight()).contains("<em>");
      assertThat(h.highlight().replace("<em>", "").replace("</em>", "")).isEqualTo(h.record().name());
    });
  }

  @Test
  void projectsAreFoundByNameGoalAndIndicators() throws Exception {
    SearchResults r = search("12345热线", "project", 20, Map.of());
    assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h).isInstanceOf(ProjectHit.class));
    ProjectHit first = (ProjectHit) r.hits().get(0);
    assertThat(first.record().name() + first.record().goal()).contains("12345");
    assertThat(first.highlight() + first.snippet()).contains("<em>");
    assertThat(r.facets().get("level1")).containsKey("满意度指标");
  }

  @Test
  void querySyntaxIsJustText() throws Exception {
    for (String q : List.of("\"满意度", "满意度:(*", "a\\b", "AND OR NOT", "[满意度 TO 率]", "~!@#$%^&*()", "系统 +可用 -率")) {
      SearchResults r = search(q, "indicator", 10, Map.of());
      assertThat(r.total()).isGreaterThanOrEqualTo(0);
    }
    assertThat(search("？？。", "indicator", 10, Map.of()).hits()).isEmpty();
    assertThat(search("满", "indicator", 10, Map.of()).total()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void pagesBeyondTheEndAreEmpty() throws Exception {
    SearchResults first = searcher.search(new SearchRequest("满意度", "indicator", 5, 0, Map.of()));
    SearchResults second = searcher.search(new SearchRequest("满意度", "indicator", 5, 5, Map.of()));
    assertThat(second.total()).isEqualTo(first.total());
    assertThat(second.hits()).extracting(Hit::id).doesNotContainAnyElementsOf(first.hits().stream().map(Hit::id).toList());
    assertThat(searcher.search(new SearchRequest("满意度", "indicator", 5, 9_000, Map.of())).hits()).isEmpty();
  }

  @Test
  void synonymsWidenKeywordSearch() throws Exception {
    // 诉求 and 工单 name the same thing; the table says 工单按时完成率.
    IndicatorHit top = indicators(search("诉求按时完成率", "indicator", 3, Map.of())).get(0);
    assertThat(top.record().name()).isEqualTo("工单按时完成率");
    assertThat(top.highlight()).as("the synonym is highlighted too").startsWith("<em>工单");
    Searcher literal = new Searcher(index, null, Synonyms.none(), Fusion.DEFAULT);
    List<IndicatorHit> without = indicators(literal.search(new SearchRequest("诉求按时完成率", "indicator", 3, 0, Map.of())));
    assertThat(without.isEmpty() || without.get(0).score() < top.score()).isTrue();
  }

  @Test
  void withoutVectorsHybridFallsBackToWordsAndVectorIsRefused() throws Exception {
    assertThat(searcher.hasVectors()).isFalse();
    SearchResults r = searcher.search(new SearchRequest("满意度", "indicator", 5, 0, Map.of(), SearchMode.HYBRID));
    assertThat(r.mode()).isEqualTo(SearchMode.BM25);
    assertThat(r.hits()).isNotEmpty();
    assertThatThrownBy(() -> searcher.search(new SearchRequest("满意度", "indicator", 5, 0, Map.of(), SearchMode.VECTOR)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("mode=bm25");
    assertThatThrownBy(() -> searcher.similarIndicators("x", 5)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> SearchMode.parse("fuzzy")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("检索模式");
    assertThat(SearchMode.parse(null)).isEqualTo(SearchMode.HYBRID);
    assertThat(SearchMode.parse(" Vector ")).isEqualTo(SearchMode.VECTOR);
  }

  @Test
  void badRequestsAreRefusedWithReasons() {
    assertThatThrownBy(() -> new SearchRequest(" ", "indicator", 10, 0, Map.of())).isInstanceOf(InvalidRequestException.class).hasMessageContaining("不能为空");
    assertThatThrownBy(() -> new SearchRequest("a".repeat(201), "indicator", 10, 0, Map.of())).hasMessageContaining("200");
    assertThatThrownBy(() -> new SearchRequest("a", "indicator", 0, 0, Map.of())).hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchRequest("a", "indicator", 101, 0, Map.of())).hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchRequest("a", "unit", 10, 0, Map.of())).hasMessageContaining("unknown type");
    assertThatThrownBy(() -> new SearchRequest("a", "indicator", 10, -1, Map.of())).hasMessageContaining("offset");
    assertThatThrownBy(() -> new SearchRequest("a", "indicator", 10, 0, Map.of("colour", "red"))).hasMessageContaining("unknown filter");
  }

  @Test
  void lookupsById() throws Exception {
    IndicatorHit hit = indicators(search("准确派单率", "indicator", 1, Map.of())).get(0);
    IndicatorRecord record = searcher.corpus().indicator(hit.id()).orElseThrow();
    assertThat(record.name()).isEqualTo("准确派单率");
    assertThat(record.evaluation().actual().raw()).isEqualTo("94.82%");
    ProjectDetail project = searcher.corpus().project(hit.record().projectId()).orElseThrow();
    assertThat(project.project().name()).isEqualTo("12345政府服务热线外包服务项目");
    assertThat(project.indicators()).hasSize(16);
    assertThat(project.indicators().get(0).name()).isEqualTo("培训场次");
    assertThat(project.project().budgetExecution()).hasSize(2);
    assertThat(project.project().assessment().grade()).isEqualTo("优");
    assertThat(searcher.corpus().indicator("nope")).isEmpty();
    assertThat(searcher.corpus().project(hit.id())).as("an indicator id is not a project").isEmpty();
  }

  @Test
  void highlightsEscapeDocumentText(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("x.txt"),
        "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
            + "<script>alert(1)</script>热线项目\t1.00\t1.00\t\t\t目标<b>加粗</b>热线\t1、满意度指标：<img src=x onerror=alert(1)>热线满意度，年度指标值：≥90%。\n",
        StandardCharsets.UTF_8);
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    new Indexer(Ingestor.standard(), null).update(List.of(data), location, false);
    try (OpenIndex hostile = OpenIndex.open(location)) {
      Searcher s = Searcher.keywordOnly(hostile);
      IndicatorHit hit = (IndicatorHit) s.search(SearchRequest.of("热线满意度")).hits().get(0);
      assertThat(hit.record().name()).contains("<img");
      assertThat(hit.highlight()).doesNotContain("<img").contains("&lt;img").contains("<em>");
      ProjectHit project = (ProjectHit) s.search(new SearchRequest("热线", "project", 10, 0, Map.of())).hits().get(0);
      assertThat(project.highlight()).doesNotContain("<script").contains("&lt;script&gt;");
      assertThat(project.snippet()).doesNotContain("<b>").contains("&lt;b&gt;");
    }
  }
}
