package org.jixiao.testing;

import java.util.List;
import java.util.Random;
import org.jixiao.embed.Embedder;
import org.jixiao.embed.Vectors;

/**
 * Unit vectors drawn from each text's hash: a stand-in model for tests that need many vectors fast
 * and do not care what they mean. Refuses any text containing {@code failOn} (when given), as a
 * model that breaks mid-build would.
 */
public final class HashEmbedder implements Embedder {

  private final int dimension;
  private final String failOn;

  public HashEmbedder(int dimension) {
    this(dimension, null);
  }

  public HashEmbedder(int dimension, String failOn) {
    this.dimension = dimension;
    this.failOn = failOn;
  }

  @Override
  public String modelId() {
    return "hash-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return texts.stream().map(t -> {
      if (failOn != null && t.contains(failOn)) {
        throw new IllegalStateException("embedding failed on purpose");
      }
      Random r = new Random(t.hashCode());
      float[] v = new float[dimension];
      for (int i = 0; i < dimension; i++) {
        v[i] = (float) r.nextGaussian();
      }
      return Vectors.normalize(v);
    }).toList();
  }
}
