package org.jixiao.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.jixiao.index.EntryColumns;
import org.jixiao.index.OpenIndex;
import org.jixiao.util.BestEntries;

/**
 * The scoring side of {@link MatchPass}: the entries to score of a segment, a run of one name at a
 * time (the index is sorted by name). Each run is scored together, or skipped whole when its name
 * part plus the most the rest can add cannot make the page.
 *
 * <p>The weights of the two score parts are made when the first entry needs a score: making them
 * looks up every term in every segment (a few milliseconds for a long query at a million), which a
 * search whose matches all fail its filters, or that matches nothing, does not need.
 */
final class NameRuns {

  /** No run of entries of one name yet (name groups are -1 or more). */
  private static final int NO_RUN = -2;

  private final IndexSearcher searcher;
  private final OpenIndex index;
  private final Query nameScore;
  private final Query restScore;
  private final BestEntries best;
  private Weight nameWeight;
  private float[] byNameId;
  private RestClauses restClauses;

  private int[] run = new int[1024];
  private int length;
  private int group = NO_RUN;
  private float name;
  private boolean skipped;
  private LeafReaderContext leaf;
  private EntryColumns.Leaf values;
  private LeafScores scores; // made at the segment's first entry that passes the filters
  private long scoredInFull;

  /** @param nameScore, restScore the two parts of the score */
  NameRuns(IndexSearcher searcher, OpenIndex index, Query nameScore, Query restScore, BestEntries best) {
    this.searcher = searcher;
    this.index = index;
    this.nameScore = nameScore;
    this.restScore = restScore;
    this.best = best;
  }

  void startSegment(LeafReaderContext leaf, EntryColumns.Leaf values) {
    this.leaf = leaf;
    this.values = values;
    this.scores = null;
    this.group = NO_RUN;
    this.length = 0;
  }

  /** The name group of the run being gathered. */
  int group() {
    return group;
  }

  /** Whether the run being gathered cannot make the page. */
  boolean skipped() {
    return skipped;
  }

  /** Ends the run so far and starts one of {@code group} at {@code doc}; whether its entries are to be added. */
  boolean startsAt(int doc, int group) throws IOException {
    flush();
    if (scores == null) {
      scores = scoresIn(leaf, values);
    }
    this.group = group;
    name = scores.name(doc);
    skipped = best.full() && name + scores.restMax() <= best.lowest();
    return !skipped;
  }

  void add(int doc) {
    if (length == run.length) {
      run = Arrays.copyOf(run, run.length * 2);
    }
    run[length++] = doc;
  }

  /** Scores the run so far. */
  void flush() throws IOException {
    if (length > 0) {
      scoredInFull += scores.offer(run, length, name, best, leaf.docBase);
      length = 0;
    }
  }

  /** How many entries had their whole score computed. */
  long scoredInFull() {
    return scoredInFull;
  }

  private LeafScores scoresIn(LeafReaderContext leaf, EntryColumns.Leaf values) throws IOException {
    if (restClauses == null) {
      // The name part per distinct name; Lucene's scorer only for what that cannot answer.
      byNameId = nameScore == null ? null : NameScores.of(searcher, index, nameScore);
      restClauses = RestClauses.of(searcher, index.termStates(), restScore);
    }
    return new LeafScores(leaf, values, byNameId, this::nameWeight, restClauses.in(leaf, index.columns(), values));
  }

  private Weight nameWeight() throws IOException {
    if (nameWeight == null && nameScore != null) {
      nameWeight = searcher.createWeight(searcher.rewrite(nameScore), ScoreMode.COMPLETE, 1f);
    }
    return nameWeight;
  }
}
