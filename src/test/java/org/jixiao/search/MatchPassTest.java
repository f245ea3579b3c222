package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.bench.CorpusGenerator;
import org.jixiao.index.Fields;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass search against Lucene's own answers on a generated corpus, where names repeat
 * hundreds of times (what the per-name scores and the skipping are for): the same total, the same
 * drill-sideways facet counts as {@link DrillSideways}, and the same best scores as a plain top-N
 * search of the whole query.
 */
class MatchPassTest {

  @TempDir static Path tmp;
  static OpenIndex index;
  static QueryFactory queries = new QueryFactory(Synonyms.builtIn());

  @BeforeAll
  static void build() throws Exception {
    Path generated = tmp.resolve("generated");
    new CorpusGenerator(Ingestor.standard().ingest(List.of(Path.of("data"))).documents()).generate(6_000, generated, 11);
    // A project that 群众体验调查评价 reaches only through its variant 服务对象体验调查评价: its name
    // has enough of the variant's words (服务, 对象, 评价) but not the word 服务对象, which is in the goal.
    java.nio.file.Files.writeString(generated.resolve("zz-crafted.txt"), String.join("\n",
        "2025年项目支出绩效目标表", "", "单位名称：珠海市金田区教育局", "", "单位：万元", "",
        "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标",
        "合计\t10.00\t10.00\t\t\t\t",
        "珠海市金田区教育局\t10.00\t10.00\t\t\t\t",
        "对象服务评价中心\t10.00\t10.00\t\t\t提升服务对象满意度；\t1、产出指标：平台运行率，年度指标值：95%。", ""));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    new Indexer(Ingestor.standard(), null).update(List.of(generated), location, false);
    index = OpenIndex.open(location);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static final List<String> QUERIES = List.of("群众满意度", "满意度", "完成率", "系统稳定不宕机", "热线外包服务", "网络安全", "培训次数", "及时率",
      "群众体验调查评价", "\"服务对象满意度\"", "热线 “外包服务”");

  /** One search to compare: its query in parts, and the same filtered as a Lucene drill-down. */
  record Case(String what, KeywordQuery query, Map<String, String> filters, DrillDownQuery drill) {}

  /** Every query, for indicators and projects, under every filter set. */
  static List<Case> cases(IndexSearcher searcher) throws Exception {
    return cases(index, searcher);
  }

  static List<Case> cases(OpenIndex index, IndexSearcher searcher) throws Exception {
    List<Case> out = new ArrayList<>();
    for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
      for (String q : QUERIES) {
        for (Map<String, String> filters : filterSets(index, searcher)) {
          KeywordQuery k = queries.build(q, type);
          DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), k.match());
          filters.forEach(drill::add);
          out.add(new Case(type + " " + q + " " + filters, k, filters, drill));
        }
      }
    }
    return out;
  }

  static List<Map<String, String>> filterSets(IndexSearcher searcher) throws Exception {
    return filterSets(index, searcher);
  }

  static List<Map<String, String>> filterSets(OpenIndex index, IndexSearcher searcher) throws Exception {
    // Values that exist in the generated corpus, read off an unfiltered pass.
    MatchPass.Result all = MatchPass.run(index, searcher, queries.build("满意度", "indicator"), Map.of(), 0);
    Map<String, Map<String, Long>> facets = all.facets();
    String district = facets.get("district").keySet().iterator().next();
    String city = facets.get("city").keySet().iterator().next();
    String year = facets.get("year").keySet().iterator().next();
    return List.of(Map.of(), Map.of("district", district), Map.of("city", city, "year", year),
        Map.of("level1", "满意度指标", "city", city), Map.of("district", "没有这个区"));
  }

  @Test
  void totalsAndFacetsAreThoseOfLuceneDrillSideways() throws Exception {
    compareWithDrillSideways(index);
    IndexSearcher searcher = index.acquire();
    try {
      List<Case> cases = cases(searcher);
      assertThat(cases).hasSize(2 * QUERIES.size() * 5);
      // The crafted project is found, through the name-and-rest part of the split match.
      assertThat(cases.stream().filter(c -> c.what().startsWith("project 群众体验调查评价 {}")).findFirst().orElseThrow().query().nameAndRest())
          .isNotEmpty();
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Whole name groups counted at once ({@code GroupCounts}) agree with Lucene: in one segment, where
   * the groups are longest (the shared index's segments vary with the indexing threads), and after
   * deletions, which that route must leave to the entry-at-a-time one.
   */
  @Test
  void wholeGroupsCountAsLuceneDoesAndNotAfterDeletions() throws Exception {
    IndexLocation location = new IndexLocation(tmp.resolve("index-one-segment"));
    new Indexer(Ingestor.standard(), null).update(List.of(tmp.resolve("generated")), location, false);
    List<String> documents;
    try (OpenIndex built = OpenIndex.open(location)) {
      documents = built.report().files().stream().map(f -> f.documentId()).distinct().toList();
    }
    try (IndexWriter writer = writer(location, new TieredMergePolicy())) {
      writer.forceMerge(1);
      writer.commit();
    }
    try (OpenIndex merged = OpenIndex.open(location)) {
      long countedWhole = compareWithDrillSideways(merged);
      assertThat(countedWhole).isPositive();
      IndexSearcher searcher = merged.acquire();
      try {
        assertThat(searcher.getIndexReader().leaves()).hasSize(1);
        MatchPass.Result broad = MatchPass.run(merged, searcher, queries.build("满意度", Fields.TYPE_INDICATOR), Map.of(), 10);
        assertThat(broad.countedWhole()).isPositive().isLessThanOrEqualTo(broad.total());
        Map<String, String> filter = filterSets(merged, searcher).get(1);
        assertThat(MatchPass.run(merged, searcher, queries.build("满意度", Fields.TYPE_INDICATOR), filter, 10).countedWhole())
            .as("a filter counts entry by entry").isZero();
      } finally {
        merged.release(searcher);
      }
    }
    // Every third table deleted: deleted entries in most groups, whole-counted ones included.
    try (IndexWriter writer = writer(location, NoMergePolicy.INSTANCE)) {
      for (int i = 0; i < documents.size(); i += 3) {
        writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, documents.get(i)));
      }
      writer.commit();
    }
    try (OpenIndex withDeletions = OpenIndex.open(location)) {
      IndexSearcher searcher = withDeletions.acquire();
      try {
        assertThat(searcher.getIndexReader().numDeletedDocs()).isPositive();
      } finally {
        withDeletions.release(searcher);
      }
      assertThat(compareWithDrillSideways(withDeletions)).isZero();
    }
  }

  /** A writer on the index's current generation that keeps its sort. */
  private static IndexWriter writer(IndexLocation location, MergePolicy merges) throws Exception {
    return new IndexWriter(FSDirectory.open(location.current().orElseThrow()), new IndexWriterConfig()
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
        .setIndexSort(new Sort(new SortField(Fields.NAME_KEY, SortField.Type.STRING)))
        .setMergePolicy(merges));
  }

  /** Compares every case's total and facets with Lucene's; how many entries were counted by whole groups. */
  private static long compareWithDrillSideways(OpenIndex index) throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), index.facetsConfig());
      long countedWhole = 0;
      for (Case c : cases(index, searcher)) {
        KeywordQuery k = c.query();
        MatchPass.Result mine = MatchPass.run(index, searcher, k, c.filters(), 10);
        DrillSideways.DrillSidewaysResult lucene = new DrillSideways(searcher, index.facetsConfig(), state).search(c.drill(), 10);
        assertThat(mine.total()).as(c.what()).isEqualTo(lucene.hits.totalHits.value);
        Map<String, Map<String, Long>> facets = mine.facets();
        for (String dim : Fields.FACETS) {
          assertThat(facets.get(dim)).as(c.what() + " " + dim).containsExactlyEntriesOf(luceneFacet(lucene, dim));
        }
        countedWhole += mine.countedWhole();
      }
      return countedWhole;
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void theBestAreThoseOfAFullSearchDespiteScoringEachNameOnceAndSkipping() throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      for (Case c : cases(searcher)) {
        for (int topN : new int[] {1, 10, 100}) {
          KeywordQuery k = c.query();
          MatchPass.Result mine = MatchPass.run(index, searcher, k, c.filters(), topN);
          Query whole = new BooleanQuery.Builder()
              .add(k.nameScore(), BooleanClause.Occur.SHOULD)
              .add(k.restScore(), BooleanClause.Occur.SHOULD)
              .add(c.drill(), BooleanClause.Occur.FILTER)
              .build();
          TopDocs lucene = searcher.search(whole, topN);
          String what = c.what() + " top " + topN;
          assertThat(mine.top()).as(what).hasSize(lucene.scoreDocs.length);
          for (int i = 0; i < lucene.scoreDocs.length; i++) {
            Fusion.Ranked got = mine.top().get(i);
            ScoreDoc want = lucene.scoreDocs[i];
            // Rank by rank the same score; where scores tie the entry may differ, but its own
            // score, asked of Lucene, must be the one it was ranked by.
            assertThat(got.score()).as(what + " rank " + i).isCloseTo(want.score, within(1e-4f * Math.max(1f, want.score)));
            if (got.doc() != want.doc) {
              float itsOwn = searcher.explain(whole, got.doc()).getValue().floatValue();
              assertThat(got.score()).as(what + " doc " + got.doc()).isCloseTo(itsOwn, within(1e-4f * Math.max(1f, itsOwn)));
            }
          }
        }
      }
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void theSplitMatchSelectsWhatTheWholeMatchSelectsForEverySynonymAndProjectName() throws Exception {
    // Every word of the synonym list (each brings its variants, whose words a project may carry in
    // its goal rather than its name), and every project name with one synonym swapped in.
    List<String> asked = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(Path.of("src/main/resources/org/jixiao/search/synonyms.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        asked.addAll(List.of(line.strip().split("[\\s,、，]+")));
      }
    }
    IndexSearcher searcher = index.acquire();
    try {
      int withPairs = 0;
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        for (String q : asked) {
          KeywordQuery k = queries.build(q, type);
          if (k == null) {
            continue;
          }
          withPairs += k.nameAndRest().isEmpty() ? 0 : 1;
          long split = MatchPass.run(index, searcher, k, Map.of(), 0).total();
          assertThat(split).as(type + " " + q).isEqualTo(searcher.count(k.match()));
        }
      }
      assertThat(asked).hasSizeGreaterThan(40);
      assertThat(withPairs).isPositive();
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void theEntriesAskedAboutThatTheQueryDoesNotMatchAreTheOnesLuceneDoesNotMatch() throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      int matchedAsked = 0;
      int unmatchedAsked = 0;
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        // Every 7th entry of the type, as a hybrid search asks about its neighbours.
        TopDocs ofType = searcher.search(QueryFactory.typeFilter(type), Integer.MAX_VALUE);
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < ofType.scoreDocs.length; i += 7) {
          asked.add(ofType.scoreDocs[i].doc);
        }
        for (String q : QUERIES) {
          KeywordQuery k = queries.build(q, type);
          java.util.Set<Integer> lucene = new java.util.HashSet<>();
          for (ScoreDoc d : searcher.search(k.match(), Integer.MAX_VALUE).scoreDocs) {
            lucene.add(d.doc);
          }
          List<Integer> expected = asked.stream().filter(d -> !lucene.contains(d)).sorted().toList();
          List<Integer> mine = MatchPass.run(index, searcher, k, Map.of("district", "海珠区"), 10, asked).unmatched();
          assertThat(mine).as(type + " " + q).isEqualTo(expected);
          matchedAsked += asked.size() - expected.size();
          unmatchedAsked += expected.size();
        }
      }
      assertThat(matchedAsked).isGreaterThan(100);
      assertThat(unmatchedAsked).isGreaterThan(100);
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void mostMatchesOfABroadQueryAreCountedWithoutBeingScoredInFull() throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      KeywordQuery k = queries.build("群众满意度", Fields.TYPE_INDICATOR);
      MatchPass.Result all = MatchPass.run(index, searcher, k, Map.of(), 10);
      // Hundreds of matches, most of them skipped once the page is full of better names.
      assertThat(all.total()).isGreaterThan(300);
      assertThat(all.top()).hasSize(10);
      assertThat(all.scoredInFull()).isGreaterThanOrEqualTo(10).isLessThan(all.total() / 2);
    } finally {
      index.release(searcher);
    }
  }

  private static Map<String, Long> luceneFacet(DrillSideways.DrillSidewaysResult result, String dim) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetResult facet;
    try {
      facet = result.facets.getTopChildren(FacetCounts.FACET_VALUES, dim);
    } catch (IllegalArgumentException neverIndexed) {
      return out;
    }
    if (facet != null) {
      List<LabelAndValue> values = new ArrayList<>(List.of(facet.labelValues));
      values.forEach(lv -> out.put(lv.label, lv.value.longValue()));
    }
    return out;
  }
}
