package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedEndingsTest {

  private static List<String> cut(String piece, String rest) {
    List<Cell> out = new ArrayList<>();
    return GluedEndings.cut(Cell.of(piece, 1), rest, out) ? out.stream().map(Cell::text).toList() : List.of();
  }

  @Test
  void theLongestPhraseWrittenTwiceLeavesTheNameItsOwnLastWords() {
    assertThat(GluedEndings.doubledAt("保证财政建设补助专款专用专款专用专款专用", false)).isEqualTo("保证财政建设补助专款专用".length());
    assertThat(cut("保证财政建设补助专款专用专款专用专款专用", "10")).containsExactly("保证财政建设补助专款专用", "专款专用", "专款专用");
  }

  @Test
  void nothingWrittenTwiceOneCharacterTwiceOrNoNameBeforeItIsNoCut() {
    assertThat(GluedEndings.doubledAt("项目验收合格率", false)).isEqualTo(-1);
    assertThat(GluedEndings.doubledAt("群众满意度高高", false)).isEqualTo(-1);
    assertThat(GluedEndings.doubledAt("专款专用专款专用", false)).isEqualTo(-1);
    assertThat(cut("项目验收合格率", "")).isEmpty();
  }

  @Test
  void wordsEndingIn无AndShortQuestionsAreNoAnswers() {
    assertThat(GluedEndings.answerAt("安全隐患有无")).isEqualTo(-1);
    assertThat(GluedEndings.answerAt("是否满意")).isEqualTo(-1);
    assertThat(GluedEndings.answerAt("是否按期完工")).isEqualTo(-1);
    assertThat(GluedEndings.answerAt("是否按期完工是")).isEqualTo(6);
    // The question may open with what it asks about; it still needs three characters after 是否.
    assertThat(GluedEndings.answerAt("已建工程是否存在质量问题否")).isEqualTo(12);
    assertThat(GluedEndings.answerAt("项目实施是否产生经济价值否")).isEqualTo(12);
    assertThat(GluedEndings.answerAt("项目实施是否达标否")).isEqualTo(-1);
  }

  @Test
  void beforeAScoreAValueOfOneCharacterOrALongPhraseWrittenTwiceIsTheTargetAndTheActual() {
    // The answer twice before the score: a target and an actual, not the name's last character and one answer.
    assertThat(cut("是否按时完成是是", "109")).containsExactly("是否按时完成", "是", "是");
    assertThat(cut("服务质量评价优优", "109")).containsExactly("服务质量评价", "优", "优");
    assertThat(cut("项目设计、招标、施工完成时间为2022年12月30日完成时间为2022年12月30日", "109"))
        .containsExactly("项目设计、招标、施工", "完成时间为2022年12月30日", "完成时间为2022年12月30日");
    // A character the vocabulary does not know as a value, and no score after it, are no such cut.
    assertThat(GluedEndings.doubledAt("群众满意度高高", true)).isEqualTo(-1);
    assertThat(GluedEndings.doubledAt("服务质量评价优优", false)).isEqualTo(-1);
    assertThat(cut("是否按时完成是", "109")).containsExactly("是否按时完成", "是");
  }
}
