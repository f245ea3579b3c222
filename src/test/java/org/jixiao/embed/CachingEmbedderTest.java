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

  @Test
  void progressIsHeardAfterEveryBatchOfTextsNotInTheCacheAndPrintedAtMostEveryInterval() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < CachingEmbedder.BATCH * 2 + 10; i++) {
      texts.add("指标" + i);
    }
    List<long[]> heard = new ArrayList<>();
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "counting", 2)) {
      cache.putAll(List.of("指标0"), List.of(Vectors.normalize(new float[] {1, 1})));
      new CachingEmbedder(new CountingModel(), cache, (done, total, nanos) -> heard.add(new long[] {done, total})).embed(texts);
    }
    assertThat(heard).extracting(h -> h[0]).containsExactly((long) CachingEmbedder.BATCH, 2L * CachingEmbedder.BATCH, texts.size() - 1L);
    assertThat(heard).extracting(h -> h[1]).containsOnly(texts.size() - 1L);

    java.io.StringWriter printed = new java.io.StringWriter();
    EmbeddingProgress line = EmbeddingProgress.printingTo(new java.io.PrintWriter(printed), java.time.Duration.ofSeconds(10));
    line.batchDone(256, 1_000, 1_000_000_000L); // 1 s in: too soon
    line.batchDone(512, 1_000, 11_000_000_000L); // 11 s: printed
    line.batchDone(768, 1_000, 12_000_000_000L); // 12 s: too soon again
    line.batchDone(1_000, 1_000, 13_000_000_000L); // the end is always printed
    assertThat(printed.toString().lines().toList()).hasSize(2);
    assertThat(printed.toString()).contains("512 / 1,000 (51.2%)", "47 条/秒 texts/s", "0:00:10 left", "1,000 / 1,000 (100.0%)");
  }
}
