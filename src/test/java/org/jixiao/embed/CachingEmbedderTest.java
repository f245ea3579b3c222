package org.jixiao.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbedderTest {

  @TempDir Path dir;

  /** Records what reaches the model; a text's vector is its length and first character. */
  static class CountingModel implements Embedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String modelId() {
      return "counting";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
      seen.addAll(texts);
      return texts.stream().map(t -> Vectors.normalize(new float[] {t.length(), t.charAt(0)})).toList();
    }
  }

  @Test
  void eachDistinctTextIsEmbeddedOnceAcrossBuilds() throws Exception {
    CountingModel model = new CountingModel();
    List<String> texts = List.of("满意度", "接通率", "满意度", "可用率", "满意度");
    List<float[]> first;
    try (EmbeddingCache cache = EmbeddingCache.open(dir, model.modelId(), 2)) {
      CachingEmbedder embedder = new CachingEmbedder(model, cache);
      first = embedder.embed(texts);
      assertThat(model.seen).containsExactly("满意度", "接通率", "可用率");
      assertThat(embedder.embedded()).isEqualTo(3);
      assertThat(first).hasSize(5);
      assertThat(first.get(0)).isEqualTo(first.get(2)).isEqualTo(first.get(4));
    }
    model.seen.clear();
    try (EmbeddingCache cache = EmbeddingCache.open(dir, model.modelId(), 2)) {
      CachingEmbedder embedder = new CachingEmbedder(model, cache);
      List<float[]> again = embedder.embed(texts);
      assertThat(model.seen).as("a rebuild of the same texts embeds nothing").isEmpty();
      assertThat(embedder.embedded()).isZero();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(again.get(i)).containsExactly(first.get(i));
      }
      embedder.embed(List.of("新指标", "满意度"));
      assertThat(model.seen).containsExactly("新指标");
    }
  }

  @Test
  void largeInputsGoToTheModelInBatches() throws Exception {
    CountingModel model = new CountingModel() {
      final List<Integer> batchSizes = new ArrayList<>();

      @Override
      public synchronized List<float[]> embed(List<String> texts) {
        batchSizes.add(texts.size());
        assertThat(texts.size()).isLessThanOrEqualTo(CachingEmbedder.BATCH);
        return super.embed(texts);
      }
    };
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < CachingEmbedder.BATCH * 2 + 7; i++) {
      texts.add("指标" + i);
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, model.modelId(), 2)) {
      new CachingEmbedder(model, cache).embed(texts);
      assertThat(model.seen).hasSize(texts.size());
      assertThat(cache.size()).isEqualTo(texts.size());
    }
  }
}
