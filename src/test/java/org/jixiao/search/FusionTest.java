package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionTest {

  static Fusion.Ranked r(int doc, float score) {
    return new Fusion.Ranked(doc, score);
  }

  static List<Integer> docs(List<Fusion.Fused> fused) {
    return fused.stream().map(Fusion.Fused::doc).toList();
  }

  @Test
  void rrfAddsReciprocalRanks() throws Exception {
    List<Fusion.Fused> fused = new Fusion.Rrf(60, 1f).fuse(
        List.of(r(1, 9f), r(2, 5f)), List.of(r(2, .8f), r(3, .7f)), doc -> 0f);
    assertThat(docs(fused)).containsExactly(2, 1, 3);
    assertThat(fused.get(0).score()).isCloseTo(1f / 62 + 1f / 61, within(1e-6f));
    assertThat(fused.get(0).bm25Rank()).isEqualTo(2);
    assertThat(fused.get(0).vectorRank()).isEqualTo(1);
    assertThat(fused.get(2).bm25Rank()).isZero();
  }

  @Test
  void convexKeepsAStrongMeaningMatchAboveAWeakKeywordMatch() throws Exception {
    // BM25's only hit (doc 7) is an unrelated name sharing a few characters; the vector ranking has
    // the right answer (doc 1) well ahead. RRF puts doc 7 first; the convex fusion does not.
    List<Fusion.Ranked> bm25 = List.of(r(7, 4.2f));
    List<Fusion.Ranked> vector = List.of(r(1, .70f), r(2, .66f), r(3, .65f), r(7, .60f));
    Map<Integer, Float> cos = Map.of(1, .70f, 2, .66f, 3, .65f, 7, .60f);
    assertThat(docs(new Fusion.Rrf(60, 1f).fuse(bm25, vector, cos::get)).get(0)).isEqualTo(7);
    List<Fusion.Fused> convex = Fusion.DEFAULT.fuse(bm25, vector, cos::get);
    assertThat(docs(convex).get(0)).isEqualTo(1);
    // …but the keyword match still lifts it over neighbours of about the same meaning.
    assertThat(docs(convex).indexOf(7)).isLessThan(3);
  }

  @Test
  void convexScoresDocumentsOnlyBm25FoundByTheirExactCosine() throws Exception {
    List<Fusion.Fused> fused = new Fusion.Convex(0.5f).fuse(
        List.of(r(5, 10f), r(6, 5f)), List.of(r(1, .9f)), doc -> doc == 5 ? .2f : .8f);
    // doc 6: .5 * .8 + .5 * (5 / 10) = .65; doc 1: .45; doc 5: .5 * .2 + .5 = .6
    assertThat(docs(fused)).containsExactly(6, 5, 1);
    assertThat(fused.get(0).score()).isCloseTo(.65f, within(1e-6f));
  }

  @Test
  void specsParseAndBadOnesAreRefused() {
    assertThat(Fusion.parse("rrf")).isEqualTo(new Fusion.Rrf(60, 1f));
    assertThat(Fusion.parse("rrf:10:2")).isEqualTo(new Fusion.Rrf(10, 2f));
    assertThat(Fusion.parse("convex:0.8")).isEqualTo(new Fusion.Convex(0.8f));
    assertThat(Fusion.parse(Fusion.DEFAULT.toString())).isEqualTo(Fusion.DEFAULT);
    assertThatThrownBy(() -> Fusion.parse("max")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("融合");
    assertThatThrownBy(() -> Fusion.parse("convex:2")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Fusion.parse("rrf:x")).isInstanceOf(InvalidRequestException.class);
  }
}
