package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The reader by parts on small tables written the ways exports write them: the same indicators
 * whatever the layout. Each table is a few lines made for the test, not a copy of a collected file.
 */
class TableRecogniserTest {

  static Document read(String text) throws Exception {
    return Ingestor.standard().read("t.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Indicator> indicators(Document d) {
    return d.projects().stream().flatMap(p -> p.indicators().stream()).toList();
  }
  @Test
  void aTableOfTwoHalvesGivesThisYearsTargetAlsoWhereItsMergedCellsWereDropped() throws Exception {
    String text = "项目名称 | 农产品质检\n一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 二级指标 | 三级指标 | 年度指标值 | |\n"
        + "产出指标 | 数量指标 | 鉴定校准仪器 | ≥150个 | 数量指标 | 鉴定校准仪器 | ≥57个 | |\n"
        + "购买标准试剂 | ≥300个 | 购买标准试剂 | ≥100个 | | | |\n"
        + "质量指标 | 监测合格率 | ≥95% | 质量指标 | 监测合格率 | ≥98% | |\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("鉴定校准仪器", "购买标准试剂", "监测合格率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥57个", "≥100个", "≥98%");
  }

  @Test
  void aTableThatEndsWithItsLastWholeRowIsNotCalledTruncated() throws Exception {
    // A draft pasted as it is: the last line is the last indicator, every cell there.
    String whole = "项目名称\t热线服务\n一级指标\t二级指标\t三级指标\t指标值\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
        + "产出指标\t质量指标\t设备维修及时率\t≥95%\n";
    Document d = read(whole);
    assertThat(indicators(d)).hasSize(2);
    assertThat(d.warnings()).noneMatch(w -> w.contains("truncated"));
    // A last row that stops short of its header's columns is.
    Document cut = read("项目名称\t热线服务\n一级指标\t二级指标\t三级指标\t指标值\t分值\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t10\n"
        + "产出指标\t质量指标\t设备维修及时率\n");
    assertThat(cut.warnings()).anyMatch(w -> w.contains("truncated at line 4"));
  }

  @Test
  void aFlattenedTableOpenedByItsAttachmentLabelIsReadNamesWithoutValuesToo() throws Exception {
    // A document copy site flattened the whole table into one line that begins with the attachment's
    // label (附件 2, which closes a table when it starts a row below one); the targets' column is empty.
    String line = "附件 2 残疾人事业发展补助资金区域绩效目标表 ( 2019 年度) 专项名称 残疾人事业发展补助资金 主管部门 省残联 "
        + "资金额度 4623 万 年度总体目标 目标 1:为残疾人提供基本康复服务,为精神病患者提供服药补贴。 目标 2:对特殊学校残疾贫困学生进行资助。 "
        + "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 阳光家园托养补助人数 补助城乡创业残疾人数 无障碍改造户数 "
        + "质量指标 精神病患者服药率 康复服务率 补助标准执行达标率 满意度指标 服务对象满意度 ≥90%";
    Document d = read(line + "\n");
    assertThat(indicators(d)).extracting(Indicator::name).containsExactly(
        "阳光家园托养补助人数", "补助城乡创业残疾人数", "无障碍改造户数", "精神病患者服药率", "康复服务率", "补助标准执行达标率", "服务对象满意度");
    assertThat(indicators(d)).extracting(Indicator::level2)
        .containsExactly("数量指标", "数量指标", "数量指标", "质量指标", "质量指标", "质量指标", null);
    assertThat(indicators(d).get(0).targets()).isEmpty();
    assertThat(indicators(d).get(6).targets()).extracting(t -> t.raw()).containsExactly("≥90%");
  }


  static List<String> names(Document d) {
    return indicators(d).stream().map(Indicator::name).toList();
  }

  static List<String> targets(Document d) {
    return indicators(d).stream().map(i -> i.target() == null ? "" : i.target().raw()).toList();
  }

  /**
   * A short table flattened into one line: a name that does not end as names end (系统服务对象) is
   * still the next indicator when a signed target follows it, not the explanation of the one before.
   */
  @Test
  void anActualInWordsBeforeTheWeightIsNotTheNextName() throws Exception {
    // A self-evaluation, one cell per line: 较高 between the target 高 and the weight 10 is the actual.
    StringBuilder b = new StringBuilder("项目支出绩效自评表\n项目名称\n粮食储备\n\n");
    for (String cell : List.of("一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "设备维护情况", "高", "较高", "10", "9", "效益指标", "储备粮油数量", "≥100吨", "100吨", "10", "9",
        "满意度指标", "群众满意度", "≥90%", "达成预期指标", "10", "10")) {
      b.append(cell).append("\n\n");
    }
    Document d = read(b.toString());
    assertThat(names(d)).containsExactly("设备维护情况", "储备粮油数量", "群众满意度");
    assertThat(indicators(d)).extracting(i -> i.evaluation().actual().raw()).containsExactly("较高", "100吨", "达成预期指标");
    assertThat(indicators(d)).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 10.0, 10.0);
  }

  @Test
  void numbersGluedInASelfEvaluationRowAreCutWhereOneReadingStandsOut() throws Exception {
    Document d = read("项目支出绩效自评表\n项目名称\t粮食储备\n一级指标三级指标年度指标值实际完成值分值得分\n"
        + "产出指标工程完工率100100109\n效益指标储备粮油数量≥100吨100吨2018\n产出指标工程资金金额43.237.24109\n"
        + "产出指标培训人数1200109\n产出指标开展交流活动≥3次3109\n");
    assertThat(names(d)).containsExactly("工程完工率", "储备粮油数量", "工程资金金额", "培训人数", "开展交流活动");
    // 43.2 / 37.24 (43.23 / 7.24 also fits, further apart); 1 / 200 and 120 / 0 are both too far apart: left whole.
    assertThat(targets(d)).containsExactly("100", "≥100吨", "43.2", "1200109", "≥3次");
    assertThat(indicators(d)).extracting(i -> i.evaluation() == null || i.evaluation().actual() == null ? null : i.evaluation().actual().raw())
        .containsExactly("100", "100吨", "37.24", null, "3");
    assertThat(indicators(d)).extracting(i -> i.evaluation() == null ? null : i.evaluation().weight()).containsExactly(10.0, 20.0, 10.0, null, 10.0);
    assertThat(indicators(d)).extracting(i -> i.evaluation() == null ? null : i.evaluation().score()).containsExactly(9.0, 18.0, 9.0, null, 9.0);
  }

  @Test
  void aNameAndATargetInWordsAreCutAtTheirSpaceWhereTheRowsAboveWere() throws Exception {
    Document d = read("""
        项目名称 义务教育学校运转
        一级指标 三级指标 指标值
        产出指标 当年在校学生数 4953人
        成本控制 按照资金测算控制各项成本。
        效益指标 义务教育学校正常运转 按要求完成当年的教育教学工作。
        不增加百姓负担 资金由自治区保障
        """);
    assertThat(names(d)).containsExactly("当年在校学生数", "成本控制", "义务教育学校正常运转", "不增加百姓负担");
    // A target may be a sentence, its row still cut at the spaces (一、…。 before the last piece is prose).
    assertThat(targets(d)).containsExactly("4953人", "按照资金测算控制各项成本。", "按要求完成当年的教育教学工作。", "资金由自治区保障");
  }

  @Test
  void aRowOfWordsIsCutAtItsSpacesWhereTheIndicatorRowAboveWas() throws Exception {
    Document d = read("""
        项目名称 送戏进万村
        一级指标 二级指标 三级指标 指标值 指标解释
        产出指标 数量指标 项目金额 5万元 反映项目金额情况
        效益指标 社会效益指标 项目实施是否产生经济价值 否 反映项目实施是否产生经济价值情况
        保障人民群众基本文化权益 影响程度明显 反映保障人民群众基本文化权益情况
        """);
    assertThat(names(d)).containsExactly("项目金额", "项目实施是否产生经济价值", "保障人民群众基本文化权益");
    assertThat(targets(d)).containsExactly("5万元", "否", "影响程度明显");
    // Below a header block's labels (no category or value among them), a line of words stays whole.
    assertThat(SpacedCells.wordsInRowsPlaces("保障人民群众基本文化权益 影响程度明显 反映保障人民群众基本文化权益情况", 3)).isTrue();
    assertThat(SpacedCells.wordsInRowsPlaces("保障人民群众基本文化权益 影响程度明显 反映保障人民群众基本文化权益情况", 0)).isFalse();
    assertThat(SpacedCells.wordsInRowsPlaces("为全县共享改革开放成果。 促进社会稳定 文明和谐", 5)).isFalse();
  }

  @Test
  void aTextAfterTheScoreOfARowThatMetItsTargetIsTheNextNameNotItsReason() throws Exception {
    // One cell per line, the categories merged away: a row that met its target gives no reason for a
    // deviation, so the text after its score starts the next indicator.
    Document d = read(String.join("\n", "项目支出绩效自评表", "项目名称", "储备粮", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析", "产出指标", "质量指标", "库存数量真实率", "100%", "100%", "10", "10",
        "保证财政建设补助专款专用", "专款专用", "专款专用", "10", "10", "修缮级别", "市级保护单位", "市级保护单位", "10", "10",
        "资金到位率", "100%", "90%", "10", "8", "资金拨付滞后", "储备粮管理专户管理率", "100%", "100%", "10", "10") + "\n");
    assertThat(names(d)).containsExactly("库存数量真实率", "保证财政建设补助专款专用", "修缮级别", "资金到位率", "储备粮管理专户管理率");
    assertThat(targets(d)).containsExactly("100%", "专款专用", "市级保护单位", "100%", "100%");
  }

  @Test
  void aReasonInClausesAfterARowThatMetItsTargetIsThatRowsReason() throws Exception {
    // Forms that ask for a reason get one where the target was met too (按计划完成,无偏差): a text in clauses
    // followed by words, not a value, is the reason; a name with a comma that ends as a name is a name.
    Document d = read(String.join("\n", "项目支出绩效自评表", "项目名称", "储备粮", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析", "产出指标", "质量指标", "库存数量真实率", "100%", "100%", "10", "10",
        "按计划完成,无偏差", "储备粮管理专户管理率", "100%", "100%", "10", "10",
        "项目实施后,群众生活改善情况", "促进乡村振兴", "促进乡村振兴", "10", "10", "资金到位率", "100%", "90%", "10", "8", "资金拨付滞后") + "\n");
    assertThat(names(d)).containsExactly("库存数量真实率", "储备粮管理专户管理率", "项目实施后,群众生活改善情况", "资金到位率");
    assertThat(targets(d)).containsExactly("100%", "100%", "促进乡村振兴", "100%");
  }

  @Test
  void theNationalTemplatesSplitTargetOneCellPerLine() throws Exception {
    // 指标性质 | 指标值 | 度量单位, empty cells dropped: the words after 定性 are the target, a short word
    // after a bare number its unit, and a name is followed by its own sign.
    Document d = read(String.join("\n", "项目支出绩效目标表", "项目名称", "送戏进万村", "一级指标", "二级指标", "三级指标",
        "指标性质", "指标值", "度量单位", "产出指标", "数量指标", "开展送戏进万村", "≥", "70", "村", "文物宣传教育短信", "≥", "3",
        "万条", "工期", "≤", "30", "天", "效益指标", "社会效益指标", "保障人民群众基本文化权益", "定性", "影响程度明显",
        "项目受益人满意程度", "≥", "90", "%") + "\n");
    assertThat(names(d)).containsExactly("开展送戏进万村", "文物宣传教育短信", "工期", "保障人民群众基本文化权益", "项目受益人满意程度");
    assertThat(targets(d)).containsExactly("≥70村", "≥3万条", "≤30天", "影响程度明显", "≥90%");
    Document self = read(String.join("\n", "项目支出绩效自评表", "项目名称", "储备粮", "一级指标", "二级指标", "三级指标",
        "指标性质", "年度指标值", "度量单位", "实际完成值", "分值", "得分", "产出指标", "质量指标", "管理忠烈祠面積", "=", "230", "畝",
        "=230畝", "10", "10", "设备维护及安全性", "定性", "高", "高", "10", "9") + "\n");
    assertThat(names(self)).containsExactly("管理忠烈祠面積", "设备维护及安全性");
    assertThat(targets(self)).containsExactly("=230畝", "高");
    assertThat(indicators(self)).extracting(i -> i.evaluation().actual().raw()).containsExactly("=230畝", "高");
    // Flattened into one line: a name follows a unit, and is followed by its sign; 場 is 2's unit, not a wrapped word.
    Document flat = read("项目支出绩效目标表 项目名称 送戏进万村 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 产出指标 数量指标 "
        + "开展送戏进万村 ≥ 70 村 文物宣传教育短信 ≥ 3 万条 辦理市場變更或出租 2 場 工期 ≤ 30 天 效益指标 社会效益指标 "
        + "保障人民群众基本文化权益 定性 影响程度明显 项目受益人满意程度 ≥ 90 %\n");
    assertThat(names(flat)).containsExactly("开展送戏进万村", "文物宣传教育短信", "辦理市場變更或出租", "工期", "保障人民群众基本文化权益", "项目受益人满意程度");
    assertThat(targets(flat)).containsExactly("≥70村", "≥3万条", "2場", "≤30天", "影响程度明显", "≥90%");
  }

  @Test
  void aNameThatDoesNotEndAsNamesEndIsTheNextIndicatorWhereNoRoleIsLeftForIt() throws Exception {
    Document d = read("项目名称 维修项目 一级指标 三级指标 指标值 产出指标 维修面积 ≥400平方米 验收合格率 ≥98% 项目成本 20万元 "
        + "效益指标 消除安全隐患 持续影响 满意度指标 干警满意度 ≥95% 参审案件补助 100元\n");
    assertThat(names(d)).containsExactly("维修面积", "验收合格率", "项目成本", "消除安全隐患", "干警满意度", "参审案件补助");
    // A deadline after a name, and a yes-no answer after a question, are targets of a name of their own.
    Document dated = read("项目名称 送戏进万村 一级指标 三级指标 指标值 产出指标 活动完成率 ≥95% 项目完成时限 2025年12月 "
        + "项目金额 5万元 开展修复工程 ≥1 已建工程是否存在质量问题 否 项目开展率 ≥100%\n");
    assertThat(names(dated)).containsExactly("活动完成率", "项目完成时限", "项目金额", "开展修复工程", "已建工程是否存在质量问题", "项目开展率");
    assertThat(targets(dated)).containsExactly("≥95%", "2025年12月", "5万元", "≥1", "否", "≥100%");
    // A heading of another table is not a name beside a target: 2021年培训人数 is no measure.
    Document other = read("项目名称\t培训\n一级指标\t三级指标\t指标值\n产出指标\t培训人数\t≥800人\n"
        + "序号\t学校性质\t培训机构\t就业奖补标准(元/人)\t2021年培训人数\t合格人数\n");
    assertThat(names(other)).containsExactly("培训人数");
  }

  @Test
  void twoCharactersWithoutAnyValueAreAWrappedCellsEndNotAnIndicator() throws Exception {
    // A PDF cell wrapped over two lines: 长效 breaks off 长效管理制度健全情况's category and lands in a row
    // of its own. A two-character name with a value is still read (安全率 would be three; 读数 with 100).
    Document d = read("项目名称\t长效管理\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t长效\t\n"
        + "产出指标\t质量指标\t管理制度健全情况\t健全\n效益指标\t社会效益指标\t读数\t100\n");
    assertThat(names(d)).containsExactly("管理制度健全情况", "读数");
  }

  @Test
  void aNameWithASignedTargetAfterAnotherIndicatorInOneLineIsRead() throws Exception {
    Document d = read("项目名称 项目X 一级指标 二级指标 三级指标 指标值 效益指标 省级考核得分 无 系统服务对象 ≥600万 产出指标 项目计划时间 ≤21\n");
    assertThat(names(d)).containsExactly("省级考核得分", "系统服务对象", "项目计划时间");
    assertThat(targets(d)).containsExactly("无", "≥600万", "≤21");
  }

  @Test
  void cellsSeparatedBySingleSpacesWithMergedCategoriesOnlyOnTheFirstRow() throws Exception {
    Document d = read("""
        项目名称 路灯维护
        一级指标 二级指标 三级指标 指标值
        产出指标 数量指标 维护路灯数量 ≥500盏
        路灯亮灯率 ≥98%
        效益指标 社会效益指标 夜间出行安全 有所提升
        满意度指标 服务对象满意度指标 市民满意度 ≥90%
        """);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("路灯维护");
    assertThat(names(d)).containsExactly("维护路灯数量", "路灯亮灯率", "夜间出行安全", "市民满意度");
    assertThat(targets(d)).containsExactly("≥500盏", "≥98%", "有所提升", "≥90%");
    assertThat(indicators(d)).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
  }

  @Test
  void oneCellPerLineWithEmptyCellsKeptIsDealtByTheHeader() throws Exception {
    StringBuilder b = new StringBuilder("项目名称 |\n路灯维护 |\n");
    for (String cell : List.of("一级指标", "二级指标", "三级指标", "指标值", "备注",
        "产出指标", "数量指标", "维护路灯数量", "≥500盏", "", "", "", "路灯亮灯率", "≥98%", "按月抽查",
        "满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "")) {
      b.append(cell.isEmpty() ? "|" : cell + " |").append('\n');
    }
    for (int i = 0; i < 20; i++) {
      b.append("|\n");
    }
    Document d = read(b.toString());
    assertThat(names(d)).containsExactly("维护路灯数量", "路灯亮灯率", "市民满意度");
    assertThat(targets(d)).containsExactly("≥500盏", "≥98%", "≥90%");
  }

  @Test
  void rowsGluedWithoutSeparatorsAndNoProjectHeader() throws Exception {
    Document d = read("""
        绩效指标一级指标二级指标指标内容指标值
        产出指标数量指标维护路灯数量≥500盏
        质量指标路灯亮灯率98%
        效益指标社会效益指标夜间出行安全有所提升
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "路灯亮灯率", "夜间出行安全");
    assertThat(targets(d)).containsExactly("≥500盏", "98%", "有所提升");
  }

  @Test
  void aGluedSelfEvaluationWithGradesAndASatisfactionIndicatorNamedByItsCategory() throws Exception {
    Document d = read("""
        项目名称城镇道路养护
        一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
        产出指标数量指标道路养护完成率100%100%1515
        时效指标养护完成及时性及时较及时77受天气影响拖延
        效益指标生态效益指标文明施工程度达标基本达标33宣传不够到位
        满意度指标服务对象满意度指标群众满意度≥90%≥80%77宣传不到位
        """);
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(names(d)).containsExactly("道路养护完成率", "养护完成及时性", "文明施工程度", "群众满意度");
    assertThat(targets(d)).containsExactly("100%", "及时", "达标", "≥90%");
    assertThat(indicators(d).get(1).evaluation().actual().raw()).isEqualTo("较及时");
    assertThat(indicators(d).get(2).evaluation().actual().raw()).isEqualTo("基本达标");
    assertThat(indicators(d).get(3).level2()).isEqualTo("服务对象满意度指标");
  }

  @Test
  void theProjectsParticularsBesideTheTableAreNotIndicators() throws Exception {
    Document d = read("""
        项目名称 | 路灯维护
        绩效指标 | 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值
        项目总投资 | 229.66
        项目完成日期 | 2023年12月
        维护路灯数量 | 20 | 盏 | ≥ | 500
        路灯亮灯率 | 10 | % | ≥ | 98
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "路灯亮灯率");
  }

  @Test
  void aSecondTableTitledWithItsYearStartsAfreshAndItsMoneyBlockAndSectionsAreNoIndicators() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分
        产出指标 | 数量指标 | 维护路灯数量 | ≥ | 500 | 盏 | 520 | 50 | 50
        合计 | 100
        部门预算项目支出绩效自评表(2023年度)
        项目名称 | 绿化养护
        项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况
        预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分
        总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10
        其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00%
        一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分
        产出指标 | 质量指标 | 绿化养护合格率 | ≥ | 95 | % | 96% | 40 | 40
        文件下载
        政策咨询
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "绿化养护合格率");
  }

  @Test
  void aNameThatReadsLikeAValueStandsWhereTheNameStands() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析
        产出指标 数量指标 开展结对交流活动 ≥3次 3 10 10
        质量指标 带头人创业能力提升 能力提升 达成预期指标 20 20
        时效指标 2022年底之前 2022年底之前 按时完成 10 10
        """);
    assertThat(names(d)).containsExactly("开展结对交流活动", "带头人创业能力提升", "2022年底之前");
    assertThat(targets(d)).containsExactly("≥3次", "能力提升", "2022年底之前");
  }

  @Test
  void aRowOfSpacedCellsHoldingSeveralIndicatorsWithoutAHeader() throws Exception {
    Document d = read("产出指标 数量指标 足额保障率 =100% 22.5 科目调整次数≤10次 22.5 时效指标 按时发放率 =100% 22.5\n");
    assertThat(names(d)).containsExactly("足额保障率", "科目调整次数", "按时发放率");
    assertThat(targets(d)).containsExactly("=100%", "≤10次", "=100%");
  }

  @Test
  void anEvaluationFrameworkWhoseCategoriesCarryTheirPoints() throws Exception {
    Document d = read("""
        序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 自评得分
        1 | 规划 (15分)
        2 | 工作计划 (6分) | 年度工作计划完整性 | 3 | 年度工作计划制定是否完整可行。 | 3
        3 | 年度工作计划明确性 | 3 | 年度工作计划是否明确可操作。 | 3
        4 | 执行 (35分)
        5 | 预算管理 (10分) | 预算执行率 | 5 | 预算执行数与预算数的比率。 | 4
        """);
    assertThat(names(d)).containsExactly("年度工作计划完整性", "年度工作计划明确性", "预算执行率");
    assertThat(indicators(d).get(0).level1Raw()).isEqualTo("规划");
    assertThat(indicators(d).get(2).level1Raw()).isEqualTo("执行");
  }

  @Test
  void proseAfterTheTableThatStatesItsFiguresIsNoIndicatorButAGoalWithoutATargetIs() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        效益指标 | 可持续影响指标 | 提高城市照明服务水平,改善市民夜间出行环境。 |
        满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90%
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "提高城市照明服务水平,改善市民夜间出行环境", "市民满意度");
    Document glued = read("评价内容绩效内容绩效目标值实际完成值产出目标数量目标维护路灯数量>=500盏520盏质量目标路灯亮灯率>=98%99%"
        + "(二)项目财务管理状况本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,时效目标10分,数量目标10分,"
        + "社会效益目标15分,服务对象满意度15分,总得分90,,(二)项目绩效目标完成情况1.产出目标完成情况(1)时效目标:"
        + "路灯维护资金到位时间绩效目标值是2023年12月前,实际完成值为2023年12月前,目标完成率为100%,(2)\n");
    assertThat(names(glued)).containsExactly("维护路灯数量", "路灯亮灯率");
  }

  @Test
  void withoutAnExplanationColumnTwoTextsAreTheLevel2AndTheNameUnlessTheFirstEndsAsNamesEnd() throws Exception {
    Document d = read("""
        序号 | 一级指标 | 二级指标 | 三级指标 | 指标属性
        1 | 产出绩效 | 城市管网更新改造 | 完成地下管网现状普查 | 定性
        2 | 城市污水管网建设 | 城市建成区已消除黑臭水体 | 定性
        3 | 城市生活污水集中收集率 | 污水处理厂收集的污水量占城市生活污水总量的比例 | 定量
        """);
    assertThat(names(d)).containsExactly("完成地下管网现状普查", "城市建成区已消除黑臭水体", "城市生活污水集中收集率");
    assertThat(indicators(d).get(1).level2()).isEqualTo("城市污水管网建设");
  }

  @Test
  void theSignatureBoxesUnderTheFormEndItAlsoWhereANarrowBoxBrokeTheirWord() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 指标值
        产出指标 数量指标 培训学员人数 ≥200人次
        满意度指标 服务对象满意度指标 培训学员满意度 ≥95%
        财政资金管理科室(盖 财政绩效管理科室(盖
        章) 年 月 日 章) 年 月 日
        """);
    assertThat(names(d)).containsExactly("培训学员人数", "培训学员满意度");
  }

  @Test
  void underALevel2OfTheVocabularyTwoTextsAreANameAndItsTargetInWords() throws Exception {
    // 数量指标's merged cell covers the row below it: 宣传教育 is no level 2 of its own but a name.
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 春节慰问麻风村休养员人数 | 32人
        宣传教育 | 覆盖全区所有人员
        质量指标 | 麻风病防治知识知晓率 | 100%
        """);
    assertThat(indicators(d)).extracting(i -> i.level2() + " " + i.name() + " " + i.target().raw()).containsExactly(
        "数量指标 春节慰问麻风村休养员人数 32人", "数量指标 宣传教育 覆盖全区所有人员", "质量指标 麻风病防治知识知晓率 100%");
  }

  @Test
  void aSelfEvaluationWhoseHeaderWordsAreTraditional() throws Exception {
    Document d = read("""
        項目名稱 | 路燈維護
        一級指標 | 二級指標 | 三級指標 | 年度指標值 | 實際完成值 | 分值 | 得分
        產出指標 | 數量指標 | 維護路燈數量 | ≥500盞 | 520盞 | 20 | 20
        滿意度指標 | 服務對象滿意度指標 | 市民滿意度 | ≥90% | 93% | 10 | 10
        """);
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(names(d)).containsExactly("維護路燈數量", "市民滿意度");
    Indicator first = indicators(d).get(0);
    assertThat(first.level1()).isEqualTo("产出指标");
    assertThat(first.level1Raw()).isEqualTo("產出指標");
    assertThat(first.evaluation().actual().raw()).isEqualTo("520盞");
    assertThat(first.evaluation().weight()).isEqualTo(20.0);
    assertThat(indicators(d).get(1).level1()).isEqualTo("满意度指标");
  }

  @Test
  void aTwoRowHeaderWhoseFirstRowSpansTheLevels() throws Exception {
    Document d = read("""
        评价指标 | 分值 | 评分标准
        一级指标 | 二级指标 | 三级指标 | | |
        决策 | 项目立项 | 立项依据充分性 | 3 | 依据充分得3分
        过程 | 资金管理 | 资金到位率 | 4 | 100%得4分
        """);
    List<Indicator> all = d.projects().stream().flatMap(p -> p.budgetExecution().stream()).toList();
    assertThat(all).extracting(Indicator::name).containsExactly("立项依据充分性", "资金到位率");
    assertThat(all).extracting(i -> i.evaluation().weight()).containsExactly(3.0, 4.0);
  }

  @Test
  void headedListsWithTheTargetInBrackets() throws Exception {
    Document d = read("""
        路灯维护项目
        【项目概况】路灯维护
        【产出指标-数量指标】
        指标1:维护路灯数量(≥500盏)
        【效益指标-社会效益指标】
        指标1:夜间出行安全(明显提升)
        """);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("路灯维护项目");
    assertThat(names(d)).containsExactly("维护路灯数量", "夜间出行安全");
    assertThat(targets(d)).containsExactly("≥500盏", "明显提升");
  }

  @Test
  void aLineOfANameAndItsTargetAmongRowsCutAtTheirSpaces() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 指标值
        产出指标 数量指标 维护路灯数量 ≥500盏
        时效指标 项目实施时间 2021年1月-12月
        资金拨付 12月底到位
        效益指标 可持续影响指标 路灯长期稳定运行 长期
        实现社会稳定和谐发展 长期
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "项目实施时间", "资金拨付", "路灯长期稳定运行", "实现社会稳定和谐发展");
    assertThat(targets(d)).containsExactly("≥500盏", "2021年1月-12月", "12月底到位", "长期", "长期");
    assertThat(indicators(d).get(2).level2()).isEqualTo("时效指标");
  }

  @Test
  void pinyinACopyingSiteGlossedOntoCharactersIsDroppedButUnitsInBracketsStay() throws Exception {
    Document glossed = read("""
        一級指標(biāo) | 二級指標(biāo) | 三級指標(biāo) | 指標(biāo)值(zhí)
        產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 救助對(duì)象人數(shù) | ≥120人
        """);
    assertThat(names(glossed)).containsExactly("救助對象人數");
    assertThat(indicators(glossed).get(0).level1()).isEqualTo("产出指标");
    Document units = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 时效指标 | 平均响应时间 | ≤30分钟(min)
        """);
    assertThat(targets(units)).containsExactly("≤30分钟(min)");
  }

  @Test
  void aRowOfWordsAmongRowsCutAtTheirSpacesIsCutThere() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
        产出指标 数量指标 指标1:宣传演出场次 ≥1场 1场 12 12
        指标2:检测试剂数量 ≥2400份 3200份 12 12
        ……
        质量指标 指标1:经费支出合规性 严格执行财经法规制度 严格执行财经法规
        二、预算执行情况 预算数 执行数 执行率
        """);
    assertThat(names(d)).containsExactly("宣传演出场次", "检测试剂数量", "经费支出合规性");
    assertThat(targets(d)).containsExactly("≥1场", "≥2400份", "严格执行财经法规制度");
    assertThat(indicators(d).get(2).evaluation().actual().raw()).isEqualTo("严格执行财经法规");
  }

  @Test
  void aSentenceThatARowShiftedIntoTheUnitColumnIsNoPartOfTheTarget() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 | 指标值内容 | 备注 |
        成本指标 | 经济成本指标 | 疾控中心经费 | ≤ | 70 | 万元 | 反映疾控中心经费。 | |
        社会成本指标 | 实施项目对社会产生的不利影响 | 定性 | 减少 | 反映实施项目对社会产生的不利影响。 | 反映不利影响。 | ||
        """);
    assertThat(targets(d)).containsExactly("≤70万元", "减少");
  }

  @Test
  void aHeadingOfTheFormsOwnAloneOnItsLineAndADocumentNumberAreNoIndicators() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        监督检查指标
        产出指标 | 质量指标 | 路灯完好率 | ≥98%
        渝财(2022)
        """);
    assertThat(names(d)).containsExactly("维护路灯数量", "路灯完好率");
  }

  @Test
  void oneCellPerLineAValueLikeNameRightAfterItsCategoryIsTheName() throws Exception {
    Document d = read("""
        一级指标
        二级指标
        三级指标
        年度指标值
        实际完成值
        分值
        得分
        产出指标
        数量指标
        造林面积
        1.2万亩
        1.2万亩
        10
        10
        时效
        指标
        当期完成
        90%
        100%
        7
        7
        """);
    assertThat(names(d)).containsExactly("造林面积", "当期完成");
    assertThat(targets(d)).containsExactly("1.2万亩", "90%");
    assertThat(indicators(d).get(1).evaluation().actual().raw()).isEqualTo("100%");
  }

  @Test
  void theFormsNumberedNotesAreNoIndicatorsWhateverTheyMention() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        备注:
        1.预算执行情况口径:预算数为调整后财政资金总额。
        2.基于经济性考虑,满意度指标 服务对象满意度 ≥90%,暂可不作为必评指标。
        """);
    assertThat(names(d)).containsExactly("维护路灯数量");
  }

  @Test
  void anEvaluationFrameworksNumberedScoredSectionsAreTheLevel1OfTheItemsInTheirRows() throws Exception {
    Document d = read("""
        评价内容 | 评价指标(分值) | 指标说明 | 评分标准
        (一)项目组织(8分) | 1.组织管理(6分) | 项目单位对项目的管理情况。 | 组织管理到位的得6分,实行不力的酌情扣分。
        2.项目档案(2分) | 项目单位建立项目档案的情况。 | 档案齐全的得2分。
        (二)实施效果(35分) | 3.经济效益(20分) | 项目年新增销售收入情况。 | 由各省自行制定
        """);
    assertThat(names(d)).containsExactly("组织管理", "项目档案", "经济效益");
    assertThat(indicators(d)).extracting(Indicator::level1Raw).containsExactly("项目组织", "项目组织", "实施效果");
    assertThat(indicators(d)).allMatch(i -> i.target() == null);
    assertThat(indicators(d).get(0).evaluation().weight()).isEqualTo(6.0);
  }

  @Test
  void aScoringRuleWhereATargetWouldStandIsNoTarget() throws Exception {
    Document d = read("""
        (一)资金管理(30分) | 8、县级资金投入(6分) | 区级财政安排了投入,得4分。 | 以各级财政拨款文件为依据。
        9、资金监管(10分) | 资金使用规范,得10分,否则不得分。
        """);
    assertThat(names(d)).containsExactly("县级资金投入", "资金监管");
    assertThat(targets(d)).containsExactly("", "");
  }

  @Test
  void aCategoryWordThatASentenceGoesOnFromIsNotCutOut() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值
        产出指标 | 数量指标 | 改善农业生产条件 | 考查改善农业生产条件的5项预期效益指标的完成情况,按实现程度计分。 | 10
        """);
    assertThat(names(d)).containsExactly("改善农业生产条件");
  }

  @Test
  void cellsThatALonePipeClosesAreJoinedWhenTheyWrapped() throws Exception {
    StringBuilder text = new StringBuilder("一级指标\n|\n二级指标\n|\n三级指标\n|\n评分标准\n|\n分值\n|\n");
    String[][] rows = {
        {"投 入\n(15分)", "预算配置\n(15分)", "财政供养人员\n控制率", "以100%为标准,计5分。", "5"},
        {"", "", "“三公经费”\n变动率", "“三公经费”变动率≦0,计5分;\n“三公经费”>0,扣完为止。", "5"},
        {"", "", "重点支出\n安排率", "重点支出安排率≥90%,计5分。", "5"},
        {"过 程\n(40分)", "预算执行\n(15分)", "预算调整率", "预算调整率=0,计3分。", "3"}};
    for (String[] row : rows) {
      for (String cell : row) {
        text.append(cell.isEmpty() ? "" : cell + "\n").append("|\n");
      }
    }
    Document d = read(text.toString());
    // 投 入 and 过 程 (spaced out, as merged headings are) are the input and process blocks: budget items.
    assertThat(d.projects().stream().flatMap(p -> p.budgetExecution().stream()).map(Indicator::name).toList())
        .containsExactly("财政供养人员控制率", "“三公经费”变动率", "重点支出安排率", "预算调整率");
  }

  @Test
  void aDescriptionColumnNamedBeforeTheTargetAndCostAsTheOutputsLevel2() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |
        产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 |
        质量指标 | 验收合格率 | 验收合格率 | ≥98% | |
        成本指标 | 项目成本 | 项目成本 | 20万元 | |
        第三部分 名词解释
        1.财政拨款收入:指单位从同级财政部门取得的财政预算资金。
        """);
    assertThat(names(d)).containsExactly("维修面积", "验收合格率", "项目成本");
    assertThat(targets(d)).containsExactly("≥400平方米", "≥98%", "20万元");
  }

  @Test
  void aNameItsEqualsSignAndADirectionWordGluedInAFlattenedSelfEvaluation() throws Exception {
    Document d = read("""
        一级指标二级指标三级指标指标值实际完成值
        产出指标时效指标救助资金发放及时率>=95.00%已完成效益指标社会效益指标救助对象生活水平=提高已完成满意度指标服务对象满意度指标救助对象满意度>=95.00%已完成
        """);
    assertThat(names(d)).containsExactly("救助资金发放及时率", "救助对象生活水平", "救助对象满意度");
    assertThat(targets(d)).containsExactly(">=95.00%", "=提高", ">=95.00%");
  }

  @Test
  void aFileCutInsideItsLastRowStillGivesThatRowsNameWhenACellFollowsIt() throws Exception {
    Document whole = read("""
        (四)实施效果(20分) | 11、改善农业生产条件(10分) | 考查改善农业生产条件的完成情况,按实现程度计分。
        12、增加农业生产能力(10分) | 考查增加农业生产能力的2项预期效益指标的完成情况,按实
        """);
    assertThat(names(whole)).containsExactly("改善农业生产条件", "增加农业生产能力");
    Document cut = read("""
        (四)实施效果(20分) | 11、改善农业生产条件(10分) | 考查改善农业生产条件的完成情况,按实现程度计分。
        12、增加农业生
        """);
    assertThat(names(cut)).containsExactly("改善农业生产条件");
  }

  @Test
  void aCategoryAndANumberedItemOpenARowCutAtItsSpacesThoughItsCellsAreSentences() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 指标值
        质量指标 指标1:完成管委会下达的安置小区物业费清算任务,指导小区物业开展文明创建等工作。 房屋设备、设施的管理到位,环境卫生整洁
        """);
    assertThat(names(d)).containsExactly("完成管委会下达的安置小区物业费清算任务,指导小区物业开展文明创建等工作");
    assertThat(targets(d)).containsExactly("房屋设备、设施的管理到位,环境卫生整洁");
  }

  @Test
  void aBoundAndANumberInBracketsAfterTheNameIsTheTargetWhenItsColumnIsEmpty() throws Exception {
    Document d = read("""
        序号 | 一级指标 | 二级指标 | 三级指标 | 指标属性 | 指标值
        1 | 产出指标 | 数量指标 | 城市生活污水集中收集率(不低于80%或比2023年提升不少于5个百分点) | 定量 |
        2 | 产出指标 | 数量指标 | 新建管网长度(≥12公里) | 定量 | ≥15公里
        """);
    assertThat(names(d)).containsExactly("城市生活污水集中收集率", "新建管网长度(≥12公里)");
    assertThat(targets(d)).containsExactly("不低于80%或比2023年提升不少于5个百分点", "≥15公里");
  }

  @Test
  void aTargetListedInLabelledPartsStaysOneCell() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 物管服务面积 | 建筑面积2.6万平方米,展示面积1万平方米
        """);
    assertThat(targets(d)).containsExactly("建筑面积2.6万平方米,展示面积1万平方米");
  }

  @Test
  void aListNumberAloneOnItsLineIsNoValueOfTheIndicatorAbove() throws Exception {
    Document d = read("""
        (三) 效益指标
        1)标准文本宣传和解读(次),目标值300,完成值350,分值10,得分10。

        2)强化社会公众的标准化意识(人),目标值2200,完成值2500,分值10,得分10。

        3、
        满意度指标
        """);
    assertThat(targets(d)).containsExactly("300", "2200");
  }

  @Test
  void aRowThatIsOnlyATotalOrAFooterEndsTheTable() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        合计 | | | 100
        填表人 | 张三
        联系电话 | 12345678
        """);
    assertThat(names(d)).containsExactly("维护路灯数量");
  }

  /** The page around a table (stamps, page counters, file names, the project block's labels) is never reported as unread indicators. */
  @Test
  void thePageAroundATableIsNotReportedAsUnreadIndicators() throws Exception {
    Document d = read("""
        发布时间:2025-03-20 09:32 来源: 某县财政局
        2024年度项目绩效目标表.doc
        第1页 / 共23页
        项目属性 延续性项目 项目期 3年
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        备注：另有产出指标 更换灯具 ≥20套，见附表
        """);
    assertThat(names(d)).containsExactly("维护路灯数量");
    assertThat(d.warnings()).anyMatch(w -> w.contains("lines that look like indicators but were not read: 7"));
    assertThat(d.warnings()).noneMatch(w -> w.contains("第1行") || w.contains("第2行") || w.contains("第3行") || w.contains("第4行"));
  }

  @Test
  void linesThatLookLikeIndicatorsButAreNotReadAreNamedWithTheirLineNumbers() throws Exception {
    Document d = read("""
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 维护路灯数量 | ≥500盏
        备注：另有产出指标 更换灯具 ≥20套，见附表
        """);
    assertThat(names(d)).containsExactly("维护路灯数量");
    assertThat(d.warnings()).anyMatch(w -> w.contains("第3行") && w.contains("lines that look like indicators but were not read: 3"));
  }

  @Test
  void aFileWithNoIndicatorsSaysWhyAndNamesTheLinesThatLookedLikeThem() {
    assertThatThrownBy(() -> read("""
        2023年工作总结
        全年完成 接待 1200人次
        本年度 财政拨款 120万元 已支付 100%
        """))
        .isInstanceOf(UnrecognisedLayoutException.class)
        .hasMessageContaining("未识别的表格布局")
        .hasMessageContaining("unrecognised layout");
  }

  @Test
  void aSelfEvaluationWrittenAsSentencesWithItsValuesUnderTheirHeadings() throws Exception {
    Document d = read("""
        （一）产出指标
        1、数量指标
        1)获得补助单位数量(家),目标值17,完成值17,分值6,得分6
        2)标准文本宣传和解读(份),目标值300,完成值350,分值10,得分9.5
        """);
    assertThat(names(d)).containsExactly("获得补助单位数量", "标准文本宣传和解读");
    Indicator second = indicators(d).get(1);
    assertThat(second.target().raw()).isEqualTo("300");
    assertThat(second.evaluation().actual().raw()).isEqualTo("350");
    assertThat(second.evaluation().weight()).isEqualTo(10.0);
    assertThat(second.evaluation().score()).isEqualTo(9.5);
    assertThat(second.level2()).isEqualTo("数量指标");
  }

  @Test
  void aStatusWordIsTheActualOfTheNameBeforeIt() throws Exception {
    Document d = read("""
        一级指标 二级指标 三级指标 指标值 实际完成值
        产出指标数量指标农村低保覆盖率=100%已完成发放及时率=100%未完成
        """);
    assertThat(names(d)).containsExactly("农村低保覆盖率", "发放及时率");
    assertThat(indicators(d)).extracting(i -> i.evaluation().actual().raw()).containsExactly("已完成", "未完成");
  }

  /**
   * A self-evaluation whose 指标值 has sub-columns the header does not name (sign | number | unit),
   * with an explanation between name and target, two columns the header calls 完成 (a value and a
   * status) and a heading word (完成率) as a name.
   */
  @Test
  void aTargetOverThreeCellsAfterAnExplanationAndAHeadingWordAsName() throws Exception {
    Document d = read("""
        项目名称: 农机购置补贴
        一级指标 二级指标 三级指标 指标分值 年度指标值 实际完成值 完成情况 得分
        产出指标 数量指标 补贴机具台数 当年补贴机具数量之和 >= 300 台 320台 完成 20 20
        时效指标 完成率 补贴资金在年底前拨付的比例 = 100 % 100% 完成 20 20
        满意度指标 服务对象满意度指标 购机户满意度 抽样调查购机户的满意程度 >= 90 %(百分比) 93% 完成 10 10
        """);
    assertThat(names(d)).containsExactly("补贴机具台数", "完成率", "购机户满意度");
    assertThat(targets(d)).containsExactly(">=300台", "=100%", ">=90%(百分比)");
    assertThat(indicators(d)).extracting(i -> i.evaluation().actual().raw()).containsExactly("320台", "100%", "93%");
  }

  /** A header whose 年度指标值 and 实际完成值 a line break cut in two rows of cells: the cells are read by their parts. */
  @Test
  void aHeaderRowWhoseHeadingsTheNextRowCompletes() throws Exception {
    Document d = read("""
        项目名称 | 乡村道路养护
        一级指标 | 二级指标 | 三级指标 | 年度 | 实际 | 分值 | 得分
        指标值 | 完成值
        产出指标 | 数量指标 | 养护里程 | 300公里 | 310公里 | 20 | 20
        效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | 有所改善 | 20 | 18
        """);
    assertThat(names(d)).containsExactly("养护里程", "群众出行条件");
    assertThat(targets(d)).containsExactly("300公里", "明显改善");
    assertThat(indicators(d)).extracting(i -> i.evaluation().actual().raw()).containsExactly("310公里", "有所改善");
  }

  /**
   * One cell per line, empty lines between, levels only by indent: a level-2 word after its level 2
   * is the name; a qualitative phrase opening a row, with its target after it, is the name.
   */
  @Test
  void categoryWordsAndValueLikePhrasesWhereTheNameStands() throws Exception {
    Document d = read("""
        项目 指标值
           产出指标

            数量指标

             接种疫苗人次

        3000人次

           满意度指标

            服务对象满意度指标

             服务对象满意度

        95%

        """);
    assertThat(names(d)).containsExactly("接种疫苗人次", "服务对象满意度");
    assertThat(targets(d)).containsExactly("3000人次", "95%");

    Document rows = read("""
        一级指标 二级指标 三级指标 指标值
        产出指标 时效指标 资金拨付 12月底前100%到位
        效益指标 可持续影响指标 项目实施情况 良好
        服务能力提升 持续加强
        """);
    assertThat(names(rows)).containsExactly("资金拨付", "项目实施情况", "服务能力提升");
    assertThat(targets(rows)).containsExactly("12月底前100%到位", "良好", "持续加强");
  }

  /** A table flattened into one line whose last indicator's target is a bare number: the header gives numbers no other column. */
  @Test
  void aFlattenedTableEndingInANameAndABareNumber() throws Exception {
    Document d = read("项目名称 运维项目 一级指标 二级指标 三级指标 指标值 效益指标 及时修复率 100% 投诉次数 10起以下 产出指标 正常运行率 100% 运维人员配备人数 4\n");
    assertThat(names(d)).containsExactly("及时修复率", "投诉次数", "正常运行率", "运维人员配备人数");
    assertThat(targets(d)).containsExactly("100%", "10起以下", "100%", "4");
  }

  @Test
  void aUnitWideTableIsNamedForItsUnitAndItsTasksAreNoIndicators() throws Exception {
    String text = String.join("\n",
        "XX县农业农村局2024年部门整体绩效目标表",
        "部门（单位）名称 | XX县农业农村局 | | |",
        "年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元） |",
        "| 农业技术推广 | 推广新品种新技术10项，培训农民2000人次 | 50 |",
        "| 农田水利建设 | 新建高标准农田1万亩 | 300 |",
        "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值",
        "| 产出指标 | 数量指标 | 推广新品种新技术数量 | ≥10项",
        "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90%") + "\n";
    Document d = read(text);
    assertThat(d.projects()).extracting(org.jixiao.model.Project::name).containsExactly("XX县农业农村局整体支出");
    assertThat(names(d)).containsExactly("推广新品种新技术数量", "农户满意度");
    // A project table keeps its placeholder where no name is given: only a unit-wide title names it so.
    assertThat(read("一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 推广数量 | ≥10项\n").projects().get(0).name())
        .isEqualTo("（未注明项目名称）");
  }

  @Test
  void theHeaderAPdfRepeatsAtTheTopOfAPageContinuesTheTableAndItsCategories() throws Exception {
    String text = String.join("\n",
        "附件(注:以下为图片识别)一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |",
        "产出指标 | 产出数量 | 完成培训任务 | 12500名 | 12166名 |",
        "| | 完成验收 | 11所 | 11所 |",
        "| 产出时效 | 培训任务完成及时 | 2021年12月 | 2021年12月 |",
        "— 1 —",
        "一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |",
        "| | 考核任务完成及时 | 1-6期 | 1-2期 |",
        "| 产出成本 | 补贴标准达标 | 3000元/人 | 2600元/人 |") + "\n";
    Document d = read(text);
    assertThat(names(d)).containsExactly("完成培训任务", "完成验收", "培训任务完成及时", "考核任务完成及时", "补贴标准达标");
    assertThat(indicators(d)).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "时效指标", "时效指标", "成本指标");
    assertThat(indicators(d)).extracting(Indicator::level1).containsOnly("产出指标");
  }
}
