package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.bench.RealisticGenerator;
import org.jixiao.index.IndexReport;
import org.jixiao.index.LiveIndex;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * The accelerated searcher against the plain-Lucene reference, over one reader: random realistic
 * corpora, random segment layouts (flushes every few dozen to few hundred entries, merging or not),
 * tables put in twice (replaced) and tables deleted. For every query, type and filter set: the same
 * total, the same facets (values, counts and order), and the same ranking, score by score, with
 * equal-scored entries allowed to swap.
 */
class BackendAgreementTest {

  /** The bundled corpus, which the realistic generator draws its vocabulary from. */
  private static final List<Document> SEEDS;

  static {
    try {
      SEEDS = Ingestor.standard().ingest(List.of(Path.of("data"))).documents();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final List<String> FIXED_QUERIES = List.of("满意度", "完成率", "群众满意度", "系统稳定不宕机", "培训次数",
      "\"服务对象满意度\"", "及时率 覆盖率", "qwertyuiop");

  @Property(tries = 6)
  void bm25AnswersAreTheReferences(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int flushEvery,
      @ForAll boolean merges, @ForAll @IntRange(min = 0, max = 30) int deletedPercent) throws Exception {
    Random random = new Random(seed);
    Path dir = Files.createTempDirectory("agreement");
    try {
      Path corpus = dir.resolve("corpus");
      new RealisticGenerator(SEEDS, RealisticGenerator.DEFAULT_REUSE).generate(1_200 + random.nextInt(800), corpus, seed);
      List<Document> documents = Ingestor.standard().ingest(List.of(corpus)).documents();
      assertThat(documents).isNotEmpty();
      try (LiveIndex live = LiveIndex.open(dir.resolve("live"), null,
          new LiveIndex.Layout(flushEvery < 20 ? 0 : flushEvery, merges))) {
        // Put in batch by batch, a few tables twice (the second time replaces the first), some deleted.
        List<Document> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, random);
        for (int from = 0; from < shuffled.size(); from += 7) {
          live.put(shuffled.subList(from, Math.min(shuffled.size(), from + 7)));
          if (random.nextInt(4) == 0) {
            live.refresh();
          }
        }
        live.put(shuffled.subList(0, Math.min(5, shuffled.size())));
        int deleted = 0;
        for (Document d : shuffled) {
          if (random.nextInt(100) < deletedPercent) {
            live.delete(d.id());
            deleted++;
          }
        }
        live.refresh();
        ReferenceSearcher reference = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
        SearchBackend.Size size = reference.size();
        assertThat(size.documents()).isEqualTo(documents.size() - deleted);
        try (OpenIndex accelerated = OpenIndex.over(live, report(size))) {
          Searcher searcher = Searcher.keywordOnly(accelerated);
          assertThat(searcher.size()).isEqualTo(size);
          int compared = 0;
          int found = 0;
          for (String query : queries(documents, random)) {
            for (String type : List.of("indicator", "project")) {
              for (Map<String, String> filters : filterSets(documents, random)) {
                for (int offset : new int[] {0, 10}) {
                  SearchRequest request = new SearchRequest(query, type, 10, offset, filters, SearchMode.BM25);
                  String what = "seed " + seed + " flush " + flushEvery + " merges " + merges + " deleted " + deleted + ": " + request;
                  SearchResults mine = searcher.search(request);
                  SearchResults want = reference.search(request);
                  assertSame(what, mine, want);
                  compared++;
                  found += want.total() > 0 ? 1 : 0;
                }
              }
            }
          }
          assertThat(found).as("searches that found something").isGreaterThan(compared / 3);
          // Sorted by year and exported: the same years rank by rank, the same rows in the export.
          for (String query : List.of("满意度", "完成率")) {
            SearchRequest byYear = new SearchRequest(query, "indicator", 20, 0, Map.of(), SearchMode.BM25, SortOrder.YEAR_DESC);
            assertThat(searcher.search(byYear).hits().stream().map(h -> ((IndicatorHit) h).record().year()).toList())
                .as("seed " + seed + " " + query + " by year").isEqualTo(reference.search(byYear).hits().stream()
                    .map(h -> ((IndicatorHit) h).record().year()).toList());
            SearchRequest all = new SearchRequest(query, "indicator", 1, 0, Map.of(), SearchMode.BM25);
            List<String> mine = new ArrayList<>();
            List<String> want = new ArrayList<>();
            searcher.export(all, 100_000, batch -> batch.forEach(h -> mine.add(h.id())));
            reference.export(all, 100_000, batch -> batch.forEach(h -> want.add(h.id())));
            assertThat(mine).as("seed " + seed + " " + query + " export").hasSize((int) reference.search(all).total())
                .containsExactlyInAnyOrderElementsOf(want);
          }
        }
      }
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Same total and facets; the same scores rank by rank; the same entries above the last score on the page. */
  static void assertSame(String what, SearchResults mine, SearchResults want) {
    assertThat(mine.total()).as(what + " total").isEqualTo(want.total());
    assertThat(mine.facets().keySet()).as(what).containsExactlyElementsOf(want.facets().keySet());
    for (String dim : want.facets().keySet()) {
      assertThat(mine.facets().get(dim)).as(what + " facet " + dim).containsExactlyEntriesOf(want.facets().get(dim));
    }
    assertThat(mine.hits()).as(what + " page size").hasSameSizeAs(want.hits());
    for (int i = 0; i < want.hits().size(); i++) {
      float expected = want.hits().get(i).score();
      assertThat(mine.hits().get(i).score()).as(what + " rank " + i).isCloseTo(expected, within(1e-4f * Math.max(1f, expected)));
    }
    if (!want.hits().isEmpty()) {
      float last = want.hits().get(want.hits().size() - 1).score();
      float eps = 1e-4f * Math.max(1f, last);
      assertThat(above(mine, last + eps)).as(what + " entries above the page's last score").isEqualTo(above(want, last + eps));
    }
  }

  private static Set<String> above(SearchResults results, float score) {
    return results.hits().stream().filter(h -> h.score() > score).map(Hit::id).collect(Collectors.toSet());
  }

  private static IndexReport report(SearchBackend.Size size) {
    return new IndexReport((int) size.documents(), (int) size.projects(), (int) size.indicators(), List.of(), List.of(),
        "live", List.of(), "", 0, null);
  }

  /** The fixed queries, and pieces of the corpus's own names: a whole name, two to six characters of one. */
  private static List<String> queries(List<Document> documents, Random random) {
    List<String> names = new ArrayList<>();
    for (Document d : documents) {
      for (Project p : d.projects()) {
        names.add(p.name());
        p.indicators().stream().map(Indicator::name).forEach(names::add);
      }
    }
    List<String> out = new ArrayList<>(FIXED_QUERIES);
    for (int i = 0; i < 8; i++) {
      String name = names.get(random.nextInt(names.size()));
      if (i % 3 == 0 || name.length() < 3) {
        out.add(name);
      } else {
        int length = Math.min(name.length(), 2 + random.nextInt(5));
        int start = random.nextInt(name.length() - length + 1);
        out.add(name.substring(start, start + length));
      }
    }
    return out;
  }

  /** No filter, one district of the corpus, a city with a year, a category, and a value nobody has. */
  private static List<Map<String, String>> filterSets(List<Document> documents, Random random) {
    Document one = documents.get(random.nextInt(documents.size()));
    Document other = documents.get(random.nextInt(documents.size()));
    List<Map<String, String>> out = new ArrayList<>();
    out.add(Map.of());
    if (one.district() != null) {
      out.add(Map.of("district", one.district()));
    }
    if (other.city() != null && other.year() != null) {
      out.add(Map.of("city", other.city(), "year", String.valueOf(other.year())));
    }
    out.add(Map.of("level1", "满意度指标"));
    out.add(Map.of("unit", "没有这个单位"));
    return out;
  }
}
