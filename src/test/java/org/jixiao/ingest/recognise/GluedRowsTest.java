package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;

import java.util.List;
import java.util.Set;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Rows whose cells an export glued together with nothing between them, or a whole table flattened into
 * one line, read by the form's own marks: the header's order of columns, the weights other rows kept
 * apart, a value written twice, a target in words that runs to the end of its row, the total and the
 * page's links that end a table. Each table is a few lines made for the test.
 */
class GluedRowsTest {

  /** The issue's own example of the kind: columns glued with no separator and no 项目名称 header. */
  private static final String EXPLAINED = "某县教育局2021年学生资助项目绩效目标\n"
      + "评价指标评价内容指标名称指标说明目标值分值备注\n"
      + "产出数量指标享受资助人数达到预计值210010\n"
      + "产出质量指标资助对象认定准确率认定准确100%10\n"
      + "效益社会效益指标家庭经济困难学生入学率保障入学100%20\n"
      + "满意度服务对象满意度指标受助学生满意度问卷调查≥95%10\n";

  @Test
  void aNameGluedToItsExplanationIsCutWhereTheNameEndsUnderAHeaderWithTheExplanationBeforeTheTarget() throws Exception {
    List<Indicator> read = indicators(read(EXPLAINED));
    assertThat(read).extracting(Indicator::name).containsExactly("享受资助人数", "资助对象认定准确率", "家庭经济困难学生入学率", "受助学生满意度");
    assertThat(read).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
  }

  /** The national guidance's explanation (反映…情况) between the name and a target written in words, glued. */
  private static final String EXPLAINED_IN_WORDS = "项目支出绩效目标表\n项目名称文化下乡\n"
      + "一级指标二级指标三级指标指标解释指标值\n"
      + "产出指标数量指标送戏下乡场次反映送戏下乡场次情况≥70场\n"
      + "效益指标社会效益指标保障群众基本文化权益反映保障群众基本文化权益情况影响程度明显\n"
      + "效益指标可持续影响指标文化惠民长效机制反映文化惠民长效机制情况。长期发挥作用\n"
      + "满意度指标服务对象满意度指标群众满意度反映群众满意度情况≥90%\n";

  @Test
  void aTargetInWordsAfterAGluedExplanationIsTheTarget() throws Exception {
    List<Indicator> read = indicators(read(EXPLAINED_IN_WORDS));
    assertThat(read).extracting(Indicator::name).containsExactly("送戏下乡场次", "保障群众基本文化权益", "文化惠民长效机制", "群众满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥70场", "影响程度明显", "长期发挥作用", "≥90%");
  }

  @Test
  void anExplanationThatGoesOnAfterItsLastWordOrAScoringRuleAfterItIsNoTarget() throws Exception {
    // 反映…情况的… goes on as the explanation; 完成得满分 is a 评分标准 cell, not the target.
    String text = EXPLAINED_IN_WORDS.replace("情况影响程度明显", "情况的变化").replace("情况。长期发挥作用", "情况完成得满分");
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).contains("保障群众基本文化权益", "文化惠民长效机制");
    assertThat(read.get(1).target()).isNull();
    assertThat(read.get(2).target()).isNull();
  }

  @Test
  void aTargetInWordsRightAfterItsExplanationInATableFlattenedIntoOneLineIsTheTarget() throws Exception {
    String text = "项目支出绩效目标表 项目名称 学前教育补助 一级指标 二级指标 三级指标 指标解释 指标值 "
        + "产出指标 数量指标 补贴幼儿园数量 反映补贴幼儿园数量情况 20个 "
        + "效益指标 社会效益指标 提升民办幼儿园扶持力度 反映提升民办幼儿园扶持力度情况 显著提升了对民办幼儿园的扶持力度。 "
        + "效益指标 社会效益指标 贯穿全年 反映贯穿全年情况 当年的所有时间 "
        + "满意度指标 服务对象满意度指标 受益家长满意度 反映受益家长满意度情况 ≥95%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("补贴幼儿园数量", "提升民办幼儿园扶持力度", "贯穿全年", "受益家长满意度");
    assertThat(read).extracting(i -> i.target().raw())
        .containsExactly("20个", "显著提升了对民办幼儿园的扶持力度。", "当年的所有时间", "≥95%");
  }

  @Test
  void aTargetAndWeightGluedIntoOneNumberAreCutByTheWeightsTheOtherRowsKeptApart() throws Exception {
    List<Indicator> read = indicators(read(EXPLAINED));
    // 2100 and 10, though it is the first row: the table is judged when its header ends.
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("2100", "100%", "100%", "≥95%");
    assertThat(read.get(0).evaluation().weight()).isEqualTo(10.0);
  }

  @Test
  void aSignedTargetAndItsWeightGluedAreCutTooTheSignStayingWithTheTarget() throws Exception {
    String text = "一级指标二级指标三级指标指标值分值\n"
        + "产出指标数量指标开展修复工程(个)≥110\n"
        + "产出指标质量指标工程验收合格率100%10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥1", "100%");
    assertThat(read.get(0).evaluation().weight()).isEqualTo(10.0);
  }

  @Test
  void aTargetWithoutAWeightIsNotCutIntoOne() throws Exception {
    // 2100 could be 2 and 100 points, but no other row gives 100 points: the weight cell was empty.
    String text = EXPLAINED.replace("达到预计值210010", "达到预计值2100");
    assertThat(indicators(read(text)).get(0).target().raw()).isEqualTo("2100");
  }

  @Test
  void theSameTableWithItsCellsApartReadsTheCategoriesUnderHeadingsThatNameNoLevel() throws Exception {
    String text = "评价指标\t评价内容\t指标名称\t指标说明\t目标值\t分值\n"
        + "产出\t数量指标\t享受资助人数\t达到预计值\t2100\t10\n"
        + "满意度\t服务对象满意度指标\t受助学生满意度\t问卷调查\t≥95%\t10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("享受资助人数", "受助学生满意度");
    assertThat(read).extracting(Indicator::level1).containsExactly("产出指标", "满意度指标");
    assertThat(read).extracting(Indicator::level2).containsExactly("数量指标", "服务对象满意度指标");
  }

  @Test
  void aSelfEvaluationRowThatWritesItsValueTwiceIsCutAtTheRepetition() throws Exception {
    String text = "项目支出绩效自评表\n"
        + "一级指标三级指标年度指标值实际完成值分值得分\n"
        + "产出指标一个存储备份器25TB25TB109\n"
        + "产出指标人才驿站补助资金到位率>=100%100%1010\n"
        + "效益指标使读者更方便快捷查找检阅独有数据资源查询,查询范围可扩展到省图独有数据资源查询,查询范围可扩展到省图109\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("一个存储备份器", "人才驿站补助资金到位率", "使读者更方便快捷查找检阅");
    // The sign stands before the target's copy only.
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("25TB", ">=100%", "独有数据资源查询,查询范围可扩展到省图");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("25TB", "100%", "独有数据资源查询,查询范围可扩展到省图");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 10.0, 10.0);
  }

  @Test
  void aCompletionRateAfterTheDoubledValueIsNoPartOfTheName() throws Exception {
    // Under 实际完成值 | 完成率 the rate stands between the doubled value and the weight and score.
    String text = "项目支出绩效自评表\n"
        + "一级指标二级指标三级指标年度指标值实际完成值完成率分值得分\n"
        + "产出指标质量指标项目计划完成率100%100%100%109\n"
        + "产出指标数量指标一个存储备份器25TB25TB100%109\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("项目计划完成率", "一个存储备份器");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100%", "25TB");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("100%", "25TB");
    assertThat(read).extracting(i -> i.evaluation().completion()).containsExactly("100%", "100%");
  }

  @Test
  void aGluedHeadersNotesInBracketsStayWithTheirHeadings() throws Exception {
    // 年初目标值(A)实际完成值(B)得分: the (A) and (B) do not hide the actual's and the score's columns.
    String text = "年度绩效目标1 (80分)一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分\n"
        + "产出指标数量指标一个存储备份器25TB25TB10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("一个存储备份器");
    assertThat(read.get(0).evaluation().actual().raw()).isEqualTo("25TB");
    assertThat(read.get(0).evaluation().score()).isEqualTo(10.0);
  }

  @Test
  void inTheNationalTemplateTheKindAndTheUnitColumnStandBetween() throws Exception {
    String text = "项目支出绩效自评表\n"
        + "一级指标三级指标指标性质指标值度量单位实际完成值分值得分\n"
        + "产出指标一个存储备份器25TB25TB109\n"
        + "效益指标可保证读者使用时长定性全天候可用全天候可用109\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("一个存储备份器", "可保证读者使用时长");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("25TB", "全天候可用");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("25TB", "全天候可用");
  }

  @Test
  void aBareSatisfactionWordGluedBeforeASatisfactionNameIsItsCategory() throws Exception {
    String text = "一级指标二级指标指标名称目标值完成值\n"
        + "产出指标产出数量完成护工培训任务12500名12166名\n"
        + "效益指标社会效益参训学员就业率60%及以上53.53%\n"
        + "满意度参培学员满意度95%及以上88.32%\n"
        + "满意度调查覆盖率100%100%\n";
    List<Indicator> read = indicators(read(text));
    // 满意度调查覆盖率 asks about no one's satisfaction: its 满意度 opens the name.
    assertThat(read).extracting(Indicator::name).containsExactly("完成护工培训任务", "参训学员就业率", "参培学员满意度", "满意度调查覆盖率");
    assertThat(read.get(2).level1()).isEqualTo("满意度指标");
    assertThat(read.get(2).target().raw()).isEqualTo("95%及以上");
  }

  @Test
  void anotherTablesHeaderGluedAfterTheIndicatorsEndsTheirTable() throws Exception {
    String text = "一级指标二级指标指标名称目标值完成值\n"
        + "产出指标产出数量完成护工培训任务12500名12166名\n"
        + "效益指标社会效益参训学员就业率60%及以上53.53%\n"
        + "序号学校性质培训机构培训补助标准(元/人)就业奖补标准(元/人)培训人数合格人数补助资金备注\n"
        + "1民办吕梁市远航职业培训学校2600400842842218.92\n"
        + "2民办吕梁精准职业培训学校2600400900900234\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("完成护工培训任务", "参训学员就业率");
  }

  @Test
  void theIndicatorTablesOwnHeaderOpeningWithItsRunningNumberIsNoOtherTable() throws Exception {
    String text = "序号一级指标二级指标指标名称目标值\n"
        + "1产出指标数量指标完成护工培训任务12500名\n"
        + "2效益指标社会效益指标参训学员就业率60%及以上\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("完成护工培训任务", "参训学员就业率");
  }

  @Test
  void aDirectionEndingAGluedRowAfterWhatIsMeasuredIsItsTargetAndBeforeANumberTheNamesEnd() throws Exception {
    String text = "一级指标三级指标指标值\n"
        + "产出指标资金拨付12月底前100%到位\n"
        + "效益指标提升博物馆绿化水平提升\n"
        + "效益指标实施项目对生态产生的不利影响减少\n"
        + "效益指标广大群众防治知识知晓率显著提升100%\n"
        + "效益指标群众生活质量持续提升\n";
    List<Indicator> read = indicators(read(text));
    // 持续提升 after 质量 is a direction in words with its lead: the target whole.
    assertThat(read).extracting(Indicator::name)
        .containsExactly("资金拨付", "提升博物馆绿化水平", "实施项目对生态产生的不利影响", "广大群众防治知识知晓率显著提升", "群众生活质量");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("12月底前100%到位", "提升", "减少", "100%", "持续提升");
  }

  @Test
  void aGradeOrDirectionBeforeTheWeightGluedOnEndsTheNameAsAtTheRowsEnd() throws Exception {
    String text = "一级指标三级指标指标值分值\n"
        + "效益指标对满足群众文化需求的可持续影响长期10\n"
        + "效益指标实施项目对生态产生的不利影响减少5\n"
        + "产出指标演出合格率100%10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("对满足群众文化需求的可持续影响", "实施项目对生态产生的不利影响", "演出合格率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("长期", "减少", "100%");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 5.0, 10.0);
  }

  @Test
  void aNameWrittenAsASentenceKeepsItsTargetWhereOnlyTheWeightFollows() throws Exception {
    // 截至…,项目开展率(%)≥100%10: the clause makes the name a sentence, but after the target only the weight is left.
    String text = "一级指标二级指标三级指标指标值分值\n"
        + "产出指标时效指标截至2026年12月底,项目开展率(%)≥100%10\n"
        + "效益指标社会效益指标改善小区群众生活质量,提升生活水平。显著改善10\n"
        + "产出指标质量指标工程验收合格率100%10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("截至2026年12月底,项目开展率", "改善小区群众生活质量,提升生活水平", "工程验收合格率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥100%", "显著改善", "100%");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 10.0, 10.0);
  }

  @Test
  void aDirectionClosingAGluedRowIsCutAndTheValuesBeforeItReadAsAtTheRowsEnd() throws Exception {
    // 指标方向 after the weight: 否10正向 is the target 否, the weight 10 and the direction 正向.
    String text = "一级指标二级指标三级指标目标值权重指标方向\n"
        + "产出指标质量指标已建工程是否存在质量问题否10正向\n"
        + "效益指标可持续影响指标对群众文化需求的可持续影响长期10正向\n"
        + "成本指标经济成本指标项目成本超支率≤5%10反向\n"
        + "产出指标时效指标截至2026年12月底,项目开展率≥100%10正向\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name)
        .containsExactly("已建工程是否存在质量问题", "对群众文化需求的可持续影响", "项目成本超支率", "截至2026年12月底,项目开展率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("否", "长期", "≤5%", "≥100%");
  }

  @Test
  void theRunningNumberGluedBeforeANameWithoutCategoriesIsNoPartOfIt() throws Exception {
    // 1绿化美化公路=3500米 under 序号 | 绩效指标 | 指标值: row 1, not one 绿化美化公路 (a quantity) nor a name opening with 1.
    String text = "序号绩效指标指标值\n"
        + "1绿化美化公路=3500米\n"
        + "2购买发放李子苗=15000株\n"
        + "3树木成活率≥85%\n"
        + "4示范田建设完成率100%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("绿化美化公路", "购买发放李子苗", "树木成活率", "示范田建设完成率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("=3500米", "=15000株", "≥85%", "100%");
  }

  @Test
  void aNumberOpeningANameIsNoRunningNumberWhereItDoesNotCountTheRows() throws Exception {
    // 3号楼… after row 1 is no row 3: the rows count 1, 2, …, and the name keeps its number.
    String text = "序号绩效指标指标值\n"
        + "1储备粮到位率100%\n"
        + "3号楼维修完成率100%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("储备粮到位率", "3号楼维修完成率");
    // Without a 序号 column a number opening the first name is the name's: 1号楼 is building 1.
    String unnumbered = "三级指标指标值\n1号楼维修完成率100%\n2号楼维修完成率100%\n";
    assertThat(indicators(read(unnumbered))).extracting(Indicator::name).containsExactly("1号楼维修完成率", "2号楼维修完成率");
  }

  @Test
  void theRunningNumberGluedBeforeBareLevelsIsNoPartOfThem() throws Exception {
    String text = "序号一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
        + "1产出数量开展送戏进万村≥70村72村109\n"
        + "2产出质量演出合格率100%100%109\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("开展送戏进万村", "演出合格率");
    assertThat(read).extracting(Indicator::level2).containsExactly("数量指标", "质量指标");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("72村", "100%");
  }

  @Test
  void twoHeadingsGluedWithNoCategoryColumnsAreTheHeader() throws Exception {
    String text = "指标名称指标值\n开展送戏进万村≥70村\n演出合格率100%\n图书借阅人次5000人次\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("开展送戏进万村", "演出合格率", "图书借阅人次");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥70村", "100%", "5000人次");
  }

  @Test
  void theTemplatesKindGluedBetweenANameAndItsTargetInWordsCutsThem() throws Exception {
    String text = "一级指标三级指标指标性质指标值度量单位\n"
        + "效益指标实施项目对社会产生的不利影响定性减少\n"
        + "效益指标项目实施对周边环境的影响定性无不良影响\n"
        + "效益指标设备运行稳定性定性良好\n"
        + "产出指标系统稳定性定量≥99%\n";
    List<Indicator> read = indicators(read(text));
    // 稳定性 is a word with 定, not the kind 定性 after 稳.
    assertThat(read).extracting(Indicator::name).containsExactly("实施项目对社会产生的不利影响", "项目实施对周边环境的影响", "设备运行稳定性", "系统稳定性");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("减少", "无不良影响", "良好", "≥99%");
  }

  @Test
  void aTargetInWordsCutOffWhereAValueStartsItRunsToTheEndOfItsRow() throws Exception {
    String text = "一级指标三级指标指标值\n"
        + "产出指标完成时限2021年12月底完成项目规划相关工作。\n"
        + "产出指标开放质量全面落实学校体育设施向社会开放工作。\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("完成时限", "开放质量");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("2021年12月底完成项目规划相关工作。", "全面落实学校体育设施向社会开放工作。");
  }

  @Test
  void aTotalInATableFlattenedIntoOneLineEndsItsBlock() throws Exception {
    String text = "2021年度项目支出绩效自评表 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
        + " 绩效指标 产出指标 数量指标 供水工程改造数量 3处 3处 15 15 时效指标 工程完工时间 2021年10月底前 2021年11月 10 8 受雨季影响工期延后"
        + " 成本指标 工程成本控制 ≤300万元 285万元 10 10 效益指标 社会效益指标 受益人口数 ≥5000人 5200人 15 15"
        + " 满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 95% 10 10 总分 100 97.5\n";
    assertThat(indicators(read(text))).extracting(Indicator::name)
        .containsExactly("供水工程改造数量", "工程完工时间", "工程成本控制", "受益人口数", "受益群众满意度");
  }

  @Test
  void whatAPagePrintsAfterATableFlattenedIntoOneLineIsNoIndicator() throws Exception {
    String text = "索引号: 11410000MB1234567X/2022-00123 发布机构: 某县财政局 现将我局2022年项目支出绩效目标公开如下:"
        + " 2022年项目支出绩效目标申报表 项目名称 城区道路养护项目 绩效指标 一级指标 二级指标 三级指标 指标值"
        + " 绩效指标 产出指标 数量指标 道路养护里程 12公里 路灯维修数量 ≥300盏 质量指标 养护工程验收合格率 100%"
        + " 效益指标 社会效益指标 道路通行条件 明显改善 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% 附件下载 扫一扫在手机打开当前页\n";
    assertThat(indicators(read(text))).extracting(Indicator::name)
        .containsExactly("道路养护里程", "路灯维修数量", "养护工程验收合格率", "道路通行条件", "沿线群众满意度");
  }

  @Test
  void aBareLevel2GluedToItsNameIsCutUnderAHeaderWithALevel2Column() throws Exception {
    String text = "一级指标二级指标三级指标年度指标值实际完成值\n"
        + "产出数量完成2021年吕梁山护工培训任务12500名12166名\n"
        + "质量合格率考核通过率100%98.79%\n"
        + "效益社会效益参训学员就业率60%及以上53.53%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("完成2021年吕梁山护工培训任务", "质量合格率考核通过率", "参训学员就业率");
    assertThat(read).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "社会效益指标");
    assertThat(read).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "效益指标");
  }

  @Test
  void gluedExplanationsNeedANameEndingAndLeaveNamesThatEndAsNamesWhole() {
    List<ColumnRole> explained = List.of(ColumnRole.DESCRIPTION, ColumnRole.TARGET, ColumnRole.WEIGHT);
    assertThat(split("受益人数增长率较上年增长", explained)).isEqualTo(new GluedExplanation.Cut("受益人数增长率", "较上年增长", null));
    assertThat(split("受助学生满意度问卷调查", explained)).isEqualTo(new GluedExplanation.Cut("受助学生满意度", "问卷调查", null));
    // What follows ends as a name ends: one name, not a name and its explanation.
    assertThat(split("项目完成数量达标率", explained)).isNull();
    // No explanation column before the target: nothing to cut.
    assertThat(split("享受资助人数达到预计值", List.of(ColumnRole.TARGET, ColumnRole.DESCRIPTION))).isNull();
  }

  @Test
  void aNameWrittenAgainAsItsExplanationMarksTheSeamAndTheTargetInWordsAfterIt() throws Exception {
    String text = "一级指标二级指标三级指标绩效指标描述指标值\n"
        + "产出指标数量指标维修面积维修面积≥400平方米\n"
        + "效益指标可持续影响指标消除安全隐患消除安全隐患持续影响\n"
        + "满意度指标服务对象满意度指标干警满意度干警满意度≥95%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("维修面积", "消除安全隐患", "干警满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥400平方米", "持续影响", "≥95%");
    // A doubled word too short to be a name (满意满意) is no seam.
    List<ColumnRole> explained = List.of(ColumnRole.DESCRIPTION, ColumnRole.TARGET);
    assertThat(split("满意满意度", explained)).isNull();
  }

  @Test
  void aQuantityEndingTheNameJoinsItWhereTheHeaderGivesOneValue() throws Exception {
    String text = "一级指标二级指标三级指标指标值\n"
        + "产出指标成本指标饲料库120平方米490元/平米\n"
        + "围墙300米300元/米\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("饲料库120平方米", "围墙300米");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("490元/平米", "300元/米");
    // With an actual column the two values are the target and the actual.
    String evaluated = "一级指标二级指标三级指标指标值实际完成值\n产出指标数量指标新建围墙300米310米\n";
    Indicator one = indicators(read(evaluated)).get(0);
    assertThat(one.name()).isEqualTo("新建围墙");
    assertThat(one.target().raw()).isEqualTo("300米");
  }

  @Test
  void aUnitDoesNotRunIntoACategoryWordGluedAfterTheValue() throws Exception {
    String text = "一级指标二级指标三级指标指标值\n"
        + "产出指标数量指标鉴定校准实验室仪器≥57个数量指标购买标准试剂≥100个\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("鉴定校准实验室仪器", "购买标准试剂");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥57个", "≥100个");
  }

  @Test
  void aTasksNumberStartsAnItemInAGluedRun() throws Exception {
    String text = "二级指标三级指标年度指标值全年完成值\n"
        + "质量指标任务1:诊断准确率95%以上97%任务2:健康档案管理率100%完成\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("诊断准确率", "健康档案管理率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("95%以上", "100%");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("97%", "完成");
  }

  @Test
  void gluedTargetAndWeightAreCutOnlyToAWeightTheTableGives() {
    assertThat(GluedNumbers.targetWeight("210010", Set.of(10.0, 20.0))).containsExactly("2100", "10");
    assertThat(GluedNumbers.targetWeight("2100", Set.of(10.0, 20.0))).isNull();
    assertThat(GluedNumbers.targetWeight("≥95%", Set.of(10.0))).isNull();
  }

  private static GluedExplanation.Cut split(String glued, List<ColumnRole> tail) {
    org.jixiao.ingest.read.Row row = new org.jixiao.ingest.read.Row(3, List.of(glued + "2100"));
    Cell name = new Cell(glued, 3, Cell.Kind.TEXT, null, null, org.jixiao.ingest.value.ValueGrammar.Shape.NONE);
    return GluedExplanation.split(row, name, Cell.of("2100", 3), tail);
  }

  /**
   * A self-evaluation whose header puts the weight before the values (分值 | 年度指标值 | 实际完成值 | 得分), every row glued:
   * the weight sits between the name and the target, so it is cut from either side by the header's order.
   */
  private static final String WEIGHT_FIRST = "一级指标二级指标三级指标分值年度指标值实际完成值得分\n"
      + "产出指标数量指标项目计划完成率10100%100%9\n"
      + "产出指标数量指标资助困难教师及学生1052109\n"
      + "产出指标质量指标工程质量管理10≥95%98%9\n"
      + "产出指标数量指标当年人才驿站组织活动数量10>=28次40次9\n"
      + "效益指标社会效益指标带动农民增收10农民增收达成预期指标9\n"
      + "效益指标可持续影响指标粮食储备设备维护及安全性10高高9\n"
      + "满意度指标服务对象满意度指标帮助困难教师和学生提高生活水平1095%1009\n";

  @Test
  void underAWeightFirstHeaderTheWeightGluedBetweenNameAndTargetIsCutFromEitherSide() throws Exception {
    List<Indicator> read = indicators(read(WEIGHT_FIRST));
    assertThat(read).extracting(Indicator::name).containsExactly("项目计划完成率", "资助困难教师及学生", "工程质量管理",
        "当年人才驿站组织活动数量", "带动农民增收", "粮食储备设备维护及安全性", "帮助困难教师和学生提高生活水平");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100%", "52", "≥95%", ">=28次", "农民增收", "高", "95%");
    assertThat(read).extracting(i -> i.evaluation().actual().raw())
        .containsExactly("100%", "10", "98%", "40次", "达成预期指标", "高", "100");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsOnly(10.0);
    assertThat(read).extracting(i -> i.evaluation().score()).containsOnly(9.0);
  }

  @Test
  void aNumberInTheNameWithItsUnitAfterItIsTheNamesOwnUnderAWeightFirstHeader() throws Exception {
    String text = "一级指标二级指标三级指标分值年度指标值实际完成值得分\n"
        + "产出指标数量指标资助10名学生100%100%9\n";
    assertThat(indicators(read(text))).extracting(Indicator::name).containsExactly("资助10名学生");
  }

  @Test
  void aReasonOrItsEmptyMarkAfterTheGluedNumbersIsNoActualAndLetsThemBeCut() throws Exception {
    String text = "一级指标二级指标三级指标年度指标值实际完成值分值得分改进措施\n"
        + "产出指标数量指标工程完工率100100109加强项目管理,确保按期完成\n"
        + "产出指标数量指标资助困难教师及学生5210109/\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("工程完工率", "资助困难教师及学生");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100", "52");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("100", "10");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 10.0);
    assertThat(read).extracting(i -> i.evaluation().score()).containsExactly(9.0, 9.0);
  }

  @Test
  void underAHeaderEndingInAReasonTheWordsAfterTheScoreAreTheReasonNotTheTarget() throws Exception {
    // 按期完成 at the row's end reads as a value where nothing says a reason closes the row.
    String text = "一级指标二级指标三级指标年度指标值实际完成值分值得分改进措施\n"
        + "产出指标质量指标WIFI全覆盖,绿色环保良好良好109加强项目管理,确保按期完成\n"
        + "满意度指标服务对象满意度指标群众满意度≥95%98%109加强宣传,提高群众知晓率\n"
        + "产出指标数量指标工程完工率100100109/\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("WIFI全覆盖,绿色环保", "群众满意度", "工程完工率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("良好", "≥95%", "100");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("良好", "98%", "100");
    assertThat(read).extracting(i -> i.evaluation().score()).containsExactly(9.0, 9.0, 9.0);
  }

  @Test
  void aNumberedItemsMarkOrACountBeforeWordsIsNoScoreBeforeAReason() throws Exception {
    // One cell per line: 指标1工程完工率 and 完成2021年护工培训任务 are names, their numbers an item's and a year.
    String text = "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n改进措施\n"
        + "产出指标\n数量指标\n指标1工程完工率\n100%\n100%\n10\n9\n/\n"
        + "产出指标\n时效指标\n完成2021年护工培训任务\n12月底前\n12月底前\n10\n9\n/\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("工程完工率", "完成2021年护工培训任务");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100%", "12月底前");
  }
}
