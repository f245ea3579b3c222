package org.jixiao.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jixiao.index.Analyzers;
import org.jixiao.index.Fields;

/**
 * Turns what a user typed into a Lucene query. The text is analysed, never parsed: quotes, colons,
 * brackets and backslashes are just characters, so no input can be a syntax error.
 *
 * <p>Ranking: BM25 over the name (words and bigrams, weighted highest), the context (project, unit,
 * categories, target) and, for projects, the goal. Matching: an entry must share at least half of the
 * query's bigrams in one field, or half of its words in the name. OR-ing every bigram alone would let
 * one common pair ({@code 指标}, {@code 服务}) pull in most of the corpus and blur the facet counts.
 */
public final class QueryFactory {

  private static final float NAME_WORDS = 3.0f;
  private static final float NAME_BIGRAMS = 2.0f;
  private static final float TEXT_WORDS = 0.6f;
  private static final float TEXT_BIGRAMS = 0.4f;
  private static final float GOAL_WORDS = 0.5f;
  private static final float GOAL_BIGRAMS = 0.3f;

  static {
    // A 200-character query (the longest accepted) with its synonym variants makes a few thousand
    // term clauses across the fields; Lucene's default cap of 1024 would turn it into an error.
    // Queries are bounded in length, so the count is bounded too.
    if (IndexSearcher.getMaxClauseCount() < 16_384) {
      IndexSearcher.setMaxClauseCount(16_384);
    }
  }

  /** A synonym variant counts a little less than what the user typed. */
  private static final float VARIANT_WEIGHT = 0.8f;
  private static final int MAX_EXPANDED_CHARS = 40;

  private final QueryBuilder words = new QueryBuilder(Analyzers.smartcn());
  private final QueryBuilder bigrams = new QueryBuilder(Analyzers.cjkBigrams());
  private final Synonyms synonyms;

  public QueryFactory(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /** The text as typed, then its synonym variants (for short queries: a long one says enough). */
  List<String> forms(String text) {
    List<String> forms = new ArrayList<>();
    forms.add(text);
    if (text.length() <= MAX_EXPANDED_CHARS) {
      forms.addAll(synonyms.variants(text));
    }
    return forms;
  }

  /**
   * The query for entries of {@code type} matching {@code text} or one of its synonym variants, or
   * null when the text has no terms.
   */
  public Query build(String text, String type) {
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    boolean any = false;
    float weight = 1f;
    for (String form : forms(text)) {
      any |= add(scoring, matching, words, Fields.NAME, form, weight * NAME_WORDS, true);
      any |= add(scoring, matching, bigrams, Fields.NAME_CJK, form, weight * NAME_BIGRAMS, true);
      any |= add(scoring, matching, words, Fields.TEXT, form, weight * TEXT_WORDS, false);
      any |= add(scoring, matching, bigrams, Fields.TEXT_CJK, form, weight * TEXT_BIGRAMS, true);
      if (Fields.TYPE_PROJECT.equals(type)) {
        any |= add(scoring, matching, words, Fields.GOAL, form, weight * GOAL_WORDS, false);
        any |= add(scoring, matching, bigrams, Fields.GOAL_CJK, form, weight * GOAL_BIGRAMS, true);
      }
      weight = VARIANT_WEIGHT;
    }
    if (!any) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(scoring.build(), BooleanClause.Occur.SHOULD)
        .add(matching.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER)
        .add(typeFilter(type), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The bigram query on one field for the text and its synonym variants, for highlighting that field. */
  public Query bigramsOn(String field, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (String form : forms(text)) {
      Query q = bigrams.createBooleanQuery(field, form, BooleanClause.Occur.SHOULD);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  /** The filter every search of {@code type} applies. */
  static Query typeFilter(String type) {
    return new TermQuery(new Term(Fields.TYPE, type));
  }

  private static boolean add(
      BooleanQuery.Builder scoring,
      BooleanQuery.Builder matching,
      QueryBuilder builder,
      String field,
      String text,
      float boost,
      boolean decidesMatch) {
    Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    if (q == null) {
      return false;
    }
    scoring.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    if (decidesMatch) {
      matching.add(atLeastHalf(q), BooleanClause.Occur.SHOULD);
    }
    return true;
  }

  /** The same terms, of which at least half must match. */
  private static Query atLeastHalf(Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    List<BooleanClause> clauses = new ArrayList<>(bq.clauses());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(c -> b.add(c.getQuery(), BooleanClause.Occur.SHOULD));
    return b.setMinimumNumberShouldMatch((clauses.size() + 1) / 2).build();
  }
}
