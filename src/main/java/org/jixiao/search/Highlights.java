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
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jixiao.index.Analyzers;
import org.jixiao.index.Fields;

/**
 * Highlights on the stored bigram fields, where any bigram of the query matches whatever smartcn made
 * of the text. The formatter escapes the document text, so only its own {@code <em>} tags are markup:
 * a name containing {@code <script>} comes back as {@code &lt;script&gt;}.
 */
final class Highlights {

  private static final int GOAL_SNIPPET_CHARS = 2_000;
  /** Analyzers are thread-safe and costly to make; one serves every request. */
  private static final org.apache.lucene.analysis.Analyzer INDEX_ANALYZER = Analyzers.forIndexing();

  private final QueryFactory queries;

  Highlights(QueryFactory queries) {
    this.queries = queries;
  }

  /** The whole name of each hit ({@code names}, as stored), highlighted. */
  String[] names(IndexSearcher searcher, String text, ScoreDoc[] page, String[] names) throws IOException {
    UnifiedHighlighter highlighter = builder(searcher).withBreakIterator(WholeBreakIterator::new).build();
    return onceEach(names, page, docs -> highlight(highlighter, Fields.NAME_CJK, text, docs));
  }

  /** The best-matching sentence of each project's goal ({@code goals}, as stored), highlighted. */
  String[] goals(IndexSearcher searcher, String text, ScoreDoc[] page, String[] goals) throws IOException {
    UnifiedHighlighter highlighter = builder(searcher).withMaxLength(GOAL_SNIPPET_CHARS).build();
    return onceEach(goals, page, docs -> highlight(highlighter, Fields.GOAL_CJK, text, docs));
  }

  private interface Highlighter {
    String[] of(ScoreDoc[] docs) throws IOException;
  }

  /**
   * Highlights each distinct text of the page once: a page of a broad query is often ten entries of
   * the same name, and highlighting re-analyses the text of every document it is given.
   */
  private static String[] onceEach(String[] texts, ScoreDoc[] page, Highlighter highlighter) throws IOException {
    Map<String, Integer> firstOf = new HashMap<>();
    List<ScoreDoc> distinct = new ArrayList<>();
    int[] slot = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      Integer known = texts[i] == null ? null : firstOf.get(texts[i]);
      if (known == null) {
        known = distinct.size();
        distinct.add(page[i]);
        if (texts[i] != null) {
          firstOf.put(texts[i], known);
        }
      }
      slot[i] = known;
    }
    String[] highlighted = highlighter.of(distinct.toArray(ScoreDoc[]::new));
    String[] out = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      out[i] = highlighted[slot[i]];
    }
    return out;
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, INDEX_ANALYZER)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true));
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
