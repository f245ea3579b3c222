package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.util.FixedBitSet;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.Fields;
import org.jixiao.index.OpenIndex;

/**
 * Nearest neighbours under a search's filters, from the HNSW graph of each segment.
 *
 * <p>Why not Lucene's {@code KnnFloatVectorQuery} with a filter: it turns the filter, joined with
 * "has a vector", into a bit set per segment for every query, by walking every accepted document (the
 * type filter accepts five entries in six: ~6 ms per query at a million, against under 1 ms for the
 * graph search itself), and a search asks for the neighbours of the query and up to three synonym
 * variants. Here the accepted documents are a bit set built once per search from the in-memory type
 * column (word by word) and the facet filters, and every form's graph search takes it as it is. As in
 * Lucene, a segment where few documents are accepted, or where the graph search gives up, is searched
 * exactly.
 */
final class NearestVectors {

  /** Per segment (by leaf ord), the documents a search may return; null where none. */
  private final List<FixedBitSet> accepted;
  private final List<LeafReaderContext> leaves;

  private NearestVectors(List<LeafReaderContext> leaves, List<FixedBitSet> accepted) {
    this.leaves = leaves;
    this.accepted = accepted;
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
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
      docs.set(0, maxDoc);
      columns.get(leaf.ord).retainType(docs, Fields.TYPE_INDICATOR.equals(type));
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
      accepted.add(docs.cardinality() == 0 ? null : docs);
    }
    return new NearestVectors(leaves, accepted);
  }

  /** The {@code k} accepted documents nearest {@code vector} (global ids, Lucene's vector scores), best first. */
  TopDocs nearest(float[] vector, int k) throws IOException {
    List<ScoreDoc> all = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet docs = accepted.get(leaf.ord);
      if (docs == null) {
        continue;
      }
      int cost = docs.cardinality();
      TopDocs found = null;
      if (cost > k) {
        // Visiting more nodes than there are accepted documents means the graph search is the slower way.
        found = leaf.reader().searchNearestVectors(Fields.VECTOR, vector, k, docs, cost + 1);
      }
      if (found == null || found.totalHits.relation != TotalHits.Relation.EQUAL_TO) {
        found = exactly(leaf.reader(), docs, vector, k);
      }
      for (ScoreDoc sd : found.scoreDocs) {
        all.add(new ScoreDoc(leaf.docBase + sd.doc, sd.score));
      }
    }
    all.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    List<ScoreDoc> top = all.size() > k ? all.subList(0, k) : all;
    return new TopDocs(new TotalHits(top.size(), TotalHits.Relation.EQUAL_TO), top.toArray(ScoreDoc[]::new));
  }

  /** Every accepted document's score, the best {@code k} kept. */
  private static TopDocs exactly(LeafReader reader, FixedBitSet docs, float[] vector, int k) throws IOException {
    FieldInfo field = reader.getFieldInfos().fieldInfo(Fields.VECTOR);
    FloatVectorValues values = field == null ? null : reader.getFloatVectorValues(Fields.VECTOR);
    if (values == null) {
      return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    // The head is the one to drop first: the lowest score, of equal scores the later document.
    PriorityQueue<ScoreDoc> best = new PriorityQueue<>(
        Comparator.comparingDouble((ScoreDoc sd) -> sd.score).thenComparing(sd -> sd.doc, Comparator.reverseOrder()));
    BitSetIterator it = new BitSetIterator(docs, 0);
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (values.docID() < doc && values.advance(doc) == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      if (values.docID() == doc) {
        best.add(new ScoreDoc(doc, field.getVectorSimilarityFunction().compare(vector, values.vectorValue())));
        if (best.size() > k) {
          best.poll();
        }
      }
    }
    ScoreDoc[] out = best.toArray(ScoreDoc[]::new);
    java.util.Arrays.sort(out, Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    return new TopDocs(new TotalHits(out.length, TotalHits.Relation.EQUAL_TO), out);
  }
}
