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
    assertThat(cut("设备维护及安全性高高", "109")).containsExactly("设备维护及安全性", "高", "高");
    // A character the vocabulary does not know as a value, and no score after it, are no such cut.
    assertThat(GluedEndings.doubledAt("群众满意度佳佳", true)).isEqualTo(-1);
    assertThat(GluedEndings.doubledAt("服务质量评价优优", false)).isEqualTo(-1);
    assertThat(cut("是否按时完成是", "109")).containsExactly("是否按时完成", "是");
  }

  @Test
  void aNameWrittenTwiceIsItsTargetAtTheRowsEndOrBeforeItsPointsAndOnlyTheNameBeforeAValue() {
    assertThat(cut("持续稳定运行持续稳定运行", "")).containsExactly("持续稳定运行", "持续稳定运行");
    assertThat(cut("按期完工按期完工", "10")).containsExactly("按期完工", "按期完工");
    assertThat(cut("项目验收合格率项目验收合格率", "100%")).containsExactly("项目验收合格率");
    // A count after it is no row's points: the name's copy opens the target.
    assertThat(cut("当年在校学生数当年在校学生数", "4953")).containsExactly("当年在校学生数");
  }

  @Test
  void aTargetInWordsThatTakesUpItsNamesWordsIsCutWhereItOpens() {
    assertThat(cut("促进学前教育普及普惠优质发展显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。", ""))
        .containsExactly("促进学前教育普及普惠优质发展", "显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。");
    assertThat(cut("提升全民健康水平促进人民群众健康水平不断提高。", ""))
        .containsExactly("提升全民健康水平", "促进人民群众健康水平不断提高。");
    // The name may have commas in it; the target is where the opener says its words again.
    assertThat(cut("严控成本,严格按照项目资金落实各项工作,不扩大,不增债严格按照指标任务落实工作", ""))
        .containsExactly("严控成本,严格按照项目资金落实各项工作,不扩大,不增债", "严格按照指标任务落实工作");
    // Before a row's points (a weight, or a weight and its score glued) as at its end.
    assertThat(cut("非营利性民办园租房受益期限保障疫情期间非营利性民办园房租需求", "10"))
        .containsExactly("非营利性民办园租房受益期限", "保障疫情期间非营利性民办园房租需求");
  }

  @Test
  void noEchoNoOpenerAParagraphOrMoreTextAfterIsNoTargetCut() {
    // An opener whose words the name does not say: the value grammar's business, not a repetition's.
    assertThat(GluedEndings.echoedAt("成本控制按照资金测算控制各项成本")).isEqualTo(-1);
    // The name's words again with no opener before them, or a name alone.
    assertThat(GluedEndings.echoedAt("城市生活污水集中收集率城市生活污水")).isEqualTo(-1);
    assertThat(GluedEndings.echoedAt("保障人民群众基本文化权益")).isEqualTo(-1);
    // A report's paragraph after the table: longer than a target, with numbers in it.
    assertThat(GluedEndings.echoedAt("绩效自评与再评价差异农村最低生活保障专项资金项目自评分为97.40分,农村最低生活保障资金")).isEqualTo(-1);
    // A comma before the opener ends a clause of the name, not the name.
    assertThat(GluedEndings.echoedAt("持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应")).isEqualTo(-1);
    // Text after the piece other than the row's points: no cut.
    assertThat(cut("提升全民健康水平促进人民群众健康水平不断提高", "满意度指标")).isEmpty();
  }
}
