package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.Fields;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.TextVectors;
import org.jixiao.util.BestEntries;

/**
 * Nearest neighbours under a search's filters: the texts nearest the query (from the graph of
 * {@link TextVectors}), then each text's entries that the filters accept, until there are enough.
 *
 * <p>Entries share vectors: every indicator of a name has its name's vector. So the graph holds each
 * distinct text once, and an entry's similarity is its text's. A text's entries come from the
 * postings of its key, in document order, which is also how ties are broken. When the filters accept
 * few entries, the nearest texts may have none among them; then more texts are asked for, four times
 * as many each round. Through the texts, finding k of {@code a} accepted entries among {@code n}
 * walks about {@code k × n / a} postings; scoring the accepted entries directly costs {@code a ×}
 * {@link #DIRECT_COST}; the cheaper is taken.
 *
 * <p>The accepted documents are a bit set built once per search from the in-memory type column (word
 * by word) and the facet filters, and every form of the query (up to three synonym variants) uses it
 * as it is.
 */
final class NearestVectors {

  /**
   * What scoring one accepted entry directly costs, in walks of one posting of a text's key (measured
   * at a million, warm, 7,013 of 830,000 indicators accepted by a city and a year: 1.1 ms scored one
   * by one, 157 ns each; 0.4 ms through the texts, 11,800 postings at 36 ns).
   */
  static final int DIRECT_COST = 4;

  /** Texts asked of the graph at first, at least: its recall is better with a wider beam, and it is cheap. */
  static final int FIRST_TEXTS = 64;

  /** Per segment (by leaf ord), the documents a search may return; null where none. */
  private final List<FixedBitSet> accepted;
  private final List<LeafReaderContext> leaves;
  private final TextVectors texts;
  private final String type;
  private final long acceptedCount;
  /** Entries of the type, accepted or not. */
  private final long entries;
  /** Null: the cheaper way; else whether to score the accepted entries directly (tests try both ways). */
  private final Boolean direct;

  private NearestVectors(List<LeafReaderContext> leaves, List<FixedBitSet> accepted, TextVectors texts, String type,
      long acceptedCount, long entries, Boolean direct) {
    this.leaves = leaves;
    this.accepted = accepted;
    this.texts = texts;
    this.type = type;
    this.acceptedCount = acceptedCount;
    this.entries = entries;
    this.direct = direct;
  }

  /** The same accepted entries, always scored directly or always found through the texts. */
  NearestVectors scoredDirectly(boolean direct) {
    return new NearestVectors(leaves, accepted, texts, type, acceptedCount, entries, direct);
  }

  /** The live entries of {@code type} that match {@code facetFilter} (null: no facet filter). */
  static NearestVectors under(OpenIndex index, IndexSearcher searcher, String type, Query facetFilter) throws IOException {
    return under(index, searcher, type, facetFilter, null);
  }

  /**
   * The live entries of {@code type} that match {@code facetFilter} and not {@code excluded} (either
   * null: no such filter).
   */
  static NearestVectors under(OpenIndex index, IndexSearcher searcher, String type, Query facetFilter, Query excluded)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<EntryColumns.Leaf> columns = index.columns().of(searcher.getIndexReader());
    Weight facets = facetFilter == null ? null : searcher.createWeight(searcher.rewrite(facetFilter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight without = excluded == null ? null : searcher.createWeight(searcher.rewrite(excluded), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<FixedBitSet> accepted = new ArrayList<>(leaves.size());
    long count = 0;
    long entries = 0;
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
      docs.set(0, maxDoc);
      columns.get(leaf.ord).retainType(docs, Fields.TYPE_INDICATOR.equals(type));
      entries += docs.cardinality(); // deleted ones too: this only weighs two costs
      if (facets != null) {
        docs.and(MatchSets.docsOf(facets.scorer(leaf), docs.length()));
      }
      if (without != null) {
        docs.andNot(MatchSets.docsOf(without.scorer(leaf), docs.length()));
      }
      Bits live = leaf.reader().getLiveDocs();
      if (live != null) {
        BitSetIterator it = new BitSetIterator(docs, 0);
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (!live.get(doc)) {
            docs.clear(doc);
          }
        }
      }
      int cardinality = docs.cardinality();
      count += cardinality;
      accepted.add(cardinality == 0 ? null : docs);
    }
    return new NearestVectors(leaves, accepted, index.texts(), type, count, entries, null);
  }

  /** The {@code k} accepted documents nearest {@code vector} (global ids, Lucene's vector scores), best first. */
  TopDocs nearest(float[] vector, int k) throws IOException {
    if (texts == null || acceptedCount == 0 || k <= 0) {
      return top(new ArrayList<>(), k);
    }
    boolean directly = direct != null ? direct : acceptedCount * acceptedCount * DIRECT_COST < (long) k * entries;
    return directly ? exactly(vector, k) : throughTexts(vector, k);
  }

  /**
   * The nearest texts' accepted entries, text by text, until {@code k} are found: the rest of the
   * text at hand ties with them and comes later, the other texts are further away.
   */
  private TopDocs throughTexts(float[] vector, int k) throws IOException {
    List<ScoreDoc> found = new ArrayList<>();
    Set<BytesRef> expanded = new HashSet<>();
    int available = texts.size(type);
    for (int m = Math.max(FIRST_TEXTS, k); ; m *= 4) {
      TextVectors.Near[] near = texts.nearest(type, vector, m);
      for (TextVectors.Near text : near) {
        if (expanded.add(text.key())) {
          addEntries(text, found, k);
          if (found.size() >= k) {
            return top(found, k);
          }
        }
      }
      if (near.length < m || m >= available) {
        return top(found, k);
      }
    }
  }

  /**
   * The accepted entries of {@code text}, in document order, until {@code out} holds {@code k}: the
   * text's later entries tie with those and lose to them by document order.
   */
  private void addEntries(TextVectors.Near text, List<ScoreDoc> out, int k) throws IOException {
    Term term = new Term(Fields.VECTOR_KEY, text.key());
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet docs = accepted.get(leaf.ord);
      if (docs == null) {
        continue;
      }
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (docs.get(doc)) {
          out.add(new ScoreDoc(leaf.docBase + doc, text.score()));
          if (out.size() >= k) {
            return;
          }
        }
      }
    }
  }

  /**
   * Every accepted entry scored by its text, each text's vector read once, the best {@code k} kept
   * ({@link BestEntries}: entries come in document order, so of equal scores the earlier is kept).
   */
  private TopDocs exactly(float[] vector, int k) throws IOException {
    float[] scores = new float[texts.textCount()];
    java.util.Arrays.fill(scores, Float.NaN);
    BestEntries best = new BestEntries(k);
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet docs = accepted.get(leaf.ord);
      SortedDocValues keys = docs == null ? null : leaf.reader().getSortedDocValues(Fields.VECTOR_KEY);
      if (keys == null) {
        continue;
      }
      int[] textOf = texts.textsOf(leaf.reader());
      BitSetIterator it = new BitSetIterator(docs, 0);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int text = keys.advanceExact(doc) ? textOf[keys.ordValue()] : -1;
        if (text < 0) {
          continue;
        }
        float score = scores[text];
        if (Float.isNaN(score)) {
          score = scores[text] = TextVectors.score(vector, texts.vectorOf(text));
        }
        best.offer(leaf.docBase + doc, score);
      }
    }
    List<ScoreDoc> out = new ArrayList<>(k);
    best.bestFirst((doc, score) -> out.add(new ScoreDoc(doc, score)));
    return top(out, k);
  }

  /** The best {@code k}: higher score first, of equal scores the earlier document. */
  private static TopDocs top(List<ScoreDoc> all, int k) {
    all.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    List<ScoreDoc> top = all.size() > k ? all.subList(0, Math.max(0, k)) : all;
    return new TopDocs(new TotalHits(top.size(), TotalHits.Relation.EQUAL_TO), top.toArray(ScoreDoc[]::new));
  }
}
