package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A match query (no scores wanted) turned into a segment's set of documents, term at a time.
 *
 * <p>Why: the part of a search's match that walks the main index is mostly "at least half of these
 * character pairs" over a field, and the pairs of a broad query (满意, 意度) have postings of a
 * quarter of the index. Lucene answers such a query document at a time, keeping its clauses in a
 * heap ordered by document, which costs a heap step per posting. Here each clause's postings are read
 * straight through and counted per document in an array; a document joins the set when its count
 * reaches the minimum. Conjunctions and disjunctions of such parts are bit set operations. Any other
 * query (a phrase) is asked of Lucene as it is. The set is exactly the query's: {@code
 * MatchSetsTest} compares them. Searches use it through {@link TermAtATimeQuery}, so that Lucene's
 * query cache still keeps the sets of repeated queries.
 */
final class MatchSets {

  /** One part of the query, evaluated per segment. */
  private interface Part {
    /** The documents of {@code leaf} it matches, live or not; null for none. */
    FixedBitSet docs(LeafReaderContext leaf) throws IOException;
  }

  private final Part root;

  private MatchSets(Part root) {
    this.root = root;
  }

  /** Prepares {@code query} for evaluation on the segments of {@code searcher}. */
  static MatchSets of(IndexSearcher searcher, Query query) throws IOException {
    return new MatchSets(part(searcher, query));
  }

  /** The documents of {@code leaf}, live or not, that the query matches; null for none. A new set the caller may change. */
  FixedBitSet docs(LeafReaderContext leaf) throws IOException {
    return root.docs(leaf);
  }

  private static Part part(IndexSearcher searcher, Query query) throws IOException {
    if (query instanceof BoostQuery b) {
      return part(searcher, b.getQuery());
    }
    if (query instanceof ConstantScoreQuery c) {
      return part(searcher, c.getQuery());
    }
    if (query instanceof TermQuery t) {
      return atLeast(1, List.of(t.getTerm()));
    }
    if (query instanceof BooleanQuery b && !b.clauses().isEmpty()) {
      List<BooleanClause> clauses = b.clauses();
      boolean allShould = clauses.stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
      boolean allRequired = clauses.stream()
          .allMatch(c -> c.getOccur() == BooleanClause.Occur.FILTER || c.getOccur() == BooleanClause.Occur.MUST);
      int minimum = Math.max(1, b.getMinimumNumberShouldMatch());
      if (allShould && clauses.stream().allMatch(c -> unwrap(c.getQuery()) instanceof TermQuery) && clauses.size() < 256) {
        List<Term> terms = new ArrayList<>();
        clauses.forEach(c -> terms.add(((TermQuery) unwrap(c.getQuery())).getTerm()));
        return minimum > terms.size() ? leaf -> null : atLeast(minimum, terms);
      }
      if (allShould && minimum == 1) {
        List<Part> parts = new ArrayList<>();
        for (BooleanClause c : clauses) {
          parts.add(part(searcher, c.getQuery()));
        }
        return any(parts);
      }
      if (allRequired && b.getMinimumNumberShouldMatch() == 0) {
        List<Part> parts = new ArrayList<>();
        for (BooleanClause c : clauses) {
          parts.add(part(searcher, c.getQuery()));
        }
        return all(parts);
      }
    }
    return asLucene(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f));
  }

  private static Query unwrap(Query q) {
    return q instanceof BoostQuery b ? unwrap(b.getQuery()) : q instanceof ConstantScoreQuery c ? unwrap(c.getQuery()) : q;
  }

  /** Documents with at least {@code minimum} of the clauses {@code terms} (a term given twice counts twice, as in Lucene). */
  private static Part atLeast(int minimum, List<Term> terms) {
    return leaf -> {
      LeafReader reader = leaf.reader();
      int maxDoc = reader.maxDoc();
      FixedBitSet out = null;
      byte[] counts = minimum == 1 ? null : new byte[maxDoc];
      for (Term term : terms) {
        PostingsEnum postings = reader.postings(term, PostingsEnum.NONE);
        if (postings == null) {
          continue;
        }
        if (out == null) {
          out = new FixedBitSet(maxDoc);
        }
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (counts == null) {
            out.set(doc);
          } else if ((++counts[doc] & 0xff) == minimum) {
            out.set(doc);
          }
        }
      }
      return out;
    };
  }

  private static Part any(List<Part> parts) {
    return leaf -> {
      FixedBitSet out = null;
      for (Part p : parts) {
        FixedBitSet docs = p.docs(leaf);
        if (docs != null) {
          if (out == null) {
            out = docs;
          } else {
            out.or(docs);
          }
        }
      }
      return out;
    };
  }

  private static Part all(List<Part> parts) {
    return leaf -> {
      FixedBitSet out = null;
      for (Part p : parts) {
        FixedBitSet docs = p.docs(leaf);
        if (docs == null) {
          return null;
        }
        if (out == null) {
          out = docs;
        } else {
          out.and(docs);
        }
      }
      return out;
    };
  }

  private static Part asLucene(Weight weight) {
    return leaf -> {
      Scorer scorer = weight.scorer(leaf);
      return scorer == null ? null : docsOf(scorer, leaf.reader().maxDoc());
    };
  }

  /** The documents {@code scorer} matches as a bit set of {@code length} bits (none for a null scorer). */
  static FixedBitSet docsOf(Scorer scorer, int length) throws IOException {
    FixedBitSet docs = new FixedBitSet(length);
    if (scorer == null) {
      return docs;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    if (twoPhase == null) {
      docs.or(scorer.iterator()); // word by word when it iterates a bit set (its own or the query cache's)
      return docs;
    }
    DocIdSetIterator it = twoPhase.approximation();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (twoPhase.matches()) {
        docs.set(doc);
      }
    }
    return docs;
  }
}
