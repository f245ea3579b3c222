package org.jixiao.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;
import org.jixiao.util.BestEntries;

/**
 * The two parts of an entry's BM25 score within one segment, for {@link MatchPass}: the name part
 * looked up by the entry's distinct name ({@link NameScores}; Lucene's scorer only for a name that
 * cannot be looked up), the rest computed on demand from its clauses ({@link RestClauses}), with the
 * bounds that say when it cannot matter.
 *
 * <p>The rest is scored clause by clause rather than by Lucene's disjunction scorer, which re-sorts
 * its heap of a dozen or two clauses at every entry. Summing the clauses directly gives the same score
 * (each clause's BM25, summed in double precision as Lucene sums them), and the clauses, taken from
 * the highest possible score down, let an entry be dropped as soon as what remains cannot lift it onto
 * the page. The entries of one name come as a run ({@link #offer}) and are summed a clause at a time
 * over the run.
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
  /** The entries of a run still in the running, and their rest so far. */
  private final int[] active = new int[CHUNK];
  private final double[] sums = new double[CHUNK];

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
   * Offers to {@code best}, in order, the entries {@code docs[0..n)}, all of one name whose part is
   * {@code name}, each with its whole score where that can make the page; returns how many were
   * summed whole. Until the page is full every entry is summed. After that the rest is summed a
   * clause at a time over a chunk of the entries left, highest clause first, and an entry is dropped
   * as soon as what the remaining clauses can add in this segment cannot lift it above the page's
   * lowest score. Entries of one name tie on the name, and most tie on the rest too, so most are
   * summed whole: a clause at a time over a run of entries (which the index's sort by name makes
   * adjacent) is one tight loop per clause, each clause's postings read forward once, instead of a
   * call per clause per entry. The sums are the same: each entry's clauses are added in the same
   * order. Calls must come in doc order.
   */
  int offer(int[] docs, int n, float name, BestEntries best, int docBase) throws IOException {
    int i = 0;
    for (; i < n && !best.full(); i++) {
      best.offer(docBase + docs[i], name + rest(docs[i]));
    }
    int scored = i;
    // A chunk at a time, so that the page's lowest score rises as the run fills it.
    for (; i < n && name + restMax > best.lowest(); i += CHUNK) {
      scored += offerChunk(docs, i, Math.min(n, i + CHUNK), name, best, docBase);
    }
    return scored;
  }

  /** Entries of a run summed together: enough for tight loops, few enough for the page's lowest score to keep up. */
  static final int CHUNK = 32;

  private int offerChunk(int[] docs, int from, int to, float name, BestEntries best, int docBase) throws IOException {
    // Equal scores keep the earlier entry, so an entry that can at most tie is dropped.
    double most = mostRestDropped(name, best.lowest());
    int m = to - from;
    System.arraycopy(docs, from, active, 0, m);
    Arrays.fill(sums, 0, m, 0);
    double remaining = restMaxSum;
    for (int c = 0; c < rest.length && m > 0; c++) {
      rest[c].addScores(active, m, sums);
      remaining -= restMaxOf[c];
      double left = Math.max(0, remaining);
      int kept = 0;
      for (int j = 0; j < m; j++) {
        if (sums[j] + left > most) {
          active[kept] = active[j];
          sums[kept] = sums[j];
          kept++;
        }
      }
      m = kept;
    }
    for (int j = 0; j < m; j++) {
      best.offer(docBase + active[j], name + (float) sums[j]);
    }
    return m;
  }

  /**
   * The largest rest {@code r} (a float) with {@code name + r <= lowest} in float arithmetic, or a
   * negative number when {@code name} alone is above {@code lowest}. A bound {@code x} on the rest can
   * lift an entry above {@code lowest} exactly when {@code x > r}, because the score is {@code name}
   * plus the rest rounded to a float and both steps keep order: one comparison of doubles per entry
   * and clause, instead of rounding each bound up to a float.
   */
  static float mostRestDropped(float name, double lowest) {
    if (name + 0f > lowest) {
      return -1f; // any rest lifts it: every bound, at least 0, is above
    }
    // Non-negative floats order as their bits do: a binary search over the bits.
    int low = 0; // name + 0 <= lowest
    int high = Float.floatToRawIntBits(Float.POSITIVE_INFINITY); // name + infinity > lowest
    while (high - low > 1) {
      int mid = (low + high) >>> 1;
      if (name + Float.intBitsToFloat(mid) <= lowest) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return Float.intBitsToFloat(low);
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
