package org.jixiao.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "产出指标|产出指标",
      "1-产出指标|产出指标",
      "产出指标 (40分)|产出指标",
      "效益指标（40分）|效益指标",
      "3-满意度指标|满意度指标",
      "社会公众或服务对象满意度指标|满意度指标",
      "预算执行过程（20分）|预算执行",
      "预期产出指标|产出指标",
      "效果指标|效益指标",
      "导向指标|NULL",
      "产出指标得分小计 (上限不超过40分)|NULL",
      "自评结论|NULL"})
  void level1(String raw, String expected) {
    assertThat(Categories.level1(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "11-数量指标|数量指标|产出指标",
      "12-质量指标|质量指标|产出指标",
      "22-社会效益|社会效益指标|效益指标",
      "31-服务对象满意度|服务对象满意度指标|满意度指标",
      "可持续发展影响指标|可持续影响指标|效益指标",
      "社会公众或服务对象满意度指标|服务对象满意度指标|满意度指标",
      "生态环境成本指标|生态环境成本指标|成本指标",
      "时效指标|时效指标|产出指标"})
  void level2AndItsParent(String raw, String expected, String parent) {
    assertThat(Categories.level2(raw)).isEqualTo(expected);
    assertThat(Categories.parentOf(expected)).isEqualTo(parent);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "产出指标|1|产出指标",
      "產出指標|1|产出指标",
      "一、投入目标|1|预算执行",
      "产出指标（50分）|1|产出指标",
      "效果指标|1|效益指标",
      "經濟效益指標|2|经济效益指标",
      "服务对象满意度指标等|2|服务对象满意度指标",
      "社会公众或服务对象满意度指标|2|服务对象满意度指标",
      "数量|2|数量指标",
      "经济效益 指标|2|经济效益指标",
      "11-数量指标|2|数量指标",
      "项目完成指标|1|产出指标",
      "投 入(15分)|1|预算执行",
      "过 程|1|预算执行"})
  void aCellThatIsOnlyACategoryWord(String cell, int level, String standard) {
    Categories.Category c = Categories.word(cell);
    assertThat(c).isNotNull();
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.standard()).isEqualTo(standard);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"产出数量达标率", "群众满意度调查", "成本", "管理", "项目产出完成率", "效益显著"})
  void namesThatMentionACategoryAreNotCategoryWords(String cell) {
    assertThat(Categories.word(cell)).isNull();
  }

  @org.junit.jupiter.api.Test
  void gluedCategoryWordsAtTheStartOfAText() {
    assertThat(Categories.leadingWords("产出指标数量指标农村义务教育学校改造覆盖率100%")).containsExactly("产出指标", "数量指标");
    assertThat(Categories.leadingWords("產出指標質量指標合格率")).containsExactly("产出指标", "质量指标");
    assertThat(Categories.leadingWords("质量指标建档立卡学生全面覆盖100%")).containsExactly("质量指标");
    assertThat(Categories.leadingWords("学生满意度")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aCategoryWordWithAShortQualifierIsTheSameKindOfCategory() {
    assertThat(Categories.word("计划管理指标")).isEqualTo(Categories.word("管理指标"));
    assertThat(Categories.word("实施效果指标")).isEqualTo(Categories.word("效果指标"));
    assertThat(Categories.word("过程管理指标")).isNotNull();
    // Names and two words glued stay what they are.
    assertThat(Categories.word("主要污染物减排指标")).isNull();
    assertThat(Categories.word("考核指标")).isNull();
    assertThat(Categories.word("100数量指标")).isNull();
  }

  @org.junit.jupiter.api.Test
  void aBareStemCommonInNamesIsACategoryOnlyWhenSpacedOutAsAHeading() {
    assertThat(Categories.word("投入")).isNull();
    assertThat(Categories.word("过程")).isNull();
    assertThat(Categories.word("投入资金")).isNull();
  }

  @org.junit.jupiter.api.Test
  void aPieceOfACategoryWordBrokenInsideOneOfItsWords() {
    assertThat(Categories.isBrokenWord("效益指")).isTrue();
    assertThat(Categories.isBrokenWord("服务对象满")).isTrue();
    assertThat(Categories.isBrokenWord("服务对象满意度")).isFalse();
    assertThat(Categories.isBrokenWord("社会效益")).isFalse();
    assertThat(Categories.isBrokenWord("资金到位率")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void costIsALevel1ThatCanStandAsTheOutputsLevel2() {
    assertThat(Categories.canBeLevel2(Categories.word("成本指标"))).isTrue();
    assertThat(Categories.canBeLevel2(Categories.word("产出指标"))).isFalse();
    assertThat(Categories.canBeLevel2(Categories.word("数量指标"))).isTrue();
  }
}
