package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.ingest.read.Row;
import org.junit.jupiter.api.Test;

class CellCutterTest {

  static List<Cell> cut(String... cells) {
    return CellCutter.cells(new Row(1, List.of(cells)));
  }

  static List<String> texts(List<Cell> cells) {
    return cells.stream().map(Cell::text).toList();
  }

  static List<Cell.Kind> kinds(List<Cell> cells) {
    return cells.stream().map(Cell::kind).toList();
  }

  @Test
  void cellsJoinedBySingleSpacesAreSplitAndWrappedWordsJoinedAgain() {
    List<Cell> cells = cut("产出指标 数量指标 流转土地 >=60亩");
    assertThat(texts(cells)).containsExactly("产出指标", "数量指标", "流转土地", ">=60亩");
    assertThat(kinds(cells)).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
    assertThat(texts(cut("效益指标 经济效益 指标 利息费用保障率 100%"))).containsExactly("效益指标", "经济效益指标", "利息费用保障率", "100%");
  }

  @Test
  void theFormsLabelGluedBesideARowIsACellOfItsOwn() {
    // 绩效指标, the merged cell a printed form writes beside one of its rows, glued to that row's name.
    assertThat(texts(cut("绩效指标修建作业道长度(公里)30"))).containsExactly("绩效指标", "修建作业道长度(公里)", "30");
    assertThat(texts(cut("绩效指标环境卫生专项考核1次/月"))).containsExactly("绩效指标", "环境卫生专项考核", "1次/月");
    // A few words after it are the name that the label's words begin.
    assertThat(texts(cut("绩效指标达成度100%"))).containsExactly("绩效指标达成度", "100%");
  }

  @Test
  void namesListedWithSpacesAndNoValuesAreCutIntoNames() {
    // The values' column lost: names follow each other with a space between, each ending as a name ends.
    assertThat(texts(CellCutter.cells(1, List.of("康复服务人数 服药补贴人数 资助特校学生数 补贴特校数"))))
        .containsExactly("康复服务人数", "服药补贴人数", "资助特校学生数", "补贴特校数");
    // A piece that does not end as a name does is the first half of a wrapped one.
    assertThat(texts(CellCutter.cells(1, List.of("扶贫品牌基地项目补助 基地个数 创业残疾人数 无障碍改造户数"))))
        .containsExactly("扶贫品牌基地项目补助基地个数", "创业残疾人数", "无障碍改造户数");
    // Two names, a wrapped name, prose: left whole.
    assertThat(CellCutter.cells(1, List.of("精神病患者服药率 康复服务率"))).hasSize(1);
    assertThat(CellCutter.cells(1, List.of("为残疾人提供康复服务 为精神病患者提供服药补贴 资助特校学生数"))).hasSize(1);
  }

  @Test
  void aTargetWrittenWithItsNameAfterTheNameStaysOneTarget() {
    List<Cell> cells = cut("产出指标 质量指标 项目验收合格率 项目验收合格率100%");
    assertThat(texts(cells)).containsExactly("产出指标", "质量指标", "项目验收合格率", "项目验收合格率100%");
    assertThat(cells.get(3).is(Cell.Kind.VALUE)).isTrue();
    // Alone, a name glued to its value is still cut.
    assertThat(texts(cut("产出指标 质量指标 项目验收合格率100%"))).containsExactly("产出指标", "质量指标", "项目验收合格率", "100%");
  }

  @Test
  void aCoinedCategoryWordBeforeATargetIsAName() {
    assertThat(kinds(cut("满意度指标 服务满意度指标 满意"))).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
    // The vocabulary's own words stay categories; so does a coined one followed by a name.
    assertThat(kinds(cut("满意度指标 服务对象满意度指标 受益群众满意率 ≥90%")))
        .containsExactly(Cell.Kind.CATEGORY, Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
  }

  @Test
  void aSentenceWithSpacesIsNotSplit() {
    assertThat(cut("全面改善农村义务教育薄弱学校办学条件 扩大基础教育资源")).hasSize(1);
  }

  @Test
  void gluedCategoriesNameAndTargetAreCutAtTheVocabularyAndTheValueGrammar() {
    List<Cell> cells = cut("产出指标数量指标农村义务教育学校改造覆盖率100%");
    assertThat(texts(cells)).containsExactly("产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%");
    assertThat(texts(cut("社会公众或服务对象满意度指标学生家长满意度≥90%"))).containsExactly("社会公众或服务对象满意度指标", "学生家长满意度", "≥90%");
  }

  @Test
  void aCategorysPointsInBracketsStayWithItAndAPartOfTheRowAboveIsNoSentence() {
    assertThat(texts(cut("效益指标(30分)经济效益社会公益服务无经济效益公益性事业公益性事业10")).get(0)).isEqualTo("效益指标(30分)");
    assertThat(texts(cut("其中:实施新造林总面积(亩)30000"))).containsExactly("其中:实施新造林总面积(亩)", "30000");
    // A clause before the number is a sentence still: the number stays in it.
    assertThat(cut("完成造林,总面积30000")).hasSize(1);
  }

  @Test
  void aRuleInWordsIsATargetAfterANameAndANameBeforeATarget() {
    // After a name that ends as names end, the rule is its target; after other words it is part of the name.
    assertThat(texts(cut("医疗文书及时率按规定时限"))).containsExactly("医疗文书及时率", "按规定时限");
    assertThat(texts(cut("项目成本控制在预算内"))).containsExactly("项目成本控制在预算内");
    // First after its category and before a percent, it names what the percent measures.
    assertThat(kinds(cut("成本指标", "控制在预算内", "100%"))).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
    // Written twice after a name, it is the target and the actual; the score follows.
    assertThat(kinds(cut("成本控制", "不超过预算", "不超过预算", "10")))
        .containsExactly(Cell.Kind.TEXT, Cell.Kind.VALUE, Cell.Kind.VALUE, Cell.Kind.VALUE);
  }

  @Test
  void aMonthWithItsDayOrEndIsADateWholeAndAMonthOfAYearBeforeItStaysInTheName() {
    assertThat(texts(cut("时效指标完成时限12月底前"))).containsExactly("时效指标", "完成时限", "12月底前");
    assertThat(texts(cut("时效指标完工时间年底前"))).containsExactly("时效指标", "完工时间", "年底前");
    assertThat(texts(cut("时效指标资金拨付时间6月30日前"))).containsExactly("时效指标", "资金拨付时间", "6月30日前");
    assertThat(texts(cut("截至2026年12月底,项目开展率(%)≥100%"))).containsExactly("截至2026年12月底,项目开展率(%)", "≥100%");
    // The day of a date begun before it stays with it; a year after a date starts the next value.
    assertThat(texts(cut("完成时间为2022年12月30日"))).containsExactly("完成时间为2022年12月30日");
    assertThat(texts(cut("项目完工时限2023年12月2023年10月"))).containsExactly("项目完工时限", "2023年12月", "2023年10月");
  }

  @Test
  void gradesGluedAfterTheNameTheyGradeAreCutButWordsInsideANameAreNot() {
    assertThat(texts(cut("时效指标项目完成及时性及时较及时77受进度影响拖延")))
        .containsExactly("时效指标", "项目完成及时性", "及时", "较及时", "77", "受进度影响拖延");
    assertThat(texts(cut("档案管理有效性有效有效55"))).containsExactly("档案管理有效性", "有效", "有效", "55");
    // 管理制度 ends in 度 but is no name a grade follows.
    assertThat(texts(cut("长效管理制度健全情况健全较健全33")))
        .containsExactly("长效管理制度健全情况", "健全", "较健全", "33");
    // A grade no name ends with (优秀, 良好) ending a glued text is its target, after any name.
    assertThat(texts(cut("效益指标对社工服务质量进行考核评估优秀"))).containsExactly("效益指标", "对社工服务质量进行考核评估", "优秀");
    assertThat(cut("效益指标设备验收合格")).hasSize(1); // 合格 ends names (…验收合格): no end grade
    // So is a duration no name ends with (长期, 长远); 明显 is not cut off: it ends targets whole (影响程度明显).
    assertThat(texts(cut("效益指标对满足人民群众文化需求的可持续影响长期")))
        .containsExactly("效益指标", "对满足人民群众文化需求的可持续影响", "长期");
    assertThat(texts(cut("影响程度明显"))).containsExactly("影响程度明显");
  }

  /** A self-evaluation's target and actual, equal and glued after the name, are two values whatever their words. */
  @Test
  void aValueWrittenTwiceAfterANameIsTargetAndActual() {
    List<Cell> cells = cut("产出指标数量指标成本控制不超过预算不超过预算10");
    assertThat(texts(cells)).containsExactly("产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", "10");
    assertThat(kinds(cells)).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE, Cell.Kind.VALUE, Cell.Kind.VALUE);
    assertThat(texts(cut("办公设备购置数量"))).containsExactly("办公设备购置数量");
    // Without a score after it, the phrase ends the name and is its target (a target table).
    assertThat(texts(cut("效益指标报告所提出的建议成果被政府部门采纳采纳")))
        .containsExactly("效益指标", "报告所提出的建议成果被政府部门采纳", "采纳");
    // The target repeats the name; before a value, the repeated name opens the target and the value follows.
    assertThat(texts(cut("效益指标持续稳定运行持续稳定运行"))).containsExactly("效益指标", "持续稳定运行", "持续稳定运行");
    assertThat(texts(cut("产出指标项目验收合格率项目验收合格率100%"))).containsExactly("产出指标", "项目验收合格率", "100%");
    // A one-character grade ending the text after a name's last character.
    assertThat(texts(cut("效益指标运维服务满意度优"))).containsExactly("效益指标", "运维服务满意度", "优");
    assertThat(texts(cut("效益指标服务满意度优化"))).containsExactly("效益指标", "服务满意度优化");
  }

  /** A note in brackets right after a value is part of the value, numbers and all. */
  @Test
  void aBracketedNoteAfterAValueStaysWithIt() {
    assertThat(texts(cut("产出指标自助终端设备在线率99%（自助终端设备在线个数/自助终端设备总数*100%）")))
        .containsExactly("产出指标", "自助终端设备在线率", "99%（自助终端设备在线个数/自助终端设备总数*100%）");
    List<Cell> cells = cut("满意度指标营商环境服务企业满意度90%（企业在好差评系统的打分）");
    assertThat(texts(cells)).containsExactly("满意度指标", "营商环境服务企业满意度", "90%（企业在好差评系统的打分）");
    assertThat(cells.get(2).kind()).isEqualTo(Cell.Kind.VALUE);
    // An unclosed bracket is no note.
    assertThat(texts(cut("产出指标设备在线率99%（在线个数"))).contains("99%");
  }

  /** A coined category word with a signed target after it is a name; the vocabulary's own words stay categories. */
  @Test
  void aCoinedCategoryWordWithASignedTargetIsAName() {
    List<Cell> cells = cut("产出指标 恢复时间目标 ≤1");
    assertThat(kinds(cells)).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
    assertThat(kinds(cut("产出指标 恢复时间目标 系统恢复时间 ≤1"))).startsWith(Cell.Kind.CATEGORY, Cell.Kind.CATEGORY);
    assertThat(kinds(cut("时效指标 ≤1"))).startsWith(Cell.Kind.CATEGORY);
  }

  /** A yes-no question glued to its answer, and a name glued to 无. */
  @Test
  void aGluedAnswerIsCut() {
    assertThat(texts(cut("产出指标是否通过政府采购公开招标选定服务单位是"))).containsExactly("产出指标", "是否通过政府采购公开招标选定服务单位", "是");
    assertThat(texts(cut("效益指标容灾备份恢复能力无"))).containsExactly("效益指标", "容灾备份恢复能力", "无");
  }

  @Test
  void anExplanationEndsAsExplanationsEndAndTheTargetAfterItIsACell() {
    assertThat(texts(cut("开展修复工程(个)反映防洪水利设施水毁修复项目开展情况≥1")))
        .containsExactly("开展修复工程(个)", "反映防洪水利设施水毁修复项目开展情况", "≥1");
    // A value without a sign before its explanation, and a name written as a sentence before both.
    assertThat(texts(cut("产出指标数量指标安置小区物业费8个反映安置小区物业费情况")))
        .containsExactly("产出指标", "数量指标", "安置小区物业费", "8个", "反映安置小区物业费情况");
    assertThat(texts(cut("效益指标改善群众生活质量,提升生活水平。显著改善反映改善群众生活质量情况")))
        .containsExactly("效益指标", "改善群众生活质量,提升生活水平。", "显著改善", "反映改善群众生活质量情况");
    // A plain number after an explanation is a cell when a category follows it.
    assertThat(texts(cut("补助县数量反映补助县数量情况2质量指标项目资金使用合规性≥95%")))
        .containsExactly("补助县数量", "反映补助县数量情况", "2", "质量指标", "项目资金使用合规性", "≥95%");
    // A rule written as a sentence keeps its numbers.
    assertThat(texts(cut("反映项目完成情况,完成率≥90%得满分"))).containsExactly("反映项目完成情况,完成率≥90%得满分");
  }

  @Test
  void aNameWrittenAsASentenceAfterItsCategoryGivesUpTheValueEndingTheRow() {
    assertThat(texts(cut("效益指标通过注射疫苗,可以有效降低疫苗针对传染病的发生40%")))
        .containsExactly("效益指标", "通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%");
    assertThat(texts(cut("效益指标提升疫情防控期间扶持力度,大力支持民办幼儿园持续保障")))
        .containsExactly("效益指标", "提升疫情防控期间扶持力度,大力支持民办幼儿园", "持续保障");
    // Its category merged away, the row opens with the name, and an unmistakable value ends it.
    assertThat(texts(cut("通过注射疫苗,可以有效降低疫苗针对传染病的发生40%")))
        .containsExactly("通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%");
    // A bare number ending a line, or more text after the number: a sentence keeps its numbers.
    assertThat(texts(cut("1、除上级政策性因素影响外,年度无预算追加(1"))).containsExactly("1、除上级政策性因素影响外,年度无预算追加(1");
    assertThat(texts(cut("提升疫情防控期间扶持力度,大力支持民办幼儿园持续保障")))
        .containsExactly("提升疫情防控期间扶持力度,大力支持民办幼儿园持续保障");
    assertThat(texts(cut("效益指标完成培训,合格率达到90%以上的给予奖励")))
        .containsExactly("效益指标", "完成培训,合格率达到90%以上的给予奖励");
  }

  @Test
  void traditionalNamesEndAsSimplifiedOnesDo() {
    assertThat(texts(cut("開展全院安全排查次數6開展安全排查,保障院內安全")))
        .containsExactly("開展全院安全排查次數", "6", "開展安全排查,保障院內安全");
  }

  @Test
  void aNameGluedToItsTargetBySignIsCutAmongSpacedCellsAndABracketNoteStaysInTheName() {
    assertThat(texts(cut("数量指标 足额保障率 =100% 22.5 科目调整次数≤10次 22.5 2个中心建设 完成")))
        .containsExactly("数量指标", "足额保障率", "=100%", "22.5", "科目调整次数", "≤10次", "22.5", "2个中心建设", "完成");
    assertThat(texts(cut("经济效益指标结余率(计算方法为:结余数/预算数)≤5%")))
        .containsExactly("经济效益指标", "结余率(计算方法为:结余数/预算数)", "≤5%");
  }

  @Test
  void aNameThatStartsWithANumberStaysWhole() {
    assertThat(texts(cut("数量指标5000吨稻谷储备到位率100%"))).containsExactly("数量指标", "5000吨稻谷储备到位率", "100%");
  }

  @Test
  void whatFollowsTheTargetIsItsExplanationAndKind() {
    List<Cell> cells = cut("成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,每少1元扣1分-定量");
    assertThat(texts(cells)).startsWith("成本指标", "经济成本指标", "学生补助标准", "17元/人.每天");
    assertThat(cells.get(4).text()).startsWith("反映学生每天用餐标准");
    assertThat(cells.get(cells.size() - 1).text()).isEqualTo("定量");
  }

  @Test
  void aTargetInBracketsAfterItsName() {
    assertThat(texts(cut("指标1:视频监控在线率(≥0.97比例)"))).containsExactly("指标1:视频监控在线率", "≥0.97比例");
    // A placeholder in brackets (≥**%) is part of the name.
    assertThat(texts(cut("游客满意度(≥**%)"))).containsExactly("游客满意度(≥**%)");
  }

  @Test
  void headingsGluedIntoOneCellAreSplit() {
    List<Cell> cells = cut("绩效指标一级指标二级指标指标内容指标值");
    assertThat(kinds(cells)).containsOnly(Cell.Kind.HEADER);
    assertThat(cells).extracting(Cell::role)
        .containsExactly(ColumnRole.INDICATORS, ColumnRole.LEVEL1, ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.TARGET);
  }

  @Test
  void theRestOfAGluedHeaderOnALineOfItsOwnIsSplitThoughNoAnchorIsInIt() {
    // A self-evaluation's header wrapped over three lines: its third line has no 一级指标 or 三级指标.
    assertThat(cut("分值得分偏差原因分析及改进措施")).extracting(Cell::role)
        .containsExactly(ColumnRole.WEIGHT, ColumnRole.SCORE, ColumnRole.DESCRIPTION);
    // Headings inside a longer text are words of it: no header without an anchor.
    assertThat(kinds(cut("分值得分偏差较大"))).doesNotContain(Cell.Kind.HEADER);
  }

  @Test
  void aGluedHeadersHeadingsTheVocabularyDoesNotKnowAreCutFromTheKnownOnes() {
    // After headings, an unknown one (考核内容) is cut from the known ones that end the header.
    assertThat(texts(cut("一级指标二级指标考核内容指标值"))).containsExactly("一级指标", "二级指标", "考核内容", "指标值");
    assertThat(kinds(cut("一级指标二级指标考核内容指标值")))
        .containsExactly(Cell.Kind.HEADER, Cell.Kind.HEADER, Cell.Kind.TEXT, Cell.Kind.HEADER);
    // 年度绩效目标 is one heading: a period before 绩效目标 is no heading of its own.
    assertThat(texts(cut("一级指标二级指标三级指标年度绩效目标"))).containsExactly("一级指标", "二级指标", "三级指标", "年度绩效目标");
    // A target's heading and an actual's side by side are a header's, in a flattened page's text too.
    List<Cell> page = cut("如下图:評價內容績效內容績效目標值實際完成值累計完成率產出目標數量目標當年人才驛站組織活動數量>=28次40次143%");
    assertThat(page).extracting(Cell::role).containsSubsequence(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.COMPLETION);
    assertThat(texts(page)).endsWith("當年人才驛站組織活動數量", ">=28次", "40次", "143%");
  }

  @Test
  void labelsGluedToTheirValues() {
    assertThat(texts(cut("项目主管部门青山区教育局项目执行单位化工区学校"))).containsExactly("项目主管部门", "青山区教育局", "项目执行单位", "化工区学校");
  }

  @Test
  void aNoteBesideACategoryIsNoCellAndANoteInsideItStaysWithIt() {
    List<Cell> noted = cut("数量指标 (必填硬性指标)", "实施营造林总面积(亩)", "80000");
    assertThat(kinds(noted)).containsExactly(Cell.Kind.CATEGORY, Cell.Kind.TEXT, Cell.Kind.VALUE);
    assertThat(noted.get(0).category().standard()).isEqualTo("数量指标");
    assertThat(texts(cut("数量指标(必填)实施营造林总面积(亩)80000"))).containsExactly("数量指标(必填)", "实施营造林总面积(亩)", "80000");
    List<Cell> cells = cut("时效指标(工期指标、形象进度指标)", "结算款支付及时性", "及时");
    assertThat(cells.get(0).kind()).isEqualTo(Cell.Kind.CATEGORY);
    assertThat(cells.get(0).category().standard()).isEqualTo("时效指标");
  }

  @Test
  void numberedItemsStartNewCells() {
    assertThat(texts(cut("指标24:传染病及突发公共卫生事件报告 数指标25:家庭医生签约率 14例 14例 2 2")))
        .startsWith("指标24:传染病及突发公共卫生事件报告", "数", "指标25:家庭医生签约率", "14例");
  }

  @Test
  void aValueIsNotCutFromANameWhenALaterCellHoldsTheTarget() {
    assertThat(texts(cut("*贫困地区旅游基础设施建设质量达标率100%", ">=98%"))).containsExactly("*贫困地区旅游基础设施建设质量达标率100%", ">=98%");
  }

  @Test
  void aBareNumberAfterANameIsItsTargetWhereAnExplanationFollowsWhateverTheNameEndsWith() {
    // 资助困难教师及学生 ends in no measure word; the explanation after 180 (通过…, or a first clause closed by a
    // comma) says the number ended the name's row.
    assertThat(texts(cut("数量指标资助困难教师及学生180通过开放日活动,扩大社会影响力")))
        .containsExactly("数量指标", "资助困难教师及学生", "180", "通过开放日活动,扩大社会影响力");
    assertThat(texts(cut("数量指标免费发放原原种100开展安全排查,保障院内安全")))
        .containsExactly("数量指标", "免费发放原原种", "100", "开展安全排查,保障院内安全");
    // A number inside a sentence that had one before keeps the sentence whole around it.
    assertThat(texts(cut("项目实施内容及过程概述2023年购买13台安可电脑,并于12月前完成资金支付。")))
        .doesNotContain("13台");
    // Without an explanation a bare number followed by text may begin the next name: 5000吨稻谷储备到位率.
    assertThat(texts(cut("数量指标储备粮轮换5000吨稻谷储备到位率100%"))).containsExactly("数量指标", "储备粮轮换5000吨稻谷储备到位率", "100%");
  }

  @Test
  void aNameThatStartsWithAHeadingWordAndCarriesItsTargetsSignIsAName() {
    // 项目资金 heads a budget column; 项目资金年成本 measures a cost, also with the ≤ of its target glued on.
    List<Cell> cells = cut("定性 医疗费用发生时 项目资金年成本≤ 100 万元");
    assertThat(cells).filteredOn(c -> c.text().startsWith("项目资金")).allMatch(c -> c.is(Cell.Kind.TEXT)).isNotEmpty();
  }
}
