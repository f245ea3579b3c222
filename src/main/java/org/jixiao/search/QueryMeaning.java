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
 * The vectors of a query's forms and their weights. A document's similarity to the query is half its
 * best (weighted) similarity to any form and half its mean over all of them ({@link #AGREEMENT}): the
 * query as typed and as said in the tables' words count whole, a synonym variant a little less, and a
 * document near every form of the query is nearer what was meant than one near a single form.
 */
record QueryMeaning(List<float[]> forms, List<Float> weights) {

  QueryMeaning {
    if (forms.size() != weights.size()) {
      throw new IllegalArgumentException(forms.size() + " forms, " + weights.size() + " weights");
    }
  }

  /**
   * The share of a document's similarity that is its mean over the query's forms rather than its best
   * (a query of one form is unaffected). Each form is one reading of the query, and a small model
   * misreads some of them: 社工干得好不好有没有人打分 said in the tables' words is 社工质量达标率是否人打分,
   * nearest 技术评估质量达标率, while the form as typed is nearest 对社工服务质量进行考核评估; the entry near
   * both readings is the one meant. Measured (session 20, nDCG@10 hybrid, four development sets,
   * colloquial / drafter, first and second pair): 0 (best form only) 0.752 / 0.852 / 0.660 / 0.806,
   * 0.3: 0.764 / 0.857 / 0.675 / 0.812, 0.5 (chosen): 0.762 / 0.857 / 0.684 / 0.820, 0.7: 0.760 /
   * 0.860 / 0.683 / 0.822, 1 (mean only): 0.765 / 0.856 / 0.682 / 0.821.
   */
  static final float AGREEMENT = 0.5f;

  /** Finds the {@code k} accepted documents nearest a vector (global ids, Lucene's dot-product scores, best first). */
  @FunctionalInterface
  interface Nearest {
    org.apache.lucene.search.TopDocs nearest(float[] vector, int k) throws IOException;
  }

  /** The similarity to the query ({@link #cosine(float[])}) of each of some documents that have a vector. */
  @FunctionalInterface
  interface Similarities {
    Map<Integer, Float> of(List<Integer> docs) throws IOException;
  }

  /** Nearest neighbours of any form of the query, ranked by their similarity to the query, and their documents. */
  record Neighbours(List<Fusion.Ranked> ranked, List<Integer> docs) {}

  float weight(int form) {
    return weights.get(form);
  }

  float cosine(TextVectors texts, IndexSearcher searcher, int doc) throws IOException {
    return cosine(VectorReader.vectorOf(texts, searcher, doc));
  }

  /** A vector's similarity to the query (see {@link #AGREEMENT}), variants discounted; 0 for no vector. */
  float cosine(float[] v) {
    if (v == null) {
      return 0f;
    }
    float[] cosines = new float[forms.size()];
    for (int f = 0; f < forms.size(); f++) {
      cosines[f] = Vectors.dot(v, forms.get(f));
    }
    return combined(cosines);
  }

  /** The similarity to the query of a document whose cosine similarity to form {@code f} is {@code cosines[f]}. */
  float combined(float[] cosines) {
    float best = -1f;
    float sum = 0f;
    for (int f = 0; f < forms.size(); f++) {
      float weighted = weight(f) * cosines[f];
      best = Math.max(best, weighted);
      sum += weighted;
    }
    return forms.size() == 1 ? best : (1 - AGREEMENT) * best + AGREEMENT * sum / forms.size();
  }

  /**
   * The {@link Searcher#VECTOR_CANDIDATES} nearest entries over the query's forms among those
   * {@code vectors} accepts: none when even the nearest is below {@code floor} (the query means
   * nothing the corpus holds), else those within {@code band} of the nearest, both by best (weighted)
   * similarity to any form; ranked by their similarity to the query, which {@code similarities} gives
   * (the same as {@link #cosine(float[])}) when the query has more than one form.
   */
  Neighbours neighbours(Nearest vectors, Similarities similarities, float floor, float band) throws IOException {
    Map<Integer, Float> best = new HashMap<>();
    for (int f = 0; f < forms.size(); f++) {
      float w = weight(f);
      for (ScoreDoc sd : vectors.nearest(forms.get(f), Searcher.VECTOR_CANDIDATES).scoreDocs) {
        best.merge(sd.doc, w * VectorReader.cosineFromScore(sd.score), Math::max);
      }
    }
    float nearest = best.values().stream().max(Float::compare).orElse(-1f);
    float least = nearest < floor ? Float.POSITIVE_INFINITY : nearest - band;
    List<Integer> members = new ArrayList<>();
    best.forEach((doc, cos) -> {
      if (cos >= least) {
        members.add(doc);
      }
    });
    Map<Integer, Float> similarity = forms.size() == 1 || members.isEmpty() ? best : similarities.of(members);
    List<Fusion.Ranked> ranked = new ArrayList<>(members.size());
    for (int doc : members) {
      ranked.add(new Fusion.Ranked(doc, similarity.getOrDefault(doc, best.get(doc))));
    }
    ranked.sort(Comparator.comparingDouble((Fusion.Ranked r) -> -r.score()).thenComparingInt(Fusion.Ranked::doc));
    List<Fusion.Ranked> top = List.copyOf(ranked.size() > Searcher.VECTOR_CANDIDATES ? ranked.subList(0, Searcher.VECTOR_CANDIDATES) : ranked);
    return new Neighbours(top, top.stream().map(Fusion.Ranked::doc).toList());
  }
}
