package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.embed.CachingEmbedder;
import org.jixiao.embed.EmbeddingCache;
import org.jixiao.ingest.IngestResult;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * The vector of every project and indicator of a build, computed before anything is written: all
 * texts of the corpus go to the model in one deduplicated stream, which keeps every core busy and
 * embeds a name shared by a thousand indicators once.
 */
final class EntryVectors {

  static final EntryVectors NONE = new EntryVectors(Map.of(), null);

  private final Map<String, float[]> byId;
  private final EmbeddingReport report;

  private EntryVectors(Map<String, float[]> byId, EmbeddingReport report) {
    this.byId = byId;
    this.report = report;
  }

  static EntryVectors compute(IngestResult ingest, VectorSettings settings, IndexLocation location) throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Document d : ingest.documents()) {
      for (Project p : d.projects()) {
        ids.add(p.id());
        texts.add(settings.texts().project(p));
        for (Indicator i : p.indicators()) {
          ids.add(i.id());
          texts.add(settings.texts().indicator(p, i));
        }
      }
    }
    try (EmbeddingCache cache =
        EmbeddingCache.open(settings.cacheIn(location), settings.model().modelId(), settings.model().dimension())) {
      CachingEmbedder embedder = new CachingEmbedder(settings.model(), cache);
      List<float[]> vectors = embedder.embed(texts);
      Map<String, float[]> byId = new HashMap<>(ids.size() * 2);
      for (int i = 0; i < ids.size(); i++) {
        byId.put(ids.get(i), vectors.get(i));
      }
      EmbeddingReport report = new EmbeddingReport(
          settings.model().modelId(), settings.texts().name(), ids.size(), embedder.embedded(), embedder.modelMillis());
      return new EntryVectors(byId, report);
    }
  }

  /** The entry's vector, or null when the build has none. */
  float[] of(String id) {
    return byId.get(id);
  }

  EmbeddingReport report() {
    return report;
  }
}
