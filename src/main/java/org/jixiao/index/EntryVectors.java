package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.jixiao.embed.CachingEmbedder;
import org.jixiao.embed.EmbeddingCache;
import org.jixiao.ingest.IngestResult;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.util.Digests;

/**
 * The embedded text of every project and indicator of a build, and the vector of each distinct text,
 * computed before anything is written: all texts go to the model in one deduplicated stream, which
 * keeps every core busy and embeds a name shared by a thousand indicators once.
 *
 * <p>An entry carries only its text's key ({@link Fields#VECTOR_KEY}); the vectors live once per
 * distinct text in the {@link TextVectors} index beside the entries. A province repeats its indicator
 * names thousands of times, and a graph over a million copies of a few thousand points costs most of
 * a build and ranks copies at random.
 */
final class EntryVectors {

  static final EntryVectors NONE = new EntryVectors(Map.of(), Map.of(), null);

  private final Map<String, BytesRef> keyById;
  /** Each distinct key's vector, in the order first met. */
  private final Map<BytesRef, float[]> vectorByKey;
  private final EmbeddingReport report;

  private EntryVectors(Map<String, BytesRef> keyById, Map<BytesRef, float[]> vectorByKey, EmbeddingReport report) {
    this.keyById = keyById;
    this.vectorByKey = vectorByKey;
    this.report = report;
  }

  static EntryVectors compute(IngestResult ingest, VectorSettings settings, IndexLocation location) throws IOException {
    return compute(ingest.documents(), settings, settings.cacheIn(location));
  }

  /** The texts and vectors of {@code documents}' entries, through the embedding cache in {@code cacheDirectory}. */
  static EntryVectors compute(List<Document> documents, VectorSettings settings, java.nio.file.Path cacheDirectory) throws IOException {
    List<String> ids = new ArrayList<>();
    List<BytesRef> keys = new ArrayList<>();
    Map<BytesRef, String> textByKey = new LinkedHashMap<>();
    Map<String, BytesRef> indicatorKeys = new HashMap<>();
    Map<String, BytesRef> projectKeys = new HashMap<>();
    for (Document d : documents) {
      for (Project p : d.projects()) {
        String text = settings.texts().project(p);
        BytesRef key = projectKeys.computeIfAbsent(text, t -> key(TextVectors.PROJECT, t));
        textByKey.putIfAbsent(key, text);
        ids.add(p.id());
        keys.add(key);
        for (Indicator i : p.indicators()) {
          String name = settings.texts().indicator(p, i);
          BytesRef ikey = indicatorKeys.computeIfAbsent(name, t -> key(TextVectors.INDICATOR, t));
          textByKey.putIfAbsent(ikey, name);
          ids.add(i.id());
          keys.add(ikey);
        }
      }
    }
    if (textByKey.isEmpty()) {
      // nothing to embed (a delete): the cache is not even opened
      return new EntryVectors(Map.of(), Map.of(), new EmbeddingReport(
          settings.model().modelId(), settings.texts().name(), 0, 0, 0));
    }
    try (EmbeddingCache cache =
        EmbeddingCache.open(cacheDirectory, settings.model().modelId(), settings.model().dimension())) {
      CachingEmbedder embedder = new CachingEmbedder(settings.model(), cache, settings.progress());
      List<BytesRef> distinct = new ArrayList<>(textByKey.keySet());
      List<float[]> vectors = embedder.embed(distinct.stream().map(textByKey::get).toList());
      Map<BytesRef, float[]> vectorByKey = new LinkedHashMap<>(distinct.size() * 2);
      for (int i = 0; i < distinct.size(); i++) {
        vectorByKey.put(distinct.get(i), vectors.get(i));
      }
      Map<String, BytesRef> keyById = new HashMap<>(ids.size() * 2);
      for (int i = 0; i < ids.size(); i++) {
        keyById.put(ids.get(i), keys.get(i));
      }
      EmbeddingReport report = new EmbeddingReport(
          settings.model().modelId(), settings.texts().name(), ids.size(), embedder.embedded(), embedder.modelMillis());
      return new EntryVectors(keyById, vectorByKey, report);
    }
  }

  /**
   * A text's key: which kind of entry it stands for (one byte), then the first 128 bits of the text's
   * SHA-256. The kind is part of the key because indicators and projects are searched apart.
   */
  static BytesRef key(byte kind, String text) {
    byte[] key = new byte[17];
    key[0] = kind;
    System.arraycopy(Digests.sha256(text), 0, key, 1, 16);
    return new BytesRef(key);
  }

  /** The key of the entry's text, or null when the build has no vectors. */
  BytesRef keyOf(String id) {
    return keyById.get(id);
  }

  /** Every distinct text's key and vector. */
  Map<BytesRef, float[]> vectors() {
    return vectorByKey;
  }

  EmbeddingReport report() {
    return report;
  }
}
