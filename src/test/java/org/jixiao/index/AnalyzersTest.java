package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void smartcnSegmentsWords() throws IOException {
    assertThat(tokens(Analyzers.smartcn(), "f", "物业巡检完成率")).containsExactly("物业", "巡", "检", "完成", "率");
    assertThat(tokens(Analyzers.smartcn(), "f", "服务对象满意度")).containsExactly("服务", "对象", "满意度");
    assertThat(tokens(Analyzers.smartcn(), "f", "12345热线ＩＶＲ接通率≥95%")).containsExactly("12345", "热线", "ivr", "接通率", "95");
  }

  @Test
  void bigramsCatchWhatSegmentationSplitsDifferently() throws IOException {
    // smartcn keeps 满意度 and 满意率 as different words; their bigrams share 满意.
    assertThat(tokens(Analyzers.smartcn(), "f", "满意度")).containsExactly("满意度");
    assertThat(tokens(Analyzers.smartcn(), "f", "满意率")).containsExactly("满意率");
    assertThat(tokens(Analyzers.cjkBigrams(), "f", "满意度")).containsExactly("满意", "意度");
    assertThat(tokens(Analyzers.cjkBigrams(), "f", "满意率")).containsExactly("满意", "意率");
    assertThat(tokens(Analyzers.cjkBigrams(), "f", "系统可用率")).containsExactly("系统", "统可", "可用", "用率");
  }

  @Test
  void theIndexingAnalyzerPicksByField() throws IOException {
    Analyzer indexing = Analyzers.forIndexing();
    assertThat(tokens(indexing, Fields.NAME, "系统可用率")).containsExactly("系统", "可", "用率");
    assertThat(tokens(indexing, Fields.NAME_CJK, "系统可用率")).containsExactly("系统", "统可", "可用", "用率");
    assertThat(tokens(indexing, Fields.ID, "abc-p1-i2")).containsExactly("abc-p1-i2");
  }

  /** Each token as term@positionIncrement[start,end). */
  static List<String> detailed(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      var pos = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + pos.getPositionIncrement() + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void theQueryAnalyzersGiveTheSameTokensForEveryFieldAndRepeat() throws IOException {
    Analyzer words = Analyzers.smartcnForQueries();
    Analyzer bigrams = Analyzers.cjkBigramsForQueries();
    for (int round = 0; round < 2; round++) { // the second round is answered from what was kept
      for (String field : List.of(Fields.NAME, Fields.TEXT, Fields.GOAL)) {
        for (String text : List.of("物业巡检完成率", "12345热线ＩＶＲ接通率≥95%", "满意度 的 满意率", "")) {
          assertThat(detailed(words, field, text)).as(text).isEqualTo(detailed(Analyzers.smartcn(), field, text));
          assertThat(detailed(bigrams, field, text)).as(text).isEqualTo(detailed(Analyzers.cjkBigrams(), field, text));
        }
      }
    }
  }
}
