package org.jixiao.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aWordRunsAcrossABreakThatFallsInsideIt() {
    assertThat(Words.across("对满足人民群众日益提", "高的文化需求")).isTrue(); // 提高
    assertThat(Words.across("呼家河至鲍家沟新建水", "泥路1条")).isTrue(); // 水泥
    assertThat(Words.across("资金是否全部及", "时纳入")).isTrue(); // 及时
    // Between words, as cells end: a name and its target in words.
    assertThat(Words.across("义务教育学校正常运转", "按要求完成当年的教育")).isFalse();
    assertThat(Words.across("非营利性民办园租房受益期限", "保障疫情期间")).isFalse();
  }

  @Test
  void aLastCharacterAloneIsAWordOfItsOwnNotTheEndOfALongerOne() {
    assertThat(Words.lastCharacterAlone("实施项目对社会产生的", "不利影响")).isTrue();
    assertThat(Words.lastCharacterAlone("项目实施的目的", "明确")).isFalse(); // 目的
    assertThat(Words.lastCharacterAlone("学前教育普及", "率")).isFalse(); // 普及
  }

  @Test
  void aLongerWordStartsWhereTheTextAfterItReadsOnAsWords() {
    assertThat(Words.longerWordAt("数量2根据工作计划确定", 3)).isTrue(); // 根据 | 工作
    assertThat(Words.longerWordAt("培训3人员全部合格", 3)).isTrue(); // 人员
    assertThat(Words.longerWordAt("短信≥3万条文保单位", 5)).isFalse(); // 条文 | 保: a word forced out of the text
    assertThat(Words.longerWordAt("100人以上", 3)).isFalse(); // 人 | 以上
    assertThat(Words.longerWordAt("数量2根", 3)).isFalse(); // nothing after it
  }
}
