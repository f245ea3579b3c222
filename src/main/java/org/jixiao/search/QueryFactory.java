package org.jixiao.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jixiao.index.Analyzers;
import org.jixiao.index.Fields;

/**
 * Turns what a user typed into a Lucene query. The text is analysed, never parsed: colons, brackets
 * and backslashes are just characters, so no input can be a syntax error. The one syntax is quotes
 * ({@code "…"}, {@code “…”}, {@code 「…」}): a quoted phrase must appear as written in a result's name
 * or context (for a project, also its goal), as search engines treat quotes ({@link #required}).
 *
 * <p>Ranking: BM25 over the name (words and bigrams, weighted highest), the context (project, unit,
 * categories, target) and, for projects, the goal. Matching: an entry must share at least a third of
 * the query's bigrams in one field, or a third of its words in the name. OR-ing every bigram alone
 * would let one common pair ({@code 指标}, {@code 服务}) pull in most of the corpus.
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

  /** A query asks for each form's tokens in several fields: each distinct text is analysed once. */
  private final QueryBuilder words = new QueryBuilder(Analyzers.smartcnForQueries());
  private final QueryBuilder bigrams = new QueryBuilder(Analyzers.cjkBigramsForQueries());
  private final Synonyms synonyms;

  public QueryFactory(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /** A phrase in ASCII, Chinese or corner quotes; an unclosed quote is just a character. */
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"|“([^”]+)”|「([^」]+)」");

  /** The quoted phrases of {@code text}, in order. */
  static List<String> phrases(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null && !m.group(g).isBlank()) {
          out.add(m.group(g).strip());
        }
      }
    }
    return out;
  }

  /** The text without its quote marks: what it means, for embedding. */
  static String unquoted(String text) {
    return QUOTED.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
  }

  /**
   * What every result of {@code text} must contain: each of its quoted phrases, as written (its
   * character pairs in a row), in the name or context (and a project's goal), type included; null
   * when it quotes nothing with terms. It holds in every mode, for semantic neighbours too.
   */
  public Query required(String text, String type) {
    List<String> fields = Fields.TYPE_PROJECT.equals(type)
        ? List.of(Fields.NAME_CJK, Fields.TEXT_CJK, Fields.GOAL_CJK)
        : List.of(Fields.NAME_CJK, Fields.TEXT_CJK);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    for (String phrase : phrases(text)) {
      Query contains = containsWord(phrase, fields);
      if (contains != null) {
        all.add(contains, BooleanClause.Occur.FILTER);
        any = true;
      }
    }
    return any ? all.add(typeFilter(type), BooleanClause.Occur.FILTER).build() : null;
  }

  /**
   * The text as typed, then said in the tables' words (both with word null: whole forms of the
   * query), then the synonym variants of each (for short queries: a long one says enough).
   */
  List<Synonyms.Variant> forms(String text) {
    List<Synonyms.Variant> forms = new ArrayList<>();
    forms.add(new Synonyms.Variant(text, null));
    if (text.length() <= MAX_EXPANDED_CHARS) {
      String normalised = synonyms.normalised(text);
      if (normalised != null) {
        forms.add(new Synonyms.Variant(normalised, null));
      }
      forms.addAll(synonyms.expand(text));
      if (normalised != null) {
        for (Synonyms.Variant v : synonyms.expand(normalised)) {
          if (forms.stream().noneMatch(f -> f.text().equals(v.text()))) {
            forms.add(v);
          }
        }
      }
    }
    return forms;
  }

  /** The everyday words {@link #forms} says in the tables' words (none for a long query, which is not expanded). */
  List<Synonyms.Substitution> substitutions(String text) {
    return text.length() <= MAX_EXPANDED_CHARS ? synonyms.substitutions(text) : List.of();
  }

  /** The words of {@code text} as a keyword query analyses them (smartcn), in order, each once. */
  public List<String> words(String text) throws java.io.IOException {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    try (org.apache.lucene.analysis.TokenStream tokens = words.getAnalyzer().tokenStream(Fields.NAME, text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    }
    return List.copyOf(out);
  }

  /**
   * The query for entries of {@code type} matching {@code text} or one of its synonym variants, in
   * its parts; null when the text has no terms.
   */
  public KeywordQuery build(String text, String type) {
    boolean projects = Fields.TYPE_PROJECT.equals(type);
    ScoreTerms names = new ScoreTerms();
    ScoreTerms context = new ScoreTerms();
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    // The same match split by where it is decided: by the name alone (once per distinct name), by
    // the other fields, or by a name match together with a synonym's word in the other fields.
    BooleanQuery.Builder byName = new BooleanQuery.Builder();
    BooleanQuery.Builder byRest = new BooleanQuery.Builder();
    List<KeywordQuery.NameAndRest> byBoth = new ArrayList<>();
    boolean anyRest = false;
    boolean any = false;
    for (Synonyms.Variant variant : forms(text)) {
      String form = variant.text();
      float weight = variant.word() == null ? 1f : VARIANT_WEIGHT;
      Query nameWords = scored(names, words, Fields.NAME, form, weight * NAME_WORDS);
      Query nameBigrams = scored(names, bigrams, Fields.NAME_CJK, form, weight * NAME_BIGRAMS);
      Query textBigrams = null;
      Query goalBigrams = null;
      // An indicator's synonym variant is about its name (满意率 for 满意度): in the context fields
      // it would add clauses to every match of a broad query and, measured, nothing to the ranking.
      if (variant.word() == null || projects) {
        any |= scored(context, words, Fields.TEXT, form, weight * TEXT_WORDS) != null;
        textBigrams = scored(context, bigrams, Fields.TEXT_CJK, form, weight * TEXT_BIGRAMS);
      }
      if (projects) {
        any |= scored(context, words, Fields.GOAL, form, weight * GOAL_WORDS) != null;
        goalBigrams = scored(context, bigrams, Fields.GOAL_CJK, form, weight * GOAL_BIGRAMS);
      }
      any |= nameWords != null || nameBigrams != null || textBigrams != null || goalBigrams != null;
      // Words: half of them (smartcn leaves single characters, 运 of 运势, that a third would let
      // match 运维); character pairs: a third.
      Query nameMatch = anyOf(atLeast(nameWords, 2), atLeast(nameBigrams, 3));
      Query restMatch = textBigrams == null && goalBigrams == null ? null : anyOf(atLeast(textBigrams, 3), atLeast(goalBigrams, 3));
      Query formMatch = anyOf(atLeast(nameWords, 2), atLeast(nameBigrams, 3), atLeast(textBigrams, 3), atLeast(goalBigrams, 3));
      if (variant.word() == null) {
        byName.add(nameMatch, BooleanClause.Occur.SHOULD);
        if (restMatch != null) {
          byRest.add(restMatch, BooleanClause.Occur.SHOULD);
          anyRest = true;
        }
      } else {
        // A variant matches only entries that contain the synonym it puts in: without that, half the
        // pairs of 诉求按时完成率 would be reached by anything 按时完成 and the variant adds nothing.
        Query wordInName = containsWord(variant.word(), List.of(Fields.NAME_CJK));
        Query wordElsewhere = projects ? containsWord(variant.word(), List.of(Fields.TEXT_CJK, Fields.GOAL_CJK)) : null;
        Query word = either(wordInName, wordElsewhere);
        if (word == null) {
          continue;
        }
        formMatch = both(formMatch, word);
        if (wordInName != null) {
          byName.add(both(nameMatch, wordInName), BooleanClause.Occur.SHOULD);
        }
        if (wordElsewhere != null) {
          byBoth.add(new KeywordQuery.NameAndRest(nameMatch, both(wordElsewhere, typeFilter(type))));
        }
        if (restMatch != null) {
          byRest.add(both(restMatch, word), BooleanClause.Occur.SHOULD);
          anyRest = true;
        }
      }
      matching.add(formMatch, BooleanClause.Occur.SHOULD);
    }
    if (!any) {
      return null;
    }
    Query required = required(text, type);
    BooleanQuery.Builder matchBuilder = new BooleanQuery.Builder()
        .add(matching.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER)
        .add(typeFilter(type), BooleanClause.Occur.FILTER);
    if (required != null) {
      matchBuilder.add(required, BooleanClause.Occur.FILTER);
    }
    Query match = matchBuilder.build();
    // A project query's rest carries the type filter, so Lucene walks only projects: a project's rest
    // (context and goal) is long and its variants match there too (1M cold count of 热线外包服务: 77 ->
    // 38 ms). Indicators are five entries in six, so the filter selects little; the pass drops other
    // types itself.
    Query restMatch = !anyRest ? null
        : projects ? both(byRest.setMinimumNumberShouldMatch(1).build(), typeFilter(type)) : byRest.setMinimumNumberShouldMatch(1).build();
    return new KeywordQuery(match, type, byName.setMinimumNumberShouldMatch(1).build(), restMatch, List.copyOf(byBoth),
        names.query(), context.query(), required);
  }

  private static Query either(Query a, Query b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.SHOULD).add(b, BooleanClause.Occur.SHOULD).build();
  }

  /** Adds the analysed {@code text} on {@code field} to the scoring terms; the term query, or null without terms. */
  private static Query scored(ScoreTerms scoring, QueryBuilder builder, String field, String text, float boost) {
    Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    if (q != null) {
      scoring.add(q, boost);
    }
    return q;
  }

  /** Entries that match any of {@code queries} (nulls skipped). */
  private static Query anyOf(Query... queries) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) {
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
  }

  /** Entries whose {@code fields} contain {@code word} as written; null when the word has no terms. */
  private Query containsWord(String word, List<String> fields) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (String field : fields) {
      Query q = bigrams.createPhraseQuery(field, word);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  /** The bigram query on one field for the text and its synonym variants, for highlighting that field. */
  public Query bigramsOn(String field, String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Synonyms.Variant form : forms(text)) {
      Query q = bigrams.createBooleanQuery(field, form.text(), BooleanClause.Occur.SHOULD);
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

  /**
   * Entries with at least one {@code part}-th of the query's terms (rounded up), null for null: an OR
   * that a partial match passes, ranked by BM25 like any search engine's, without every entry that
   * shares one pair of a long query. Measured on the judgment sets (README): half of the words and of
   * the character pairs made keyword search nearly an AND (colloquial nDCG@10 0.037, drafter 0.589).
   */
  private static Query atLeast(Query q, int part) {
    if (q == null || !(q instanceof BooleanQuery bq)) {
      return q;
    }
    List<BooleanClause> clauses = new ArrayList<>(bq.clauses());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(c -> b.add(c.getQuery(), BooleanClause.Occur.SHOULD));
    return b.setMinimumNumberShouldMatch((clauses.size() + part - 1) / part).build();
  }
}
