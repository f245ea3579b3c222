package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.index.OpenIndex;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every search has one result set (issue 21): over random queries, modes, filters and page sizes,
 * the total is the number of rows one can page through and export, no id comes twice, and each
 * facet value's count is the total after clicking it. Queries unrelated to the corpus find nothing.
 */
class ResultSetTest {

  @TempDir static Path tmp;
  static OpenIndex index;
  static Searcher searcher;
  /** A generated corpus where a query matches hundreds of entries, more than the fused pool holds. */
  static OpenIndex generatedIndex;
  static Searcher generated;

  /** Drafter and colloquial queries of the judgment sets, and a few single words. */
  static final List<String> QUERIES = List.of("满意度", "接通率", "完成率", "系统稳定不宕机", "老百姓对热线满不满意", "设施隔多久查看一回",
      "远程开会终端保障", "培训", "网络安全", "巡查完成率", "信访", "数据共享", "投诉", "办结率", "物业");

  @BeforeAll
  static void build() throws Exception {
    index = TestVectors.seedIndex(tmp.resolve("index"));
    searcher = TestVectors.searcher(index);
    Path corpus = tmp.resolve("generated");
    new org.jixiao.bench.CorpusGenerator(org.jixiao.ingest.Ingestor.standard().ingest(List.of(Path.of("data"))).documents())
        .generate(3_000, corpus, 5);
    org.jixiao.index.IndexLocation location = new org.jixiao.index.IndexLocation(tmp.resolve("generated-index"));
    new org.jixiao.index.Indexer(org.jixiao.ingest.Ingestor.standard(), TestVectors.settings()).update(List.of(corpus), location, false);
    generatedIndex = OpenIndex.open(location);
    generated = TestVectors.searcher(generatedIndex);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
    generatedIndex.close();
  }

  private static List<String> everyPage(Searcher searcher, String q, SearchMode mode, Map<String, String> filters, int pageSize)
      throws Exception {
    return everyPage(searcher, q, mode, filters, pageSize, SortOrder.RELEVANCE);
  }

  /**
   * A stand-in for the lint's scores with many ties (the name's length mod 7): the order's mechanics,
   * not the lint, are under test here. Projects have none, so they sort as rows without a key.
   */
  static final QualityScores NAME_LENGTH = new QualityScores() {
    @Override
    public java.util.OptionalDouble ofIndicator(org.jixiao.model.IndicatorRecord indicator) {
      return java.util.OptionalDouble.of(indicator.name().length() % 7);
    }

    @Override
    public java.util.OptionalDouble ofProject(org.jixiao.model.ProjectRecord project) {
      return java.util.OptionalDouble.empty();
    }
  };

  private static List<String> everyPage(Searcher searcher, String q, SearchMode mode, Map<String, String> filters, int pageSize,
      SortOrder sort) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += pageSize) {
      SearchResults page = searcher.search(new SearchRequest(q, "indicator", pageSize, offset, filters, mode, sort), NAME_LENGTH);
      page.hits().forEach(h -> ids.add(h.id()));
      if (page.hits().size() < pageSize) {
        return ids;
      }
    }
  }

  @Test
  void totalsPagesExportsAndFacetsAgree() throws Exception {
    assertAgree(searcher, QUERIES, 21);
  }

  /** The same where the keyword matches run past the fused pool, so pages reach the BM25 tail. */
  @Test
  void totalsPagesExportsAndFacetsAgreePastTheFusedPool() throws Exception {
    assertThat(generated.search(new SearchRequest("满意度", "indicator", 1, 0, Map.of(), SearchMode.BM25)).total())
        .isGreaterThan(2L * Searcher.KEYWORD_CANDIDATES);
    assertAgree(generated, List.of("满意度", "完成率", "老百姓对热线满不满意", "系统稳定不宕机"), 22);
  }

  private static void assertAgree(Searcher searcher, List<String> queries, long seed) throws Exception {
    Random random = new Random(seed);
    int checked = 0;
    for (String q : queries) {
      for (SearchMode mode : SearchMode.values()) {
        Map<String, String> filters = new HashMap<>();
        for (int depth = 0; depth < 2; depth++) {
          SearchResults first = searcher.search(new SearchRequest(q, "indicator", 10, 0, filters, mode));
          int pageSize = 3 + random.nextInt(60);
          SortOrder sort = SortOrder.values()[random.nextInt(SortOrder.values().length)];
          List<String> paged = everyPage(searcher, q, mode, filters, pageSize, sort);
          String what = q + " " + mode + " " + filters + " pages of " + pageSize + " by " + sort;
          assertThat(paged).as(what).hasSize((int) first.total()).doesNotHaveDuplicates();
          List<String> exported = new ArrayList<>();
          searcher.export(new SearchRequest(q, "indicator", 1, 0, filters, mode, sort), Long.MAX_VALUE,
              batch -> batch.forEach(h -> exported.add(h.id())), NAME_LENGTH);
          assertThat(exported).as("export of " + what).isEqualTo(paged);
          // Each value's count is the total once it is clicked (up to two values a dimension).
          for (Map.Entry<String, Map<String, Long>> dim : first.facets().entrySet()) {
            dim.getValue().entrySet().stream().limit(2).forEach(value -> {
              Map<String, String> clicked = new LinkedHashMap<>(filters);
              clicked.put(dim.getKey(), value.getKey());
              try {
                long total = searcher.search(new SearchRequest(q, "indicator", 1, 0, clicked, mode)).total();
                assertThat(total).as("%s: %s=%s", what, dim.getKey(), value.getKey()).isEqualTo(value.getValue());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
          }
          checked++;
          // Go one level down: click a random value and check again under that filter.
          List<Map.Entry<String, String>> values = new ArrayList<>();
          first.facets().forEach((d, counts) -> counts.keySet().forEach(v -> {
            if (!filters.containsKey(d)) {
              values.add(Map.entry(d, v));
            }
          }));
          if (values.isEmpty()) {
            break;
          }
          Map.Entry<String, String> pick = values.get(random.nextInt(values.size()));
          filters.put(pick.getKey(), pick.getValue());
        }
      }
    }
    assertThat(checked).isGreaterThan(queries.size() * 3);
  }

  /**
   * A sorted result set is the relevance set in key order: the same rows, keys in order, rows
   * without a key last, and equal keys (and keyless rows) in their relevance order.
   */
  @Test
  void aSortedResultSetIsTheRelevanceSetInKeyOrder() throws Exception {
    int keyless = 0;
    for (String q : List.of("满意度", "完成率", "接通率", "培训")) {
      for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.HYBRID)) {
        List<Hit> relevance = all(generated, q, mode, SortOrder.RELEVANCE);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < relevance.size(); i++) {
          rank.put(relevance.get(i).id(), i);
        }
        for (SortOrder sort : List.of(SortOrder.TARGET_DESC, SortOrder.TARGET_ASC, SortOrder.YEAR_DESC, SortOrder.YEAR_ASC,
            SortOrder.QUALITY)) {
          List<Hit> sorted = all(generated, q, mode, sort);
          String what = q + " " + mode + " " + sort;
          assertThat(sorted).as(what).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(rank.keySet());
          for (int i = 1; i < sorted.size(); i++) {
            Double a = key(sorted.get(i - 1), sort);
            Double b = key(sorted.get(i), sort);
            if (a == null) {
              assertThat(b).as(what + ": a row with a key after one without, at " + i).isNull();
            } else if (b != null) {
              int c = sort.descending() ? Double.compare(b, a) : Double.compare(a, b);
              assertThat(c).as(what + ": keys out of order at " + i + ": " + a + ", " + b).isLessThanOrEqualTo(0);
            }
            if (java.util.Objects.equals(a, b)) {
              assertThat(rank.get(sorted.get(i - 1).id())).as(what + ": tie out of relevance order at " + i)
                  .isLessThan(rank.get(sorted.get(i).id()));
            }
            if (b == null) {
              keyless++;
            }
          }
        }
      }
    }
    assertThat(keyless).as("rows without a numeric target are part of the test").isGreaterThan(0);
  }

  private static List<Hit> all(Searcher searcher, String q, SearchMode mode, SortOrder sort) throws Exception {
    List<Hit> hits = new ArrayList<>();
    searcher.export(new SearchRequest(q, "indicator", 1, 0, Map.of(), mode, sort), Long.MAX_VALUE, hits::addAll, NAME_LENGTH);
    return hits;
  }

  /** A hit's key under a sort, as a person would read it off the hit; null where it has none. */
  private static Double key(Hit hit, SortOrder sort) {
    IndicatorHit i = (IndicatorHit) hit;
    return switch (sort) {
      case TARGET_DESC, TARGET_ASC -> i.record().target() != null && i.record().target().kind() == org.jixiao.model.TargetKind.NUMERIC
          ? i.record().target().value() : null;
      case YEAR_DESC, YEAR_ASC -> i.record().year() == null ? null : i.record().year().doubleValue();
      case QUALITY -> (double) (i.record().name().length() % 7);
      case RELEVANCE -> null;
    };
  }

  /** Paging through a sorted search sorts its result set once: each row is scored once, not once a page. */
  @Test
  void pagesOfASortedSearchAreSlicesOfOneSort() throws Exception {
    java.util.concurrent.atomic.AtomicInteger scored = new java.util.concurrent.atomic.AtomicInteger();
    QualityScores counting = new QualityScores() {
      @Override
      public java.util.OptionalDouble ofIndicator(org.jixiao.model.IndicatorRecord indicator) {
        scored.incrementAndGet();
        return java.util.OptionalDouble.of(indicator.name().length() % 7);
      }

      @Override
      public java.util.OptionalDouble ofProject(org.jixiao.model.ProjectRecord project) {
        return java.util.OptionalDouble.empty();
      }
    };
    List<String> paged = new ArrayList<>();
    long total = 0;
    for (int offset = 0; ; offset += 10) {
      SearchResults page = generated.search(new SearchRequest("满意度", "indicator", 10, offset, Map.of(), SearchMode.BM25, SortOrder.QUALITY),
          counting);
      total = page.total();
      page.hits().forEach(h -> paged.add(h.id()));
      if (page.hits().size() < 10) {
        break;
      }
    }
    assertThat(paged).hasSize((int) total).doesNotHaveDuplicates();
    assertThat(total).isGreaterThan(50);
    assertThat(scored.get()).as("rows scored").isEqualTo((int) total);
  }

  @Test
  void aQualitySortOfTooLargeASetIsRefusedWithAHint() {
    QualityScores never = new QualityScores() {
      @Override
      public java.util.OptionalDouble ofIndicator(org.jixiao.model.IndicatorRecord indicator) {
        throw new AssertionError("scored before the size was checked");
      }

      @Override
      public java.util.OptionalDouble ofProject(org.jixiao.model.ProjectRecord project) {
        throw new AssertionError("scored before the size was checked");
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultOrder.sort(null,
            java.util.stream.IntStream.range(0, ResultOrder.MAX_QUALITY_ROWS + 1).mapToObj(d -> new Fusion.Fused(d, 1f, d + 1, 0)).toList(),
            SortOrder.QUALITY, "indicator", never))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("请加筛选条件")
        .satisfies(e -> assertThat(((InvalidRequestException) e).kind()).isEqualTo(InvalidRequestException.Kind.TOO_COMPLEX));
  }

  /**
   * A quoted phrase must appear as written, in every mode: semantic neighbours without it are not
   * results, and neither are keyword matches of only some of its characters.
   */
  @Test
  void aQuotedPhraseIsRequiredAsWrittenInEveryMode() throws Exception {
    Map<SearchMode, Integer> narrowed = new HashMap<>();
    for (String phrase : List.of("接通率", "服务对象满意度", "系统")) {
      for (SearchMode mode : SearchMode.values()) {
        List<Hit> loose = all(searcher, phrase, mode, SortOrder.RELEVANCE);
        for (String quoted : List.of("\"" + phrase + "\"", "“" + phrase + "”", "「" + phrase + "」")) {
          List<Hit> strict = all(searcher, quoted, mode, SortOrder.RELEVANCE);
          String what = quoted + " " + mode;
          assertThat(strict).as(what).isNotEmpty();
          for (Hit h : strict) {
            IndicatorHit i = (IndicatorHit) h;
            String context = String.join("|", java.util.Arrays.asList(i.record().name(), i.record().project(), i.record().unit(), i.record().level1(), i.record().level2(),
                i.record().formula(), i.record().targets().stream().map(org.jixiao.model.Target::raw).toList().toString()));
            assertThat(context).as(what).contains(phrase);
          }
        }
        int strict = all(searcher, "\"" + phrase + "\"", mode, SortOrder.RELEVANCE).size();
        assertThat(strict).as(phrase + " " + mode).isLessThanOrEqualTo(loose.size());
        narrowed.merge(mode, strict < loose.size() ? 1 : 0, Integer::sum);
      }
    }
    // Neighbours and partial matches without the phrase were results before the quotes.
    assertThat(narrowed.get(SearchMode.VECTOR)).isPositive();
    assertThat(narrowed.get(SearchMode.HYBRID)).isPositive();
    // A phrase found nowhere finds nothing, even where its words would.
    assertThat(all(searcher, "\"满意度接通率\"", SearchMode.HYBRID, SortOrder.RELEVANCE)).isEmpty();
    assertThat(all(searcher, "满意度接通率", SearchMode.HYBRID, SortOrder.RELEVANCE)).isNotEmpty();
  }

  /** Queries about something else entirely: no semantic neighbour is near enough, and no word matches. */
  @Test
  void unrelatedQueriesFindNothing() throws Exception {
    List<String> unrelated = Files.readAllLines(Path.of("src/test/resources/eval/unrelated-queries.txt"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(unrelated).hasSizeGreaterThanOrEqualTo(20);
    for (String q : unrelated) {
      for (SearchMode mode : SearchMode.values()) {
        assertThat(searcher.search(new SearchRequest(q, "indicator", 10, 0, Map.of(), mode)).total()).as(q + " " + mode).isZero();
      }
    }
    // ... while a related query still finds its neighbours
    assertThat(searcher.search(new SearchRequest("远程开会终端保障", "indicator", 10, 0, Map.of(), SearchMode.VECTOR)).total()).isPositive();
  }

  @Test
  void aNeighbourIsAResultOnlyWithinTheBandOfTheNearest() throws Exception {
    SearchResults vector = searcher.search(new SearchRequest("满意度", "indicator", 100, 0, Map.of(), SearchMode.VECTOR));
    assertThat(vector.hits()).isNotEmpty();
    float nearest = vector.hits().get(0).score();
    assertThat(vector.hits()).allSatisfy(h -> assertThat(h.score()).isGreaterThanOrEqualTo(nearest - Searcher.BAND - 1e-6f));
    assertThat(new HashSet<>(vector.hits().stream().map(Hit::id).toList())).hasSize(vector.hits().size());
  }

  /** A search asked to fuse another way does (the evaluation compares fusions through it). */
  @Test
  void theFusionAskedForIsTheOneUsed() throws Exception {
    SearchRequest request = new SearchRequest("物业巡检完成率", "indicator", 5, 0, Map.of(), SearchMode.HYBRID);
    float convex = searcher.search(request).hits().get(0).score();
    float rrf = searcher.search(request, Fusion.parse("rrf:60")).hits().get(0).score();
    assertThat(convex).isGreaterThan(0.5f); // 0.95 × a cosine near 1
    assertThat(rrf).isLessThanOrEqualTo(2f / 61); // two votes of 1 / (60 + 1) at most
  }
}
