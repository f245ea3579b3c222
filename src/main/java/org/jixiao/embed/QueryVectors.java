package org.jixiao.embed;

import java.util.Map;
import org.jixiao.util.LruMap;

/**
 * Embeds queries, remembering the most recent ones: search-as-you-type and paging repeat the same
 * query many times, and a lookup is a thousand times cheaper than the model.
 */
public final class QueryVectors {

  static final int REMEMBERED = 2_000;

  private final Embedder model;
  private final int remembered;
  private final Map<String, float[]> recent;

  private final String prefix;

  public QueryVectors(Embedder model) {
    this(model, "", REMEMBERED);
  }

  /**
   * @param prefix put before every query (bge's retrieval instruction, for measuring it; see README)
   * @param remembered how many recent queries to remember; 0 embeds every query (benchmarks)
   */
  public QueryVectors(Embedder model, String prefix, int remembered) {
    this.model = model;
    this.prefix = prefix;
    this.remembered = remembered;
    this.recent = new LruMap<>(remembered);
  }

  public String modelId() {
    return model.modelId();
  }

  /**
   * The vectors of several texts (a query and its variants), those not remembered embedded together
   * so that they run on all cores at once. Callers must not modify them.
   */
  public java.util.List<float[]> ofAll(java.util.List<String> queries) {
    float[][] out = new float[queries.size()][];
    java.util.List<String> missing = new java.util.ArrayList<>();
    synchronized (recent) {
      for (int i = 0; i < queries.size(); i++) {
        out[i] = recent.get(queries.get(i));
        if (out[i] == null) {
          missing.add(prefix + queries.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      java.util.List<float[]> computed = model.embed(missing);
      int next = 0;
      for (int i = 0; i < out.length; i++) {
        if (out[i] == null) {
          out[i] = computed.get(next++);
          if (remembered > 0) {
            synchronized (recent) {
              recent.put(queries.get(i), out[i]);
            }
          }
        }
      }
    }
    return java.util.Arrays.asList(out);
  }

  /** The query's vector. Callers must not modify it. */
  public float[] of(String query) {
    synchronized (recent) {
      float[] v = recent.get(query);
      if (v != null) {
        return v;
      }
    }
    float[] v = model.embed(prefix + query);
    if (remembered > 0) {
      synchronized (recent) {
        recent.put(query, v);
      }
    }
    return v;
  }
}
