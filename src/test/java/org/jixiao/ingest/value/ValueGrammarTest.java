package org.jixiao.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.ingest.value.ValueGrammar.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueGrammarTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "≥95%|MEASURE", ">=98%|MEASURE", "1200万通|MEASURE", "5次以下|MEASURE", "17元/人.每天|MEASURE", "6000-8000件/月|MEASURE",
      "12月底前100%到位|MEASURE", "2023年6月30日前100%|MEASURE", "12月底前|DATE",
      "2023年12月31日|DATE", "2023.07-2024.01|DATE", "年底前|DATE", "2022年全年|DATE", "2023年底前|DATE",
      "优|QUALITATIVE", "稳步提高|QUALITATIVE", "有所减轻|QUALITATIVE", "达到验收标准|QUALITATIVE",
      // A degree's grades (高 / 较高 / 低): alone a value; after a name's words, one character is part of the name.
      "高|QUALITATIVE", "较低|QUALITATIVE", "标准高|NONE",
      "95|NUMBER", "40/3=13.33|NUMBER", "≥|SIGN", "大于等于|SIGN", "%|UNIT", "人/年|UNIT", "定量|KIND", "正向指标|KIND",
      "无|EMPTY", "/|EMPTY", "—|EMPTY",
      "物业巡检完成率|NONE", "受益建档立卡贫困人口数|NONE", "救助对象生活水平=提高|NONE",
      // An item's number in a list is no measure, whatever short words follow it; a decimal is one.
      "3、施用配方肥|NONE", "1.肥料利用率|NONE", "1.5万元|MEASURE", "3.5亩|MEASURE", "3个|MEASURE",
      // A comparison with last year: with its change and number a measure, in words a qualitative value; a name
      // that measures a change (较上年增长率) stays a name.
      "较上年增长10%|MEASURE", "比上年提高5个百分点|MEASURE", "同比增长5%|MEASURE", "超上年2%|MEASURE",
      "不低于上年|QUALITATIVE", "高于上年水平|QUALITATIVE", "与上年持平|QUALITATIVE", "超上年度|QUALITATIVE",
      "较上年增长率|NONE", "同比增长率|NONE",
      // Bound to a rule or the budget, in words.
      "按规定时限|QUALITATIVE", "按要求完成|QUALITATIVE", "控制在预算范围内|QUALITATIVE", "不超过预算|QUALITATIVE",
      "按规定发放率|NONE",
      // A share of the work done, alone or by a deadline; 完成3项 and 完成2021年…任务 begin names.
      "完成100%|MEASURE", "11月底完成100%|MEASURE", "完成3项|NONE", "完成2021年吕梁山护工培训任务|NONE",
      "12月底前|DATE", "6月30日前|DATE", "年底前|DATE", "12个月|MEASURE"})
  void theShapeOfAWholeCell(String cell, Shape shape) {
    assertThat(ValueGrammar.shape(cell)).isEqualTo(shape);
  }

  @Test
  void aValueInsideTextIsStrongWhenItsFormAloneSaysSo() {
    assertThat(ValueGrammar.valueAt("覆盖率100%库存", 3).strong()).isTrue();
    assertThat(ValueGrammar.valueAt("补助标准17元/人.每天反映", 4).strong()).isTrue();
    // 5000吨稻谷: a bare number with a unit, followed by more text, may begin a name.
    assertThat(ValueGrammar.valueAt("5000吨稻谷储备到位率", 0).strong()).isFalse();
    // 2024至2027 is a period in a project's name, not a range of values.
    assertThat(ValueGrammar.valueAt("机房租赁2024至2027服务", 4).strong()).isFalse();
    // 特殊人群健康管理率超上年2%达成目标值: the comparison with last year ends the name and is the target, whole.
    assertThat(ValueGrammar.valueAt("特殊人群健康管理率超上年2%达成目标值", 9).end()).isEqualTo(14);
    assertThat(ValueGrammar.valueAt("产量比上年提高5个百分点", 2).strong()).isTrue();
    // 按规定 alone is too short to tell from the start of a name (按规定程序办理…).
    assertThat(ValueGrammar.valueAt("按规定", 0)).isNull();
    assertThat(ValueGrammar.valueAt("医疗文书及时率按规定时限", 7).end()).isEqualTo(12);
    // Digits inside a number or after a letter start no value.
    assertThat(ValueGrammar.valueAt("12345热线", 2)).isNull();
    assertThat(ValueGrammar.valueAt("0-6岁儿童", 0)).isNull();
    // 通过 after a number begins the explanation: the value is 1, not 1通.
    assertThat(ValueGrammar.valueAt("活动次数1通过开放日活动", 4).end()).isEqualTo(5);
    assertThat(ValueGrammar.valueAt("接通电话1200通以上", 4).end()).isEqualTo(11);
    // Likewise any word that begins with a unit's character (ICU's dictionary): 根据 after 2, 人员 after 3; a unit of
    // time runs on into words of time (12月底), and a unit stays one where the word it would begin leaves the text
    // after it no words (3万条文保单位: 条文 | 保).
    assertThat(ValueGrammar.valueAt("数量2根据工作计划确定", 2).end()).isEqualTo(3);
    assertThat(ValueGrammar.valueAt("数量2根", 2).end()).isEqualTo(4);
    assertThat(ValueGrammar.valueAt("培训3人员全部合格", 2).end()).isEqualTo(3);
    assertThat(ValueGrammar.valueAt("短信≥3万条文保单位抢险维修", 2).end()).isEqualTo(6);
    // An equals sign and a direction word: 生活水平=提高已完成 has its target at 8.
    assertThat(ValueGrammar.valueAt("救助对象生活水平=提高已完成", 8).end()).isEqualTo(11);
    assertThat(ValueGrammar.valueAt("救助对象生活水平=提高已完成", 8).strong()).isTrue();
  }

  @Test
  void aGradeThenTheSameGradeQualifiedBeforeAScoreIsATargetAndItsActualWhateverTheNameEndsWith() {
    // 科目调整次数 ends in no name ending a grade follows (率, 度, 性, 况); the pair alone says where the target starts.
    assertThat(ValueGrammar.valueAt("科目调整次数及时较及时77受进度影响拖延", 6)).isEqualTo(new ValueGrammar.Span(8, true));
    assertThat(ValueGrammar.valueAt("巩固脱贫攻坚成果达标基本达标33", 8)).isEqualTo(new ValueGrammar.Span(10, true));
    assertThat(ValueGrammar.valueAt("打井、配电有效有效55", 5)).isEqualTo(new ValueGrammar.Span(7, true));
    assertThat(ValueGrammar.valueAt("打井、配电有效有效", 5)).isEqualTo(new ValueGrammar.Span(7, true));
    // A name that ends in the grade it is measured by: the pair is the next two, not the name's word and the target.
    assertThat(ValueGrammar.gradePairEnd("管理制度健全健全较健全33", 4)).isEqualTo(-1);
    assertThat(ValueGrammar.gradePairEnd("管理制度健全健全较健全33", 6)).isEqualTo(8);
    // Two different grades, or a pair that runs on into text, are no pair.
    assertThat(ValueGrammar.gradePairEnd("资料归档及时完整33", 4)).isEqualTo(-1);
    assertThat(ValueGrammar.gradePairEnd("资料归档及时及时率", 4)).isEqualTo(-1);
    // The qualified grade is the actual, never the target's start.
    assertThat(ValueGrammar.gradePairEnd("项目管理较及时及时", 4)).isEqualTo(-1);
  }

  @Test
  void datesAreDatesOnlyWhereYearsAndMonthsAreAndAYearsEndIsOne() {
    // 1346.0088万平方米 is an area, not the year 1346, month 00.
    assertThat(ValueGrammar.valueAt("清扫保洁道路面积1346.0088万平方米", 8).end()).isEqualTo(21);
    assertThat(ValueGrammar.valueAt("补贴期限2020.1.1-2020.12.31", 4).end()).isEqualTo(23);
    // The end of a range may leave out its year; a target written twice is two dates, not one run of digits.
    assertThat(ValueGrammar.valueAt("培训任务完成及时2021.1.1-12.312021.1.1-12.31", 8).end()).isEqualTo(22);
    assertThat(ValueGrammar.shape("2021.1.1-12.31")).isEqualTo(ValueGrammar.Shape.DATE);
    // What a deadline says is done by then is the target's too; 完成率 after a date starts a name.
    assertThat(ValueGrammar.valueAt("资金拨付12月底到位", 4).end()).isEqualTo(10);
    assertThat(ValueGrammar.valueAt("资金拨付到位情况12月底前100%到位", 8).end()).isEqualTo(19);
    assertThat(ValueGrammar.valueAt("12月底完成率100%", 0).end()).isEqualTo(4);
    assertThat(ValueGrammar.valueAt("完成资金支付11月底完成100%100%", 6).end()).isEqualTo(16);
    assertThat(ValueGrammar.valueAt("项目完成时间2023年底", 6).end()).isEqualTo(12);
    assertThat(ValueGrammar.valueAt("按时保质完成物业管理工作2021年全年", 12).end()).isEqualTo(19);
    // A self-evaluation's actual in words: 达成预期指标, 达成目标值, 全部达成.
    assertThat(ValueGrammar.valueAt("带动农民增收农民增收达成预期指标109", 10).end()).isEqualTo(16);
    assertThat(ValueGrammar.valueAt("结余率小于5%达成目标值44", 7).end()).isEqualTo(12);
    assertThat(ValueGrammar.valueAt("不超编、无违规支出全部达成44", 9).end()).isEqualTo(13);
    // Symbols and Latin units: ㎡, km.
    assertThat(ValueGrammar.valueAt("绿化面积≥500㎡", 4).end()).isEqualTo(9);
    assertThat(ValueGrammar.valueAt("新建水泥路长度2km", 7).end()).isEqualTo(10);
    // ≤620万/月: money per month, the 元 left out.
    assertThat(ValueGrammar.valueAt("人工成本≤620万/月", 4).end()).isEqualTo(11);
  }

  @Test
  void aGradeIsAValueAloneOrAfterANameEndButANameWithItsGradeGluedOnIsNot() {
    assertThat(ValueGrammar.shape("较及时")).isEqualTo(ValueGrammar.Shape.QUALITATIVE);
    assertThat(ValueGrammar.shape("基本达标")).isEqualTo(ValueGrammar.Shape.QUALITATIVE);
    assertThat(ValueGrammar.shape("文明施工程度达标")).isEqualTo(ValueGrammar.Shape.NONE);
    assertThat(ValueGrammar.valueAt("项目完成及时性及时较及时", 7).end()).isEqualTo(9);
    assertThat(ValueGrammar.valueAt("项目完成及时性及时较及时", 7).strong()).isTrue();
    assertThat(ValueGrammar.valueAt("长效管理制度健全情况", 6)).isNull();
    assertThat(ValueGrammar.gradeAt("较健全33", 0)).isEqualTo(3);
  }

  /** The comparison words TargetParser reads open and close values inside text too. */
  @Test
  void comparisonWordsChangeWordsAndChineseCountsMakeValues() {
    assertThat(ValueGrammar.shape("少于5件")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("超过60次")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("2次或以上")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("2人(含)以下")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("至少一次")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("提高30%")).isEqualTo(ValueGrammar.Shape.MEASURE);
    var cut = ValueGrammar.valueAt("项目造价评审压减率压减8%以上", 9);
    assertThat(cut).isNotNull();
    assertThat(cut.end()).isEqualTo("项目造价评审压减率压减8%以上".length());
    // A word of change without its number, and a Chinese numeral without a comparison, open no value.
    assertThat(ValueGrammar.shape("提高群众满意度")).isEqualTo(ValueGrammar.Shape.NONE);
    assertThat(ValueGrammar.valueAt("一次性补助发放率", 0)).isNull();
    // 满意率: a grade with a name's last character is a word.
    assertThat(ValueGrammar.gradeAt("满意率不低于95%", 0)).isEqualTo(-1);
    assertThat(ValueGrammar.gradeAt("满意", 0)).isEqualTo(2);
  }

  /** A measure keeps its shape with one note in brackets after it, however long the note. */
  @Test
  void aMeasureWithANoteInBracketsIsAMeasure() {
    assertThat(ValueGrammar.shape("6宗（完成论证数量包括通过论证、不通过论证等情形）")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("≥95%(按季度统计)")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("6宗（通过）（不通过论证等其他情形）")).isEqualTo(ValueGrammar.Shape.NONE);
    assertThat(ValueGrammar.shape("6宗（包括通过论证")).isEqualTo(ValueGrammar.Shape.NONE);
  }

  @Test
  void aRateWrittenWithItsBaseFirstAndAUnitThatNamesWhatIsCounted() {
    assertThat(ValueGrammar.shape("每亩300")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("每人200元")).isEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("每亩")).isNotEqualTo(ValueGrammar.Shape.MEASURE);
    assertThat(ValueGrammar.shape("人数")).isEqualTo(ValueGrammar.Shape.UNIT);
    assertThat(ValueGrammar.shape("发放人数")).isEqualTo(ValueGrammar.Shape.NONE);
    // What a rate measures is a name, however it starts: 按时 leads qualitative values too.
    assertThat(ValueGrammar.shape("按时发放率")).isEqualTo(ValueGrammar.Shape.NONE);
    assertThat(ValueGrammar.shape("按时发放")).isEqualTo(ValueGrammar.Shape.QUALITATIVE);
  }

  @Test
  void aRunOfValuesThatLostItsBordersIsCutApart() {
    assertThat(ValueGrammar.values("100%100%1515")).containsExactly("100%", "100%", "1515");
    assertThat(ValueGrammar.values("≥95%得10分")).containsExactly("≥95%", "得10分");
  }

  @Test
  void whereATargetStartsInAGluedText() {
    int[] at = ValueGrammar.targetIn("农村义务教育学校改造覆盖率100%");
    assertThat(at).containsExactly(13, 17);
    assertThat(ValueGrammar.targetIn("0-6岁儿童健康管理率")).isNull();
  }
}
