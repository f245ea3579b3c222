package org.jixiao.embed;

import java.util.List;

/** Turns texts into unit-length vectors of a fixed dimension. Implementations are thread-safe. */
public interface Embedder {

  /** Names the model and everything that changes its vectors; part of every cache key. */
  String modelId();

  int dimension();

  /** One unit-length vector per text, in order. */
  List<float[]> embed(List<String> texts);

  /** Loads the model now if it loads lazily, so that timing the first batch does not time the load. */
  default void load() {}

  default float[] embed(String text) {
    return embed(List.of(text)).get(0);
  }
}
