package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class DistinctNamesTest {

  @Test
  void aNameKeepsItsIdAndIsFoundOnlyOncePublished() throws Exception {
    try (DistinctNames names = new DistinctNames()) {
      assertThat(names.idOf("群众满意度")).isZero();
      assertThat(names.idOf("系统可用率")).isEqualTo(1);
      assertThat(names.idOf("群众满意度")).isZero();
      names.publish();
      int late = names.idOf("服务对象满意率");
      assertThat(late).isEqualTo(2);

      TermQuery satisfied = new TermQuery(new Term(Fields.NAME_CJK, "满意"));
      FixedBitSet before = names.matching(satisfied);
      assertThat(before.cardinality()).isEqualTo(1);
      assertThat(before.get(0)).isTrue();
      before.set(1); // a caller's change to its answer is its own
      assertThat(names.matching(satisfied).cardinality()).as("asked again, answered from the kept answer").isEqualTo(1);

      // Publishing the late name must not leave the kept answer without it.
      names.publish();
      FixedBitSet after = names.matching(satisfied);
      assertThat(after.cardinality()).isEqualTo(2);
      assertThat(after.get(0)).isTrue();
      assertThat(after.get(late)).isTrue();
      assertThat(names.matching(new TermQuery(new Term(Fields.NAME_CJK, "可用"))).get(1)).isTrue();
    }
  }

  @Test
  void idsFollowTheOrderNamesWereAddedAcrossManySegments() throws Exception {
    try (DistinctNames names = new DistinctNames()) {
      for (int i = 0; i < 300; i++) {
        assertThat(names.idOf("指标" + i + "完成率")).isEqualTo(i);
        if (i % 7 == 0) {
          names.publish(); // a segment per publish; merges must keep the order
        }
      }
      names.publish();
      for (int i : new int[] {0, 1, 150, 299}) {
        FixedBitSet hit = names.matching(new TermQuery(new Term(Fields.NAME_CJK, String.valueOf(i))));
        assertThat(hit.get(i)).as("name %d", i).isTrue();
      }
    }
  }

  @Test
  void scoresSumTheClausesOfTheTermsANameHasAndLeaveNamesThatMayBeCutToTheMainIndex() throws Exception {
    try (DistinctNames names = new DistinctNames()) {
      int both = names.idOf("群众满意度");
      int one = names.idOf("系统满意");
      int none = names.idOf("系统可用率");
      int cut = names.idOf("满意".repeat(DocumentMapper.MAX_NAME_KEY_CHARS / 2));
      names.publish();
      // Scorers that show what they were given: the frequency, and the norm as a fraction.
      Similarity.SimScorer satisfied = new Similarity.SimScorer() {
        @Override
        public float score(float freq, long norm) {
          return 10 * freq + 1f / norm;
        }
      };
      Similarity.SimScorer masses = new Similarity.SimScorer() {
        @Override
        public float score(float freq, long norm) {
          return 100;
        }
      };
      float[] scores = names.scores(List.of(
          new EntryColumns.NameClause(new Term(Fields.NAME_CJK, "满意"), satisfied),
          new EntryColumns.NameClause(new Term(Fields.NAME_CJK, "群众"), masses),
          new EntryColumns.NameClause(new Term(Fields.NAME_CJK, "不在"), masses)));
      assertThat(scores).hasSize(4);
      // 群众满意度: four bigrams, so its norm (a small length is stored exactly) is 4.
      assertThat(scores[both]).isEqualTo((float) ((double) (10 + 1f / 4) + 100));
      assertThat(scores[one]).isEqualTo(10 + 1f / 3);
      assertThat(scores[none]).isZero();
      assertThat(scores[cut]).isNaN();
    }
  }
}
