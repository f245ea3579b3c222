package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the keyword ranking and the vector ranking of one query into one list.
 *
 * <p>Reciprocal rank fusion gives BM25's first hit the same vote as the vector ranking's first hit,
 * however weak the keyword match: on colloquial queries (设施隔多久查看一回) BM25 matches half the
 * query's character pairs in an unrelated name and RRF puts it on top, so RRF lost to vectors alone.
 * The default keeps the strength of each signal instead: cosine similarity as it is, plus a small
 * share of BM25 divided by the query's best BM25 score. A keyword match then lifts an entry past
 * neighbours of similar meaning, but cannot lift an unrelated one past a close match.
 * {@code eval --fusion} reproduces the comparison (README, "Semantic search").
 */
public sealed interface Fusion permits Fusion.Rrf, Fusion.Convex {

  /** The fusion the product uses; the weight was measured, see the class comment. */
  Fusion DEFAULT = new Convex(0.95f);

  /** A document and its score in one ranking: BM25 score, or cosine similarity. */
  record Ranked(int doc, float score) {}

  /** A fused document: its fused score and its 1-based rank in each input (0 when absent). */
  record Fused(int doc, float score, int bm25Rank, int vectorRank) {}

  /** The cosine similarity of a document to the query, for documents only BM25 found. */
  @FunctionalInterface
  interface CosineOf {
    float of(int doc) throws IOException;
  }

  /** Both rankings in one list, best first. */
  List<Fused> fuse(List<Ranked> bm25, List<Ranked> vector, CosineOf cosine) throws IOException;

  /** Parses {@code rrf}, {@code rrf:K}, {@code rrf:K:W} (W = the vector ranking's weight) or {@code convex:ALPHA}. */
  static Fusion parse(String spec) {
    String[] parts = spec.strip().toLowerCase(Locale.ROOT).split(":");
    try {
      return switch (parts[0]) {
        case "rrf" -> new Rrf(parts.length > 1 ? Integer.parseInt(parts[1]) : 60, parts.length > 2 ? Float.parseFloat(parts[2]) : 1f);
        case "convex" -> new Convex(parts.length > 1 ? Float.parseFloat(parts[1]) : 0.95f);
        default -> throw new IllegalArgumentException(spec);
      };
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("无法识别的融合方式：" + spec + " / unknown fusion: " + spec + " (rrf[:k[:w]] or convex[:alpha])");
    }
  }

  /**
   * Reciprocal rank fusion: each ranking votes {@code weight / (k + rank)}.
   *
   * @param vectorWeight the vector ranking's vote relative to BM25's (1 = plain RRF)
   */
  record Rrf(int k, float vectorWeight) implements Fusion {
    public Rrf {
      if (k < 1 || !(vectorWeight >= 0)) {
        throw new IllegalArgumentException("k must be positive and the weight non-negative");
      }
    }

    @Override
    public List<Fused> fuse(List<Ranked> bm25, List<Ranked> vector, CosineOf cosine) {
      Map<Integer, float[]> acc = new LinkedHashMap<>(); // doc -> {score, bm25Rank, vectorRank}
      for (int i = 0; i < bm25.size(); i++) {
        float[] a = acc.computeIfAbsent(bm25.get(i).doc(), d -> new float[3]);
        a[0] += 1f / (k + i + 1);
        a[1] = i + 1;
      }
      for (int i = 0; i < vector.size(); i++) {
        float[] a = acc.computeIfAbsent(vector.get(i).doc(), d -> new float[3]);
        a[0] += vectorWeight / (k + i + 1);
        a[2] = i + 1;
      }
      return sorted(acc);
    }

    @Override
    public String toString() {
      return vectorWeight == 1f ? "rrf:" + k : "rrf:" + k + ":" + vectorWeight;
    }
  }

  /**
   * Convex combination: {@code alpha * cosine + (1 - alpha) * bm25 / maxBm25}. A document only the
   * vector ranking found has no BM25 share (it does not match the words); one only BM25 found gets
   * its exact cosine similarity, so every candidate is scored on both.
   */
  record Convex(float alpha) implements Fusion {
    public Convex {
      if (!(alpha >= 0 && alpha <= 1)) {
        throw new IllegalArgumentException("alpha must be within 0..1");
      }
    }

    @Override
    public List<Fused> fuse(List<Ranked> bm25, List<Ranked> vector, CosineOf cosine) throws IOException {
      float max = 0;
      for (Ranked r : bm25) {
        max = Math.max(max, r.score());
      }
      Map<Integer, float[]> acc = new LinkedHashMap<>(); // doc -> {score, bm25Rank, vectorRank}
      for (int i = 0; i < vector.size(); i++) {
        float[] a = acc.computeIfAbsent(vector.get(i).doc(), d -> new float[3]);
        a[0] = alpha * vector.get(i).score();
        a[2] = i + 1;
      }
      for (int i = 0; i < bm25.size(); i++) {
        Ranked r = bm25.get(i);
        float[] a = acc.get(r.doc());
        if (a == null) {
          a = new float[3];
          a[0] = alpha * cosine.of(r.doc());
          acc.put(r.doc(), a);
        }
        a[0] += max > 0 ? (1 - alpha) * r.score() / max : 0;
        a[1] = i + 1;
      }
      return sorted(acc);
    }

    @Override
    public String toString() {
      return "convex:" + alpha;
    }
  }

  private static List<Fused> sorted(Map<Integer, float[]> acc) {
    List<Fused> out = new ArrayList<>(acc.size());
    acc.forEach((doc, a) -> out.add(new Fused(doc, a[0], (int) a[1], (int) a[2])));
    // Ties go to the document BM25 ranked higher, then to index order: deterministic.
    out.sort(Comparator.comparingDouble((Fused f) -> -f.score())
        .thenComparingInt(f -> f.bm25Rank() == 0 ? Integer.MAX_VALUE : f.bm25Rank())
        .thenComparingInt(Fused::doc));
    return out;
  }
}
