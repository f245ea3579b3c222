package org.jixiao.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds queries, remembering the most recent ones: search-as-you-type and paging repeat the same
 * query many times, and a lookup is a thousand times cheaper than the model.
 */
public final class QueryVectors {

  private static final int REMEMBERED = 2_000;

  private final Embedder model;
  private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > REMEMBERED;
    }
  };

  private final String prefix;

  public QueryVectors(Embedder model) {
    this(model, "");
  }

  /**
   * @param prefix put before every query (bge's retrieval instruction, for measuring it; see README)
   */
  public QueryVectors(Embedder model, String prefix) {
    this.model = model;
    this.prefix = prefix;
  }

  public String modelId() {
    return model.modelId();
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
    synchronized (recent) {
      recent.put(query, v);
    }
    return v;
  }
}
