package org.jixiao.index;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jixiao.util.LruMap;

/**
 * An analyzer that analyses each distinct (field, text) once and replays the tokens for repeats; or
 * each distinct text once, when the delegate analyses every field alike (the query-time analyzers,
 * which a query asks for the same text in several fields: name, context, goal).
 *
 * <p>A corpus repeats itself: the same indicator names in every district, a project's name and unit
 * in the context of each of its indicators. smartcn's segmentation is most of the cost of a build,
 * so analysing each text once is most of the saving. The memory is bounded; a text seen after
 * eviction is simply analysed again, with the same result.
 */
final class RepeatingTextAnalyzer extends Analyzer {

  /** Texts longer than this (goals) rarely repeat; they are analysed every time. */
  private static final int MAX_CACHED_CHARS = 400;
  private static final int MAX_ENTRIES = 200_000;
  /** Query texts: a few thousand distinct searches and their synonym forms. */
  static final int MAX_QUERY_ENTRIES = 10_000;

  private record Token(String term, int posInc, int start, int end) {}

  private final Analyzer delegate;
  private final boolean byField;
  private final Map<String, List<Token>> seen;

  /** For indexing: per field and text, up to {@link #MAX_ENTRIES} texts. */
  RepeatingTextAnalyzer(Analyzer delegate) {
    this(delegate, true, MAX_ENTRIES);
  }

  RepeatingTextAnalyzer(Analyzer delegate, boolean byField, int maxEntries) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.delegate = delegate;
    this.byField = byField;
    this.seen = new LruMap<>(maxEntries);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    return new TokenStreamComponents(new Replay(field));
  }

  private List<Token> tokens(String field, String text) throws IOException {
    String key = byField ? field + '\u0000' + text : text;
    if (text.length() <= MAX_CACHED_CHARS) {
      synchronized (seen) {
        List<Token> cached = seen.get(key);
        if (cached != null) {
          return cached;
        }
      }
    }
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = delegate.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), pos.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    if (text.length() <= MAX_CACHED_CHARS) {
      synchronized (seen) {
        seen.put(key, List.copyOf(out));
      }
    }
    return out;
  }

  /** Reads the whole field value, then emits the (possibly remembered) tokens of it. */
  private final class Replay extends Tokenizer {
    private final String field;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private List<Token> tokens = List.of();
    private int next;
    private int length;

    Replay(String field) {
      this.field = field;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      String text = read(input);
      length = text.length();
      tokens = tokens(field, text);
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.size()) {
        return false;
      }
      clearAttributes();
      Token t = tokens.get(next++);
      term.append(t.term());
      pos.setPositionIncrement(t.posInc());
      offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(length), correctOffset(length));
    }

    private static String read(Reader reader) throws IOException {
      StringBuilder b = new StringBuilder();
      char[] buffer = new char[1024];
      for (int n; (n = reader.read(buffer)) != -1; ) {
        b.append(buffer, 0, n);
      }
      return b.toString();
    }
  }
}
