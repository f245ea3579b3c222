package org.jixiao.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;

/**
 * The two parts of an entry's BM25 score within one segment, for {@link MatchPass}: the name part
 * looked up by the entry's distinct name ({@link NameScores}; Lucene's scorer only for a name that
 * cannot be looked up), the rest computed on demand from its clauses ({@link RestClauses}), with the
 * bounds that say when it cannot matter.
 *
 * <p>The rest is scored clause by clause rather than by Lucene's disjunction scorer: entries are
 * asked for one at a time, far apart, and a disjunction re-sorts its heap of a dozen or two clauses at
 * every step. Summing the clauses directly gives the same score (each clause's BM25, summed in double
 * precision as Lucene sums them), and the clauses, taken from the highest possible score down, let an
 * entry be dropped as soon as what remains cannot lift it onto the page.
 */
final class LeafScores {

  private final LeafReaderContext leaf;
  private final EntryColumns.Leaf values;
  /** The name part by distinct name id ({@link NameScores}); null or NaN where the name scorer must answer. */
  private final float[] byNameId;
  private final NameWeight nameWeight;
  private Scorer name;
  private boolean nameMade;
  /** The rest's clauses present in this segment, highest segment maximum first. */
  private final RestClauses.Clause[] rest;
  private final float[] restMaxOf;
  private final float restMax;
  private final double restMaxSum;
  private float[] byName;

  /** The weight of the name part, made when first asked for (most searches never need it). */
  interface NameWeight {
    /** Null when the query has no name part. */
    Weight get() throws IOException;
  }

  LeafScores(LeafReaderContext leaf, EntryColumns.Leaf values, float[] byNameId, NameWeight nameWeight,
      List<RestClauses.Clause> restClauses) {
    this.leaf = leaf;
    this.values = values;
    this.byNameId = byNameId;
    this.nameWeight = nameWeight;
    rest = restClauses.stream()
        .sorted((a, b) -> Float.compare(b.max(), a.max()))
        .toArray(RestClauses.Clause[]::new);
    restMaxOf = new float[rest.length];
    double sum = 0;
    for (int i = 0; i < rest.length; i++) {
      restMaxOf[i] = rest[i].max();
      sum += restMaxOf[i];
    }
    restMaxSum = sum;
    restMax = roundUp(sum);
  }

  float restMax() {
    return restMax;
  }

  float name(int doc) throws IOException {
    int group = values.nameGroup(doc);
    if (group >= 0 && byNameId != null) {
      int id = values.nameId(group);
      if (id < byNameId.length && !Float.isNaN(byNameId[id])) {
        return byNameId[id];
      }
    }
    if (!nameMade) {
      Weight weight = nameWeight.get();
      name = weight == null ? null : weight.scorer(leaf);
      nameMade = true;
    }
    if (group < 0) {
      return scoreAt(name, doc);
    }
    if (byName == null) {
      byName = new float[values.nameGroups()];
      Arrays.fill(byName, Float.NaN);
    }
    if (Float.isNaN(byName[group])) {
      byName[group] = scoreAt(name, doc);
    }
    return byName[group];
  }

  float rest(int doc) throws IOException {
    double sum = 0;
    for (RestClauses.Clause c : rest) {
      sum += c.scoreAt(doc);
    }
    return (float) sum;
  }

  /**
   * The rest part of {@code doc}'s score, or NaN when {@code name} plus the rest cannot exceed {@code
   * lowest}: clause by clause, highest first, while what the remaining clauses can add in this
   * segment is still enough. (Bounds per block of postings, from impacts, dropped no more entries
   * than this at a million and cost a read of each clause's impacts per entry.) Docs must come in
   * order.
   */
  float restAbove(int doc, float name, double lowest) throws IOException {
    double remaining = restMaxSum;
    double sum = 0;
    for (int i = 0; i < rest.length; i++) {
      remaining -= restMaxOf[i];
      sum += rest[i].scoreAt(doc);
      if (name + roundUp(sum + Math.max(0, remaining)) <= lowest) {
        return Float.NaN;
      }
    }
    return (float) sum;
  }

  /** The smallest float not below {@code x}: a bound that float rounding cannot undercut. */
  private static float roundUp(double x) {
    float f = (float) x;
    return f < x ? Math.nextUp(f) : f;
  }

  /** The scorer's score for {@code doc}, 0 when it does not match; docs must come in order. */
  private static float scoreAt(Scorer scorer, int doc) throws IOException {
    if (scorer == null) {
      return 0f;
    }
    DocIdSetIterator it = scorer.iterator();
    if (it.docID() < doc) {
      it.advance(doc);
    }
    return it.docID() == doc ? scorer.score() : 0f;
  }
}
