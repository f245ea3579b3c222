package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

class QueryMeaningTest {

  /** Unit vectors in the plane at an angle: their dot product with (1, 0) is cos(angle). */
  private static float[] at(double degrees) {
    return new float[] {(float) Math.cos(Math.toRadians(degrees)), (float) Math.sin(Math.toRadians(degrees))};
  }

  @Test
  void aQueryOfOneFormIsItsCosine() {
    QueryMeaning one = new QueryMeaning(List.of(at(0)), List.of(1f));
    assertThat(one.cosine(at(60))).isCloseTo(0.5f, within(1e-6f));
    assertThat(one.cosine(null)).isZero();
  }

  @Test
  void aDocumentNearEveryFormOutranksOneNearOnlyItsBestForm() {
    // Two readings of a query, 90° apart. One entry lies on the first reading and away from the
    // second; the other lies between them, a little further from the first but near both.
    QueryMeaning two = new QueryMeaning(List.of(at(0), at(90)), List.of(1f, 1f));
    float[] nearOne = at(-20);
    float[] nearBoth = at(40);
    assertThat(Math.max(nearOne[0], nearOne[1])).isGreaterThan(Math.max(nearBoth[0], nearBoth[1])); // best form alone prefers nearOne
    assertThat(two.cosine(nearBoth)).isGreaterThan(two.cosine(nearOne));
    // Half the best and half the mean of the weighted similarities.
    float best = (float) Math.cos(Math.toRadians(40));
    float mean = (float) (Math.cos(Math.toRadians(40)) + Math.cos(Math.toRadians(50))) / 2;
    assertThat(two.cosine(nearBoth)).isCloseTo((1 - QueryMeaning.AGREEMENT) * best + QueryMeaning.AGREEMENT * mean, within(1e-6f));
  }

  @Test
  void neighboursAreChosenByTheirBestFormAndRankedByTheirSimilarityToTheQuery() throws Exception {
    QueryMeaning two = new QueryMeaning(List.of(at(0), at(90)), List.of(1f, 1f));
    Map<Integer, float[]> vectors = new HashMap<>();
    vectors.put(1, at(-20)); // near the first reading only
    vectors.put(2, at(40)); // near both
    vectors.put(3, at(-150)); // far from both: below the band
    QueryMeaning.Nearest nearest = (vector, k) -> {
      List<ScoreDoc> docs = new ArrayList<>();
      vectors.forEach((doc, v) -> docs.add(new ScoreDoc(doc, (1 + v[0] * vector[0] + v[1] * vector[1]) / 2))); // Lucene's dot-product score
      docs.sort((a, b) -> Float.compare(b.score, a.score));
      return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO), docs.toArray(ScoreDoc[]::new));
    };
    QueryMeaning.Similarities similarities = docs -> {
      Map<Integer, Float> out = new HashMap<>();
      docs.forEach(d -> out.put(d, two.cosine(vectors.get(d))));
      return out;
    };
    QueryMeaning.Neighbours found = two.neighbours(nearest, similarities, 0.5f, 0.3f);
    assertThat(found.docs()).containsExactly(2, 1);
    assertThat(found.ranked().get(0).score()).isEqualTo(two.cosine(vectors.get(2)));
    // Below the floor by every form: nothing, whatever the mean would say.
    assertThat(two.neighbours(nearest, similarities, 0.99f, 0.3f).docs()).isEmpty();
  }
}
