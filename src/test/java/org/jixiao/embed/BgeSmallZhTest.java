package org.jixiao.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Our session settings must not change a vector: the model id, and so every cached and indexed
 * vector, assumes they are langchain4j's own.
 */
class BgeSmallZhTest {

  @Test
  void vectorsAreLangchain4jsOwnForShortLongAndOverlongTexts() {
    String goal = "通过实施城乡居民基本医疗保险参保补助，提高参保率，减轻群众就医负担，保障困难群众基本医疗需求，";
    List<String> texts = List.of(
        "参保率",
        "受益群众满意度≥90%",
        "老旧小区改造项目：" + goal.repeat(3),
        // Past the model's 512 tokens: langchain4j averages the windows, and so must we.
        goal.repeat(14),
        "");
    List<float[]> ours = BgeSmallZh.shared().embed(texts);

    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      BgeSmallZhV15QuantizedEmbeddingModel stock = new BgeSmallZhV15QuantizedEmbeddingModel(one);
      List<TextSegment> segments = new ArrayList<>();
      for (String t : texts) {
        segments.add(TextSegment.from(t.isBlank() ? "。" : t));
      }
      List<float[]> theirs = stock.embedAll(segments).content().stream()
          .map(e -> Vectors.normalize(e.vector()))
          .toList();
      assertThat(ours).hasSize(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        assertThat(ours.get(i)).hasSize(512);
        assertThat(Vectors.dot(ours.get(i), theirs.get(i)))
            .as("cosine of text %d to langchain4j's vector", i)
            .isGreaterThan(0.99999f);
      }
      // Different texts stay different: the comparison above is not between constant vectors.
      assertThat(Vectors.dot(ours.get(0), ours.get(3))).isLessThan(0.95f);
    } finally {
      one.shutdownNow();
    }
  }

  /**
   * An upload's embedding in serve (a background thread) runs text by text on that thread, giving way
   * to searches between texts, and gives the same vectors as the workers.
   */
  @Test
  void aBackgroundThreadEmbedsTheSameVectorsOnItsOwnThreadAndGivesWay() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      texts.add("第" + i + "批老旧小区改造完成率" + "，居民满意度不低于" + (80 + i) + "%");
    }
    List<float[]> together = BgeSmallZh.shared().embed(texts);
    org.jixiao.util.GiveWay.background();
    org.jixiao.util.GiveWay.searchStarts();
    List<float[]> alone;
    long pauses;
    try {
      long before = org.jixiao.util.GiveWay.pausesTaken();
      alone = BgeSmallZh.shared().embed(texts);
      pauses = org.jixiao.util.GiveWay.pausesTaken() - before;
    } finally {
      org.jixiao.util.GiveWay.searchEnds();
      org.jixiao.util.GiveWay.foreground();
    }
    // Twelve texts of several milliseconds each: the thread passed its 5 ms slice several times.
    assertThat(pauses).isPositive();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(Vectors.dot(together.get(i), alone.get(i))).as("text %d", i).isGreaterThan(0.99999f);
    }
  }
}
