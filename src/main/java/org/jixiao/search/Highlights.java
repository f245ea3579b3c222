package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jixiao.index.Analyzers;
import org.jixiao.index.Fields;

/**
 * Highlights on the bigram fields (names analysed again from the page's text, goals from the
 * postings' offsets), where any bigram of the query matches whatever smartcn made of the text. The formatter escapes the document text, so only its own {@code <em>} tags are markup:
 * a name containing {@code <script>} comes back as {@code &lt;script&gt;}.
 */
final class Highlights {

  private static final int GOAL_SNIPPET_CHARS = 2_000;
  /** Analyzers are thread-safe and costly to make; one serves every request. */
  private static final org.apache.lucene.analysis.Analyzer INDEX_ANALYZER = Analyzers.forIndexing();

  private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<em>", "</em>", "…", true);
  /**
   * Names are a dozen characters: analysing one again costs less than the postings route does per
   * request (a weight over every segment, the stored field read back, a highlighter made and its
   * merged field infos). So names are highlighted from the text the page already holds, by one
   * highlighter (thread-safe) that makes one field highlighter per request; that reads offsets by
   * analysing, matching the query's terms on the tokens. Weight matches or passage relevancy would put
   * each name in a MemoryIndex first, and a name is one passage, so relevancy has nothing to rank.
   */
  private static final NameHighlighter NAMES = new NameHighlighter(UnifiedHighlighter.builderWithoutSearcher(INDEX_ANALYZER)
      .withBreakIterator(WholeBreakIterator::new)
      .withFormatter(FORMATTER)
      .withWeightMatches(false)
      .withPassageRelevancyOverSpeed(false));

  private static final class NameHighlighter extends UnifiedHighlighter {
    NameHighlighter(Builder builder) {
      super(builder);
    }

    /** A highlighter of names for {@code query}; it keeps state while it works, so one per thread. */
    FieldHighlighter forQuery(Query query) {
      return getFieldHighlighter(Fields.NAME_CJK, query, extractTerms(query), 1);
    }
  }

  private final QueryFactory queries;
  /** The goal highlighter of the latest searcher: it reads offsets from the postings and keeps that searcher's field infos. */
  private volatile GoalHighlighter goalHighlighter;

  private record GoalHighlighter(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

  Highlights(QueryFactory queries) {
    this.queries = queries;
  }

  /** The whole name of each hit ({@code names}, as stored), highlighted. */
  String[] names(String text, ScoreDoc[] page, String[] names) throws IOException {
    return onceEach(names, page, (docs, distinctNames) -> {
      String[] out = new String[docs.length];
      Query query = queries.bigramsOn(Fields.NAME_CJK, text);
      if (query == null) {
        return out;
      }
      FieldHighlighter highlighter = NAMES.forQuery(query);
      for (int i = 0; i < docs.length; i++) {
        if (distinctNames[i] != null) {
          out[i] = (String) highlighter.highlightFieldForDoc(null, -1, distinctNames[i]);
        }
      }
      return out;
    });
  }

  /** The best-matching sentence of each project's goal ({@code goals}, as stored), highlighted. */
  String[] goals(IndexSearcher searcher, String text, ScoreDoc[] page, String[] goals) throws IOException {
    GoalHighlighter current = goalHighlighter;
    if (current == null || current.searcher() != searcher) {
      current = new GoalHighlighter(searcher, UnifiedHighlighter.builder(searcher, INDEX_ANALYZER)
          .withFormatter(FORMATTER)
          .withMaxLength(GOAL_SNIPPET_CHARS)
          .build());
      goalHighlighter = current;
    }
    UnifiedHighlighter highlighter = current.highlighter();
    return onceEach(goals, page, (docs, distinctGoals) -> highlight(highlighter, Fields.GOAL_CJK, text, docs));
  }

  /**
   * A goal highlighter over the stored text alone (offsets by analysing it): the same passage and
   * marks as the postings route, for a backend whose index is not in this process (Solr).
   */
  private static final UnifiedHighlighter GOALS_FROM_TEXT = UnifiedHighlighter.builderWithoutSearcher(INDEX_ANALYZER)
      .withFormatter(FORMATTER)
      .withMaxLength(GOAL_SNIPPET_CHARS)
      .build();

  /** The best-matching sentence of each project's goal ({@code goals}, as stored), highlighted from the text. */
  String[] goals(String text, ScoreDoc[] page, String[] goals) throws IOException {
    return onceEach(goals, page, (docs, distinctGoals) -> {
      String[] out = new String[docs.length];
      Query query = queries.bigramsOn(Fields.GOAL_CJK, text);
      if (query == null) {
        return out;
      }
      for (int i = 0; i < docs.length; i++) {
        if (distinctGoals[i] != null) {
          Object highlighted = GOALS_FROM_TEXT.highlightWithoutSearcher(Fields.GOAL_CJK, query, distinctGoals[i], 1);
          out[i] = highlighted == null ? null : highlighted.toString();
        }
      }
      return out;
    });
  }

  private interface Highlighter {
    /** The highlights of {@code docs}, whose texts are {@code texts}. */
    String[] of(ScoreDoc[] docs, String[] texts) throws IOException;
  }

  /**
   * Highlights each distinct text of the page once: a page of a broad query is often ten entries of
   * the same name, and highlighting reads or analyses the offsets of every document it is given.
   */
  private static String[] onceEach(String[] texts, ScoreDoc[] page, Highlighter highlighter) throws IOException {
    Map<String, Integer> firstOf = new HashMap<>();
    List<ScoreDoc> distinct = new ArrayList<>();
    List<String> distinctTexts = new ArrayList<>();
    int[] slot = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      Integer known = texts[i] == null ? null : firstOf.get(texts[i]);
      if (known == null) {
        known = distinct.size();
        distinct.add(page[i]);
        distinctTexts.add(texts[i]);
        if (texts[i] != null) {
          firstOf.put(texts[i], known);
        }
      }
      slot[i] = known;
    }
    String[] highlighted = highlighter.of(distinct.toArray(ScoreDoc[]::new), distinctTexts.toArray(String[]::new));
    String[] out = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      out[i] = highlighted[slot[i]];
    }
    return out;
  }

  private String[] highlight(UnifiedHighlighter highlighter, String field, String text, ScoreDoc[] page) throws IOException {
    Query query = queries.bigramsOn(field, text);
    if (query == null) {
      return new String[page.length];
    }
    TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] out = highlighter.highlight(field, query, docs, 1);
    return Arrays.copyOf(out, page.length);
  }
}
