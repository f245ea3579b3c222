package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.Fields;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NameScoresTest {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();
  static final QueryFactory queries = new QueryFactory(Synonyms.builtIn());

  @Test
  void everyEntryGetsTheNamePartLuceneGivesIt() throws Exception {
    IndexSearcher searcher = SEED.index().acquire();
    try {
      EntryColumns columns = SEED.index().columns();
      List<EntryColumns.Leaf> leaves = columns.of(searcher.getIndexReader());
      int compared = 0;
      int scored = 0;
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        for (String text : List.of("群众满意度", "满意度", "系统稳定不宕机", "热线外包服务", "信息化运维", "网络安全事件发生次数", "按时办结率",
            "培训")) {
          KeywordQuery query = queries.build(text, type);
          float[] byName = NameScores.of(searcher, SEED.index(), query.nameScore());
          assertThat(byName).as("%s is a disjunction of terms", text).isNotNull();
          Weight lucene = searcher.createWeight(searcher.rewrite(query.nameScore()), ScoreMode.COMPLETE, 1f);
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            EntryColumns.Leaf values = leaves.get(leaf.ord);
            Scorer scorer = lucene.scorer(leaf);
            DocIdSetIterator it = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              int group = values.nameGroup(doc);
              if (group < 0) {
                continue;
              }
              if (it.docID() < doc) {
                it.advance(doc);
              }
              float expected = it.docID() == doc ? scorer.score() : 0f;
              assertThat(byName[values.nameId(group)]).as("%s, doc %d", text, leaf.docBase + doc).isEqualTo(expected);
              compared++;
              if (expected > 0) {
                scored++;
              }
            }
          }
        }
      }
      assertThat(compared).isGreaterThan(1_000);
      assertThat(scored).as("entries whose name has a query term").isGreaterThan(200);
    } finally {
      SEED.index().release(searcher);
    }
  }
}
