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
}
