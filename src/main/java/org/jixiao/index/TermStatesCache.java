package org.jixiao.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.jixiao.util.LruMap;

/**
 * The state of recently asked terms in every segment of the current reader (where each term's
 * postings start, its frequencies), as Lucene's term weight looks them up.
 *
 * <p>Why: a search scores by dozens of terms (each form of the query in the name, context and goal
 * fields, and their bigrams), and looking each up in each segment's terms dictionary was a tenth of a
 * search at a million entries. Searches share most terms (满意, 率, 完成 …), so the states of the
 * last {@link #MAX_TERMS} terms are kept; they belong to one reader and are dropped when a search
 * comes with another (after the corpus changed).
 */
public final class TermStatesCache {

  /** About 100 bytes a segment each: a few megabytes. */
  static final int MAX_TERMS = 8_192;

  private Object readerKey;
  private final Map<Term, TermStates> states = new LruMap<>(MAX_TERMS);

  /** The states of {@code term} in {@code searcher}'s segments, with its statistics. */
  public TermStates of(IndexSearcher searcher, Term term) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    synchronized (this) {
      if (key != readerKey) {
        states.clear();
        readerKey = key;
      }
      TermStates known = states.get(term);
      if (known != null) {
        return known;
      }
    }
    TermStates built = TermStates.build(searcher, term, true);
    synchronized (this) {
      if (key == readerKey) {
        states.put(term, built);
      }
    }
    return built;
  }
}
