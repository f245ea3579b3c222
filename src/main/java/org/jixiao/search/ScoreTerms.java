package org.jixiao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The scoring clauses of a query, gathered into one flat disjunction of weighted terms. A query and
 * its synonym variants repeat most of their terms (群众满意度, 群众满意率 share 群众, 满意 …); each
 * repeat becomes one clause whose weight is the sum of the repeats'. BM25 is linear in the weight, so
 * the score is the same, and the scorer has half the clauses to move per entry (measured at a million
 * entries: 群众满意度 214 ms → 96 ms for the same top ten).
 */
final class ScoreTerms {

  private final Map<Term, Float> weights = new LinkedHashMap<>();
  private final List<Query> others = new ArrayList<>();

  /** Adds {@code query}'s terms, each weighted {@code boost} (times any boost inside it). */
  void add(Query query, float boost) {
    if (query instanceof TermQuery t) {
      weights.merge(t.getTerm(), boost, Float::sum);
    } else if (query instanceof BoostQuery b) {
      add(b.getQuery(), boost * b.getBoost());
    } else if (query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
      b.clauses().forEach(c -> add(c.getQuery(), boost));
    } else {
      others.add(new BoostQuery(query, boost));
    }
  }

  /** The clauses of a disjunction {@link #query} built (any other query is its own one clause). */
  static List<Query> clauses(Query query) {
    if (query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
      return b.clauses().stream().map(BooleanClause::getQuery).toList();
    }
    return List.of(query);
  }

  /** One disjunction of every term and other clause, or null when nothing was added. */
  Query query() {
    if (weights.isEmpty() && others.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    weights.forEach((term, weight) -> b.add(new BoostQuery(new TermQuery(term), weight), BooleanClause.Occur.SHOULD));
    others.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }
}
