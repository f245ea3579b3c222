package org.jixiao.index;

import java.nio.file.Path;
import org.jixiao.embed.Embedder;

/**
 * How entries get their vectors: the model, what text stands for each entry, and where computed
 * vectors are cached.
 *
 * @param cacheDirectory null for the default, {@code embeddings/} inside the index directory, which
 *     outlives index generations so that a rebuild of an unchanged corpus embeds nothing
 * @param progress hears how far a build's embedding has come
 */
public record VectorSettings(Embedder model, EntryTexts texts, Path cacheDirectory, org.jixiao.embed.EmbeddingProgress progress) {

  public VectorSettings(Embedder model, EntryTexts texts, Path cacheDirectory) {
    this(model, texts, cacheDirectory, org.jixiao.embed.EmbeddingProgress.NONE);
  }

  public static VectorSettings of(Embedder model) {
    return new VectorSettings(model, EntryTexts.DEFAULT, null);
  }

  /** Part of the index fingerprint: a change of model or texts rebuilds the index. */
  public String describe() {
    return model.modelId() + "/" + texts;
  }

  public Path cacheIn(IndexLocation location) {
    return cacheDirectory != null ? cacheDirectory : location.root().resolve("embeddings");
  }
}
