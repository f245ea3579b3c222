package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.jixiao.embed.Vectors;
import org.jixiao.index.TextVectors;

/**
 * The vectors of a query's forms and their weights; a document's similarity is its best, weighted:
 * the query as typed and as said in the tables' words count whole, a synonym variant a little less.
 */
record QueryMeaning(List<float[]> forms, List<Float> weights) {

  QueryMeaning {
    if (forms.size() != weights.size()) {
      throw new IllegalArgumentException(forms.size() + " forms, " + weights.size() + " weights");
    }
  }

  /** Finds the {@code k} accepted documents nearest a vector (global ids, Lucene's dot-product scores, best first). */
  @FunctionalInterface
  interface Nearest {
    org.apache.lucene.search.TopDocs nearest(float[] vector, int k) throws IOException;
  }

  /** Nearest neighbours of any form of the query, ranked by best similarity, and their documents. */
  record Neighbours(List<Fusion.Ranked> ranked, List<Integer> docs) {}

  float weight(int form) {
    return weights.get(form);
  }

  float cosine(TextVectors texts, IndexSearcher searcher, int doc) throws IOException {
    return cosine(VectorReader.vectorOf(texts, searcher, doc));
  }

  /** A vector's best similarity to any form of the query, variants discounted; 0 for no vector. */
  float cosine(float[] v) {
    if (v == null) {
      return 0f;
    }
    float best = -1f;
    for (int f = 0; f < forms.size(); f++) {
      best = Math.max(best, weight(f) * Vectors.dot(v, forms.get(f)));
    }
    return best;
  }

  /**
   * The {@link Searcher#VECTOR_CANDIDATES} nearest entries over the query's forms among those
   * {@code vectors} accepts, by best (weighted) similarity: none when even the nearest is below
   * {@code floor} (the query means nothing the corpus holds), else those within {@code band} of the
   * nearest.
   */
  Neighbours neighbours(Nearest vectors, float floor, float band) throws IOException {
    Map<Integer, Float> best = new HashMap<>();
    for (int f = 0; f < forms.size(); f++) {
      float w = weight(f);
      for (ScoreDoc sd : vectors.nearest(forms.get(f), Searcher.VECTOR_CANDIDATES).scoreDocs) {
        best.merge(sd.doc, w * VectorReader.cosineFromScore(sd.score), Math::max);
      }
    }
    float nearest = best.values().stream().max(Float::compare).orElse(-1f);
    float least = nearest < floor ? Float.POSITIVE_INFINITY : nearest - band;
    List<Fusion.Ranked> ranked = new ArrayList<>(best.size());
    best.forEach((doc, cos) -> {
      if (cos >= least) {
        ranked.add(new Fusion.Ranked(doc, cos));
      }
    });
    ranked.sort(Comparator.comparingDouble((Fusion.Ranked r) -> -r.score()).thenComparingInt(Fusion.Ranked::doc));
    List<Fusion.Ranked> top = List.copyOf(ranked.size() > Searcher.VECTOR_CANDIDATES ? ranked.subList(0, Searcher.VECTOR_CANDIDATES) : ranked);
    return new Neighbours(top, top.stream().map(Fusion.Ranked::doc).toList());
  }
}
