package org.jixiao.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Embeds each distinct text once: texts already in the {@link EmbeddingCache} are not sent to the
 * model, and the rest are embedded in batches and added to the cache as each batch completes, so an
 * interrupted build keeps what it paid for.
 */
public final class CachingEmbedder implements Embedder {

  /** Large enough to keep every core busy, small enough that a killed build loses little. */
  static final int BATCH = 256;

  private final Embedder model;
  private final EmbeddingCache cache;
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();
  private final AtomicLong modelNanos = new AtomicLong();
  private final EmbeddingProgress progress;

  public CachingEmbedder(Embedder model, EmbeddingCache cache) {
    this(model, cache, EmbeddingProgress.NONE);
  }

  /** @param progress hears after every batch sent to the model */
  public CachingEmbedder(Embedder model, EmbeddingCache cache, EmbeddingProgress progress) {
    this.model = model;
    this.cache = cache;
    this.progress = progress;
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String t : new LinkedHashSet<>(texts)) {
      if (!cache.contains(t)) {
        missing.add(t);
      }
    }
    reused.addAndGet(texts.size() - missing.size());
    if (!missing.isEmpty()) {
      model.load();
    }
    long began = System.nanoTime();
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
      long start = System.nanoTime();
      List<float[]> vectors = model.embed(batch);
      modelNanos.addAndGet(System.nanoTime() - start);
      try {
        cache.putAll(batch, vectors);
      } catch (IOException e) {
        throw new UncheckedIOException("向量缓存写入失败 / cannot write the embedding cache " + cache.file(), e);
      }
      embedded.addAndGet(batch.size());
      progress.batchDone(from + batch.size(), missing.size(), System.nanoTime() - began);
    }
    List<float[]> out = new ArrayList<>(texts.size());
    try {
      for (String t : texts) {
        out.add(cache.get(t));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("向量缓存读取失败 / cannot read the embedding cache " + cache.file(), e);
    }
    return out;
  }

  /** Distinct texts sent to the model so far. */
  public long embedded() {
    return embedded.get();
  }

  /** Texts answered from the cache (or repeated within a call) so far. */
  public long reused() {
    return reused.get();
  }

  /** Time spent in the model, in milliseconds. */
  public long modelMillis() {
    return modelNanos.get() / 1_000_000;
  }
}
