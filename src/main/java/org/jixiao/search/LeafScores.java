package org.jixiao.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;

/**
 * The two parts of an entry's BM25 score within one segment, for {@link MatchPass}: the name part
 * remembered per name group (entries with the same name score the same on the name fields), the rest
 * computed on demand, with the bounds that say when it cannot matter.
 */
final class LeafScores {

  private final EntryColumns.Leaf values;
  private final Scorer name;
  private final Scorer rest;
  private final float restMax;
  private float[] byName;
  private int blockEnd = -1;
  private float blockMax;

  LeafScores(LeafReaderContext leaf, EntryColumns.Leaf values, Weight nameWeight, Weight restWeight) throws IOException {
    this.values = values;
    this.name = nameWeight == null ? null : nameWeight.scorer(leaf);
    this.rest = restWeight == null ? null : restWeight.scorer(leaf);
    if (rest != null) {
      rest.advanceShallow(0);
      restMax = rest.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
    } else {
      restMax = 0f;
    }
  }

  float restMax() {
    return restMax;
  }

  float name(int doc) throws IOException {
    int group = values.nameGroup(doc);
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
    return scoreAt(rest, doc);
  }

  /**
   * The rest part of {@code doc}'s score, or NaN when {@code name} plus the most the rest can be in
   * doc's block of postings (from impacts) is no more than {@code lowest}. Docs must come in order.
   */
  float restAbove(int doc, float name, double lowest) throws IOException {
    if (rest == null || rest.iterator().docID() > doc) {
      return 0f; // no rest, or its iterator is already past doc: the rest does not match it
    }
    if (doc > blockEnd) {
      blockEnd = rest.advanceShallow(doc);
      blockMax = rest.getMaxScore(blockEnd);
    }
    return name + blockMax <= lowest ? Float.NaN : scoreAt(rest, doc);
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
