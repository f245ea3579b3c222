package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.Fields;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The term-at-a-time sets select exactly the documents Lucene's own scorers select. */
class MatchSetsTest {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();
  static final QueryFactory QUERIES = new QueryFactory(Synonyms.builtIn());

  /** Every word of the synonym list and a few long and odd queries, for indicators and projects: every part of their match. */
  @Test
  void everyPartOfEveryMatchSelectsWhatLuceneSelects() throws Exception {
    List<String> asked = new ArrayList<>(List.of("群众满意度", "满意满意满意度", "热线外包服务", "信息化运维", "网络安全事件发生次数",
        "系统稳定不宕机", "办公场地保洁保安", "x", "12345", "2023年度广州市政务服务数据管理局信息化系统运行维护项目的群众满意度和按时办结率"));
    for (String line : Files.readAllLines(Path.of("src/main/resources/org/jixiao/search/synonyms.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        asked.addAll(List.of(line.strip().split("[\\s,、，]+")));
      }
    }
    IndexSearcher searcher = SEED.index().acquire();
    try {
      int compared = 0;
      int nonEmpty = 0;
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        for (String q : asked) {
          KeywordQuery k = QUERIES.build(q, type);
          if (k == null) {
            continue;
          }
          List<Query> parts = new ArrayList<>(List.of(k.match(), k.nameMatch()));
          if (k.restMatch() != null) {
            parts.add(k.restMatch());
          }
          k.nameAndRest().forEach(p -> parts.add(p.rest()));
          for (Query part : parts) {
            long same = compare(searcher, part, type + " " + q + " " + part);
            compared++;
            nonEmpty += same > 0 ? 1 : 0;
          }
        }
      }
      assertThat(compared).isGreaterThan(200);
      assertThat(nonEmpty).isGreaterThan(100);
    } finally {
      SEED.index().release(searcher);
    }
  }

  @Test
  void atLeastCountsATermGivenTwiceTwiceAsLuceneDoes() throws Exception {
    IndexSearcher searcher = SEED.index().acquire();
    try {
      Term pair = new Term(Fields.NAME_CJK, "满意");
      Query twice = new BooleanQuery.Builder()
          .add(new TermQuery(pair), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(pair), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(Fields.NAME_CJK, "不存在")), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(2)
          .build();
      assertThat(compare(searcher, twice, "twice")).isEqualTo(searcher.count(new TermQuery(pair))).isPositive();
      Query impossible = new BooleanQuery.Builder()
          .add(new TermQuery(pair), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(2)
          .build();
      assertThat(compare(searcher, impossible, "impossible")).isZero();
    } finally {
      SEED.index().release(searcher);
    }
  }

  /** Asserts both select the same documents in every segment; how many they select. */
  private static long compare(IndexSearcher searcher, Query query, String what) throws Exception {
    Weight mine = searcher.createWeight(new TermAtATimeQuery(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight lucene = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long n = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet got = docsOf(mine.scorer(leaf), maxDoc);
      FixedBitSet want = docsOf(lucene.scorer(leaf), maxDoc);
      assertThat(got).as(what).isEqualTo(want);
      n += got.cardinality();
    }
    return n;
  }

  private static FixedBitSet docsOf(Scorer scorer, int maxDoc) throws Exception {
    FixedBitSet docs = new FixedBitSet(maxDoc);
    if (scorer != null) {
      var twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (twoPhase == null || twoPhase.matches()) {
          docs.set(doc);
        }
      }
    }
    return docs;
  }
}
