package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.TermStatesCache;

/**
 * The clauses of the rest of a search's score (context, goal), each readable one entry at a time in
 * a segment, with the most it can add there.
 *
 * <p>A weighted term, which is nearly every clause, is read from its postings with the norms held in
 * memory ({@link EntryColumns.Leaf#norms}). At a million entries a broad query asks for some clause of
 * tens of thousands of entries that tie on the name, and Lucene's term scorer spent most of each
 * read on the norm (read through the index's norms iterator) and on its impacts enum; the score is
 * the same: the scorer is made from the same statistics as Lucene's term weight and given the same
 * frequency and norm. The most a term adds in a segment is Lucene's bound too (the top level of its
 * impacts). Any other clause is read through Lucene's scorer.
 */
final class RestClauses {

  /** One clause in one segment. Entries must be asked for in increasing order. */
  interface Clause {
    /** The most this clause adds to any entry of the segment. */
    float max();

    /** The clause's score of {@code doc}, 0 when it does not match. */
    float scoreAt(int doc) throws IOException;

    /**
     * Adds the clause's score of each of {@code docs[0..n)} (increasing, after any entry asked
     * before) to {@code sums[0..n)}: one clause over many entries, in one tight loop.
     */
    void addScores(int[] docs, int n, double[] sums) throws IOException;
  }

  private final List<WeightedTerm> terms;
  private final List<Weight> others;

  private RestClauses(List<WeightedTerm> terms, List<Weight> others) {
    this.terms = terms;
    this.others = others;
  }

  /** The clauses of {@code restScore}, a disjunction from {@link ScoreTerms}; none for null. */
  static RestClauses of(IndexSearcher searcher, TermStatesCache cache, Query restScore) throws IOException {
    List<WeightedTerm> terms = new ArrayList<>();
    List<Weight> others = new ArrayList<>();
    for (Query clause : restScore == null ? List.<Query>of() : ScoreTerms.clauses(restScore)) {
      WeightedTerm term = WeightedTerm.of(searcher, cache, clause);
      if (term == null) {
        // TOP_SCORES: its scorer knows the segment's real maximum score.
        others.add(searcher.createWeight(searcher.rewrite(clause), ScoreMode.TOP_SCORES, 1f));
      } else if (term.scorer() != null) {
        terms.add(term);
      }
    }
    return new RestClauses(terms, others);
  }

  /** The clauses present in {@code leaf}. */
  List<Clause> in(LeafReaderContext leaf, EntryColumns columns, EntryColumns.Leaf values) throws IOException {
    List<Clause> out = new ArrayList<>();
    for (WeightedTerm t : terms) {
      TermState state = t.states().get(leaf);
      if (state == null) {
        continue;
      }
      Terms fieldTerms = leaf.reader().terms(t.term().field());
      TermsEnum te = fieldTerms.iterator();
      te.seekExact(t.term().bytes(), state);
      byte[] norms = values.norms(leaf.reader(), t.term().field());
      NumericDocValues normValues = norms == null ? leaf.reader().getNormValues(t.term().field()) : null;
      float max = maxOf(te, t.scorer());
      byte[] freqs = columns.termFreqs(leaf, t.term(), te);
      out.add(freqs != null
          ? new CommonTermClause(freqs, norms, normValues, t.scorer(), max)
          : new TermClause(te.postings(null, PostingsEnum.FREQS), norms, normValues, t.scorer(), max));
    }
    for (Weight w : others) {
      Scorer s = w.scorer(leaf);
      if (s != null) {
        s.advanceShallow(0);
        out.add(new ScorerClause(s, s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS)));
      }
    }
    return out;
  }

  /** The most the term scores in the segment: its impacts at the level that covers every entry, as Lucene bounds it. */
  private static float maxOf(TermsEnum te, Similarity.SimScorer scorer) throws IOException {
    ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
    impacts.advanceShallow(0);
    Impacts levels = impacts.getImpacts();
    for (int level = 0; level < levels.numLevels(); level++) {
      if (levels.getDocIdUpTo(level) >= DocIdSetIterator.NO_MORE_DOCS) {
        float max = 0;
        for (org.apache.lucene.index.Impact impact : levels.getImpacts(level)) {
          max = Math.max(max, scorer.score(impact.freq, impact.norm));
        }
        return max;
      }
    }
    return scorer.score(Float.MAX_VALUE, 1L);
  }

  /** A weighted term's scoring in a segment: Lucene's scorer applied to a frequency and the entry's norm. */
  private abstract static class WeightedTermClause implements Clause {
    private final byte[] norms;
    private final NumericDocValues normValues;
    private final Similarity.SimScorer scorer;
    private final float max;

    WeightedTermClause(byte[] norms, NumericDocValues normValues, Similarity.SimScorer scorer, float max) {
      this.norms = norms;
      this.normValues = normValues;
      this.scorer = scorer;
      this.max = max;
    }

    @Override
    public float max() {
      return max;
    }

    /** The term's score in {@code doc} with frequency {@code freq} (not 0). */
    final float score(int doc, int freq) throws IOException {
      return scorer.score(freq, norm(doc));
    }

    /** As Lucene's scorer reads it: the stored norm, 1 for a field without norms. */
    private long norm(int doc) throws IOException {
      if (norms != null) {
        return norms[doc];
      }
      return normValues != null && normValues.advanceExact(doc) ? normValues.longValue() : 1L;
    }
  }

  /** A term read from its postings. */
  private static final class TermClause extends WeightedTermClause {
    private final PostingsEnum postings;

    TermClause(PostingsEnum postings, byte[] norms, NumericDocValues normValues, Similarity.SimScorer scorer, float max) {
      super(norms, normValues, scorer, max);
      this.postings = postings;
    }

    @Override
    public float scoreAt(int doc) throws IOException {
      if (postings.docID() < doc) {
        postings.advance(doc);
      }
      return postings.docID() == doc ? score(doc, postings.freq()) : 0f;
    }

    @Override
    public void addScores(int[] docs, int n, double[] sums) throws IOException {
      for (int i = 0; i < n; i++) {
        int doc = docs[i];
        if (postings.docID() < doc) {
          postings.advance(doc);
        }
        if (postings.docID() == doc) {
          sums[i] += score(doc, postings.freq());
        }
      }
    }
  }

  /** A common term read from its frequencies in memory ({@link EntryColumns#termFreqs}). */
  private static final class CommonTermClause extends WeightedTermClause {
    private final byte[] freqs;

    CommonTermClause(byte[] freqs, byte[] norms, NumericDocValues normValues, Similarity.SimScorer scorer, float max) {
      super(norms, normValues, scorer, max);
      this.freqs = freqs;
    }

    @Override
    public float scoreAt(int doc) throws IOException {
      int freq = freqs[doc] & 0xFF;
      return freq == 0 ? 0f : score(doc, freq);
    }

    @Override
    public void addScores(int[] docs, int n, double[] sums) throws IOException {
      for (int i = 0; i < n; i++) {
        int freq = freqs[docs[i]] & 0xFF;
        if (freq != 0) {
          sums[i] += score(docs[i], freq);
        }
      }
    }
  }

  /** Any other clause, through Lucene's scorer. */
  private record ScorerClause(Scorer scorer, float max) implements Clause {
    @Override
    public float scoreAt(int doc) throws IOException {
      DocIdSetIterator it = scorer.iterator();
      if (it.docID() < doc) {
        it.advance(doc);
      }
      return it.docID() == doc ? scorer.score() : 0f;
    }

    @Override
    public void addScores(int[] docs, int n, double[] sums) throws IOException {
      for (int i = 0; i < n; i++) {
        sums[i] += scoreAt(docs[i]);
      }
    }
  }
}
