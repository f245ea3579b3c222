package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSwapTest {

  private static HandCount.Expected row(String level1, String name, String target, String actual) {
    return new HandCount.Expected(level1, name, target, actual);
  }

  private static final ContentSwap.Donors DONORS = new ContentSwap.Donors(List.of(
      row("产出指标", "补助学生人数", "≥120人", "126人"),
      row("产出指标", "路灯维修及时率", "100%", "100%"),
      row("满意度指标", "学生家长满意度", "≥90%", "93%"),
      row("效益指标", "群众安全感提升", "有效提升", "有效提升"),
      row("产出指标", "2022年底之前", "100%", ""),
      row("产出指标", "1、培训人次", "≥50人次", "")));

  @Test
  void namesAndWholeCellValuesAreExchangedAndTheHandCountFollows() {
    String text = "一级指标 | 三级指标 | 指标值 | 实际完成值\n"
        + "产出指标 | 维护路灯数量 | ≥500盏 | 510盏\n"
        + "满意度指标 | 社区居民满意度 | ≥95% | 96%\n";
    List<HandCount.Expected> counted = List.of(
        row("产出指标", "维护路灯数量", "≥500盏", "510盏"),
        row("满意度指标", "社区居民满意度", "≥95%", "96%"));
    ContentSwap.Swapped s = ContentSwap.swap(text, counted, DONORS, 7);
    assertThat(s.names()).isEqualTo(2);
    assertThat(s.targets()).isEqualTo(2);
    assertThat(s.actuals()).isEqualTo(2);
    // The satisfaction row takes the only satisfaction donor; every new name and value stands in the text.
    assertThat(s.indicators().get(1).name()).isEqualTo("学生家长满意度");
    for (HandCount.Expected e : s.indicators()) {
      assertThat(s.text()).contains(e.name() + " | " + e.target() + " | " + e.actual());
      assertThat(e.name()).isNotIn("维护路灯数量", "社区居民满意度", "2022年底之前", "1、培训人次");
    }
    assertThat(s.text()).startsWith("一级指标 | 三级指标 | 指标值 | 实际完成值\n产出指标 | ").doesNotContain("≥500盏");
    assertThat(ContentSwap.swap(text, counted, DONORS, 7)).isEqualTo(s);
  }

  @Test
  void whatCannotBeFoundAsWrittenKeepsItsCountedForm() {
    // The target is written across three cells; 满意度 stands inside another counted name.
    String text = "产出指标 | 维护路灯数量 | ≥ | 500 | 盏\n满意度指标 | 满意度 | 高\n满意度指标 | 居民满意度 | 高\n";
    List<HandCount.Expected> counted = List.of(
        row("产出指标", "维护路灯数量", "≥500盏", ""),
        row("满意度指标", "满意度", "高", ""),
        row("满意度指标", "居民满意度", "高", ""));
    ContentSwap.Swapped s = ContentSwap.swap(text, counted, DONORS, 3);
    assertThat(s.indicators().get(0).target()).isEqualTo("≥500盏");
    assertThat(s.text()).contains("| ≥ | 500 | 盏");
    assertThat(s.indicators().get(1).name()).isEqualTo("满意度");
    assertThat(s.names()).isEqualTo(2);
  }

  @Test
  void aNumberIsFoundOnlyWhereItIsNotPartOfAnother() {
    assertThat(ContentSwap.cellAt("数量指标培训人数1100人", "100人", 0, 15)).isEqualTo(-1);
    assertThat(ContentSwap.cellAt("数量指标培训人数100人反映", "100人", 0, 16)).isEqualTo(8);
    assertThat(ContentSwap.cellAt("质量指标合格达标", "达标", 0, 8)).isEqualTo(-1);
    assertThat(ContentSwap.cellAt("质量指标 合格 达标\n", "达标", 0, 10)).isEqualTo(8);
  }

  @Test
  void aNameThatAlsoStandsBrokenOverLinesIsLeftAndAValueKeepsItsSignAndUnit() {
    // The name's own cell is wrapped; it stands whole only in the criteria text, so exchanging it there would
    // make the count disagree with the table.
    String text = "投入 | “三公经费”\n变动率 | 5\n评分标准:“三公经费”变动率≤0,计5分\n过程 | 维护路灯数量 | ≥500盏\n";
    List<HandCount.Expected> counted = List.of(
        row("投入", "“三公经费”变动率", "", ""),
        row("产出指标", "维护路灯数量", "≥500盏", ""));
    ContentSwap.Swapped s = ContentSwap.swap(text, counted, DONORS, 5);
    assertThat(s.indicators().get(0).name()).isEqualTo("“三公经费”变动率");
    assertThat(s.text()).contains("“三公经费”变动率≤0");
    // ≥500盏 has a sign and a unit: its donor is a value with both, never 100% or words.
    assertThat(s.indicators().get(1).target()).isIn("≥120人", "≥50人次", "≥90%");
  }

  @Test
  void aNameWrittenInsideAValueIsExchangedThereTooAndSuchValuesGiveNoDonors() {
    String text = "产出指标 | 当年在校学生数 | 当年在校学生数4953\n";
    List<HandCount.Expected> counted = List.of(row("产出指标", "当年在校学生数", "当年在校学生数4953", ""));
    ContentSwap.Donors donors = new ContentSwap.Donors(List.of(
        row("产出指标", "补助学生人数", "补助学生人数120", ""),
        row("产出指标", "资助困难学生", "资助困难学生2000", "")));
    ContentSwap.Swapped s = ContentSwap.swap(text, counted, donors, 1);
    HandCount.Expected e = s.indicators().get(0);
    assertThat(e.name()).isIn("补助学生人数", "资助困难学生");
    // The value keeps its number: the donors' values write their own names and are no donors.
    assertThat(e.target()).isEqualTo(e.name() + "4953");
    assertThat(s.text()).isEqualTo("产出指标 | " + e.name() + " | " + e.name() + "4953\n");
  }
}
