package org.jixiao.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanziTest {

  @Test
  void traditionalAndFullWidthFoldToSimplifiedHalfWidth() {
    assertThat(Hanzi.fold("績效指標")).isEqualTo("绩效指标");
    assertThat(Hanzi.fold("產出指標（50分）")).isEqualTo("产出指标(50分)");
    assertThat(Hanzi.fold("服務對象滿意度")).isEqualTo("服务对象满意度");
    assertThat(Hanzi.fold("项目名称")).isEqualTo("项目名称");
    assertThat(Hanzi.fold(null)).isEmpty();
    // Simplified characters stay as they are, where ICU would fold them into another word's character.
    assertThat(Hanzi.fold("显著改善")).isEqualTo("显著改善");
    assertThat(Hanzi.fold("顯著改善")).isEqualTo("显著改善");
    assertThat(Hanzi.fold("俱乐部")).isEqualTo("俱乐部");
    assertThat(Hanzi.fold("項目完成後")).isEqualTo("项目完成后");
  }

  @Test
  void foldCharsKeepsEveryPositionSoCutsMapBackToTheText() {
    String text = "經濟效益 指標９５％";
    String folded = Hanzi.foldChars(text);
    assertThat(folded).hasSameSizeAs(text).isEqualTo("经济效益 指标95%");
  }

  @Test
  void aWordIsFoundAcrossTheSpacesAWrapLeftInIt() {
    assertThat(Hanzi.endOfWord("经济效益 指标农村", 0, "经济效益指标")).isEqualTo(7);
    assertThat(Hanzi.endOfWord("  项目 名称：热线", 0, "项目名称")).isEqualTo(7);
    assertThat(Hanzi.endOfWord("经济指标", 0, "经济效益指标")).isEqualTo(-1);
  }

  @Test
  void saysWhetherATextHasTraditionalCharacters() {
    assertThat(Hanzi.hasTraditional("滿意度")).isTrue();
    assertThat(Hanzi.hasTraditional("满意度（%）")).isFalse();
  }

  @Test
  void noBreakAndFixedWidthSpacesFoldToASpace() {
    assertThat(Hanzi.foldChars("路灯\u00A0亮灯率\u2002≥98%\u3000")).isEqualTo("路灯 亮灯率 ≥98% ");
  }
}
