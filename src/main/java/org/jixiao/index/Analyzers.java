package org.jixiao.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one place analyzers are made, so that indexing and querying always agree.
 *
 * <ul>
 *   <li><b>smartcn</b> segments Chinese into words with a hidden Markov model: {@code 物业巡检完成率} →
 *       物业 / 巡检 / 完成 / 率. Words make BM25 precise.
 *   <li><b>CJK bigrams</b> index every pair of adjacent characters: 物业 / 业巡 / 巡检 / 检完 / 完成 / 成率.
 *       When smartcn segments a query and a document differently ({@code 满意率} vs {@code 满意度}), the
 *       shared bigram {@code 满意} still matches. Stop words are off: in indicator names every
 *       character counts.
 * </ul>
 */
public final class Analyzers {

  private Analyzers() {}

  /** Word segmentation for Chinese (with its default punctuation stop set). */
  public static Analyzer smartcn() {
    return new SmartChineseAnalyzer();
  }

  /** Overlapping CJK bigrams; Latin words and numbers stay whole and lower-cased. */
  public static Analyzer cjkBigrams() {
    return new CJKAnalyzer(CharArraySet.EMPTY_SET);
  }

  /** {@link #smartcn} for query text: each distinct text analysed once, whatever field it is for. */
  public static Analyzer smartcnForQueries() {
    return new RepeatingTextAnalyzer(smartcn(), false, RepeatingTextAnalyzer.MAX_QUERY_ENTRIES);
  }

  /** {@link #cjkBigrams} for query text, likewise. */
  public static Analyzer cjkBigramsForQueries() {
    return new RepeatingTextAnalyzer(cjkBigrams(), false, RepeatingTextAnalyzer.MAX_QUERY_ENTRIES);
  }

  /** The index-time analyzer: bigrams for {@code *_cjk} fields, keywords for ids, smartcn for the rest. */
  public static Analyzer forIndexing() {
    Analyzer bigrams = cjkBigrams();
    return new PerFieldAnalyzerWrapper(
        smartcn(),
        Map.of(
            Fields.NAME_CJK, bigrams,
            Fields.TEXT_CJK, bigrams,
            Fields.GOAL_CJK, bigrams,
            Fields.ID, new KeywordAnalyzer()));
  }
}
