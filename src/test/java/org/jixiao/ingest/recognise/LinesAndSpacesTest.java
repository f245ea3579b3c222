package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;

import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.junit.jupiter.api.Test;

/**
 * Tables whose cells an export wrote one per line or joined by single spaces, with the empty cells
 * dropped, read as they read with their cells kept in rows. Each table is a few lines made for the test.
 */
class LinesAndSpacesTest {

  @Test
  void aHeaderJoinedBySpacesIsAsPositionalAsOneWithTabs() throws Exception {
    // 产出绩效 is no category the vocabulary knows: only its column says it is the level 1.
    String text = "序号 一级指标 二级指标 三级指标 指标属性\n"
        + "1 产出绩效 城市地下管网更新改造 完成地下管网现状普查,摸清风险隐患,并建立数字化档案 定性\n"
        + "2 城市燃气、供水、排水、污水、供热等地下管网改造任务量 定量\n"
        + "3 城市污水管网建设 城市建成区已消除黑臭水体且不得返黑返臭 定性\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly(
        "完成地下管网现状普查,摸清风险隐患,并建立数字化档案", "城市燃气、供水、排水、污水、供热等地下管网改造任务量", "城市建成区已消除黑臭水体且不得返黑返臭");
    assertThat(read).extracting(Indicator::level1Raw).containsOnly("产出绩效");
  }

  @Test
  void aRowJoinedBySpacesThatLostAnEmptyCellIsNotPutAColumnOff() throws Exception {
    // The 指标性质 cell is empty and left no mark: no place fits, and the row is read by its parts.
    String text = "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 分值 得分\n"
        + "产出指标 数量指标 培训机构考核验收达标 100 % 100% 10 9\n"
        + "产出指标 数量指标 吕梁山护工培训补贴标准达标 3000 元/人 2600元/人 10 9\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("培训机构考核验收达标", "吕梁山护工培训补贴标准达标");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100%", "3000元/人");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("100%", "2600元/人");
  }

  @Test
  void oneCellPerLineAHeadingOrCategoryWordAfterARowsLastValueIsTheNextName() throws Exception {
    // A merged category is written once, so the next row starts right after the last one's score: 完成率 (a heading
    // word) and 群众满意度 (a level 2 of the vocabulary) are names there, for a measure follows each. A category's
    // rest the width broke (时效 / 指标) and a wrapped name's last word (…特色产业 / 数量) stay what they were.
    String text = String.join("\n", "项目支出绩效自评表", "项目名称", "培训补贴",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "培训人数", "100人", "98人", "10", "9",
        "完成率", "≥99%", "100%", "10", "9",
        "时效", "指标", "当期完成", "90%", "100%", "10", "10",
        "满意度指标", "服务对象满意度指标", "小区居民满意度", ">80%", ">70%", "10", "9",
        "群众满意度", "≥90%", "≥80%", "10", "9", "总分", "100", "95") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("培训人数", "完成率", "当期完成", "小区居民满意度", "群众满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("100人", "≥99%", "90%", ">80%", "≥90%");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("98人", "100%", "100%", ">70%", "≥80%");
    assertThat(read).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "产出指标", "满意度指标", "满意度指标");

    String wrapped = String.join("\n", "项目支出绩效目标表", "项目名称", "特色产业", "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "贫困地区新增特色产业", "数量", "≥1个", "质量指标", "养殖动物成活率", "≥95%") + "\n";
    assertThat(indicators(read(wrapped))).extracting(Indicator::name).doesNotContain("数量");
  }

  @Test
  void cellsJoinedBySpacesTheFormsLabelOnARowAndANameThatReadsLikeAGradeBelowARowLeaveItsCellsApart() throws Exception {
    // A PDF prints the merged 绩效指标 label beside the middle row; a row under a merged category whose name reads like
    // a grade (服务能力提升) is a row of its own, not the values of a name wrapped on the line above.
    String text = "项目支出绩效目标表\n项目名称 测试\n一级指标 二级指标 三级指标 指标值\n"
        + "产出指标 数量指标 培训人数 100人\n培训合格率 ≥95%\n绩效指标 完成时间 医疗费用发生时\n"
        + "效益指标 社会效益指标 群众就业 明显改善\n项目实施情况 良好\n服务能力提升 持续加强\n"
        + "满意度指标 服务对象满意度指标 群众满意度 ≥90%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name)
        .containsExactly("培训人数", "培训合格率", "完成时间", "群众就业", "项目实施情况", "服务能力提升", "群众满意度");
    assertThat(read).extracting(i -> i.target().raw())
        .containsExactly("100人", "≥95%", "医疗费用发生时", "明显改善", "良好", "持续加强", "≥90%");
  }

  @Test
  void cellsJoinedBySpacesAGradeOfOneCharacterAndItsActualAreTwoCells() throws Exception {
    // 高 高: a target and its actual, each one character, not one word a wrap broke.
    String text = "项目支出绩效自评表\n项目名称 测试\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        + "产出指标 质量指标 粮食储备设备维护及安全性 高 高 10 9\n产出指标 质量指标 储备粮管理专户管理率 100% 100% 10 10\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("高", "100%");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("高", "100%");
  }

  @Test
  void underTheNationalTemplatesKindColumnANameAfterARowsScoreIsTheNextRowNotItsReason() throws Exception {
    // 指标性质 | 指标值 | 度量单位 … | 偏差原因分析: after a row's score the reason's place is open, but a name followed by its
    // sign (≥) is the next row's, whose merged category is not written again.
    String lines = String.join("\n", "项目支出绩效自评表", "项目名称", "测试",
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        "产出指标", "数量指标", "培训人数", "≥", "100", "人", "98人", "10", "9",
        "开展活动次数", "≥", "28", "次", "40次", "10", "9",
        "质量指标", "培训合格率", "≥", "95", "%", "98%", "10", "9") + "\n";
    List<Indicator> read = indicators(read(lines));
    assertThat(read).extracting(Indicator::name).containsExactly("培训人数", "开展活动次数", "培训合格率");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥100人", "≥28次", "≥95%");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("98人", "40次", "98%");
  }

  @Test
  void inATableFlattenedIntoOneLineAHeadingWordAfterARowsLastValueIsTheNextName() throws Exception {
    String text = "项目支出绩效自评表 项目名称 培训补贴 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"
        + " 产出指标 数量指标 培训人数 100人 98人 10 9 完成率 ≥99% 100% 10 9 质量指标 培训合格率 ≥90% 95% 10 10"
        + " 效益指标 社会效益指标 就业率 ≥80% 85% 20 20 满意度指标 服务对象满意度指标 小区居民满意度 >80% >70% 10 9"
        + " 群众满意度 ≥90% ≥80% 10 9 总分 100 95\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("培训人数", "完成率", "培训合格率", "就业率", "小区居民满意度", "群众满意度");
    assertThat(read).extracting(i -> i.evaluation().actual().raw()).containsExactly("98人", "100%", "95%", "85%", ">70%", "≥80%");
  }

  @Test
  void oneCellPerLineUnderAnExplanationBeforeTheTargetTheValueOnTheNamesLineIsTheNamesOwn() throws Exception {
    // 新建水泥路1条 / 反映…情况 / 2km: the target comes after the explanation, so 1条 is part of the name; a sentence
    // right after the explanation is the target in words, as right after a name.
    String text = String.join("\n", "项目支出绩效目标表", "项目名称", "村道硬化", "一级指标", "二级指标", "三级指标", "指标解释", "指标值",
        "产出指标", "数量指标", "石坪村新建水泥路1条", "反映石坪村新建水泥路1条情况", "2km",
        "效益指标", "社会效益指标", "改善群众出行条件", "反映改善群众出行条件情况", "显著改善了沿线群众的出行条件,方便了群众生产生活。",
        "满意度指标", "服务对象满意度指标", "沿线群众满意度", "反映沿线群众满意度情况", "≥90%") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("石坪村新建水泥路1条", "改善群众出行条件", "沿线群众满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("2km", "显著改善了沿线群众的出行条件,方便了群众生产生活。", "≥90%");
  }

  @Test
  void oneCellPerLineANameWithItsValueIsCutWhereNoExplanationFollows() throws Exception {
    // Without the explanation on the next line the value on the name's line is its target, as before.
    String text = String.join("\n", "项目支出绩效目标表", "项目名称", "村道硬化", "一级指标", "二级指标", "三级指标", "指标解释", "指标值",
        "产出指标", "数量指标", "新建水泥路2km",
        "满意度指标", "服务对象满意度指标", "沿线群众满意度", "反映沿线群众满意度情况", "≥90%") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("新建水泥路", "沿线群众满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("2km", "≥90%");
  }

  @Test
  void oneCellPerLineTheRunningNumberStartsEachRow() throws Exception {
    // Rows of different lengths (merged and empty cells dropped): 1, 2, 3 … is where each begins.
    String text = String.join("\n", "序号", "一级指标", "二级指标", "三级指标", "指标属性",
        "1", "产出绩效", "城市地下管网更新改造", "完成地下管网现状普查,摸清风险隐患,并建立数字化档案", "定性",
        "2", "城市燃气、供水、排水、污水、供热等地下管网改造任务量", "定量",
        "3", "城市污水管网建设", "城市建成区已消除黑臭水体且不得返黑返臭", "定性",
        "4", "城市生活污水集中收集率", "定量") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("完成地下管网现状普查,摸清风险隐患,并建立数字化档案",
        "城市燃气、供水、排水、污水、供热等地下管网改造任务量", "城市建成区已消除黑臭水体且不得返黑返臭", "城市生活污水集中收集率");
    assertThat(read).extracting(Indicator::level2).containsExactly("城市地下管网更新改造", "城市地下管网更新改造", "城市污水管网建设", "城市污水管网建设");
  }

  @Test
  void inATableFlattenedIntoOneLineTheRunningNumberStartsEachRowToo() throws Exception {
    String text = "城市更新绩效评价指标 序号 一级指标 二级指标 三级指标 指标属性 1 产出绩效 城市地下管网更新改造 地下管网现状普查完成率 定量"
        + " 2 城市燃气管网改造任务量 定量 3 城市污水管网建设 城市黑臭水体消除比例 定量 4 城市生活污水集中收集率 定量 序号 学校性质 培训机构\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name)
        .containsExactly("地下管网现状普查完成率", "城市燃气管网改造任务量", "城市黑臭水体消除比例", "城市生活污水集中收集率");
    assertThat(read).extracting(Indicator::level2).containsExactly("城市地下管网更新改造", "城市地下管网更新改造", "城市污水管网建设", "城市污水管网建设");
  }

  @Test
  void aSpaceInsideAWordIsACellsWrapNotABoundary() throws Exception {
    // A spreadsheet exported with single spaces keeps the spaces where its cells wrapped: inside a word (统筹, 人员,
    // 及时) the space is no boundary. A unit after a number (≥3 万条) stays a unit, whatever word it makes with what
    // follows (条文).
    String text = String.join("\n", "一级指标 二级指标 三级指标 指标值",
        "产出指标 质量指标 资金全部纳入统 筹管理 100%",
        "时效指标 资金是否全部及 时纳入 100%",
        "效益指标 社会效益指标 是否解决建档立卡人 员看病难贵问题 有效解决",
        "产出指标 数量指标 文物宣传教育短信 ≥3 万条 文保单位抢险维修 100%") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("资金全部纳入统筹管理", "资金是否全部及时纳入", "是否解决建档立卡人员看病难贵问题",
        "文物宣传教育短信", "文保单位抢险维修");
    assertThat(read.subList(0, 3)).extracting(i -> i.target().raw()).containsExactly("100%", "100%", "有效解决");
  }

  @Test
  void numbersThatDoNotRunFromOneAreNoRowNumbers() {
    List<org.jixiao.ingest.read.Row> rows = java.util.stream.IntStream.range(0, 7)
        .mapToObj(i -> new org.jixiao.ingest.read.Row(i + 1, List.of(List.of("序号", "三级指标", "指标值", "2", "甲", "3", "乙").get(i))))
        .toList();
    assertThat(NumberedRows.join(rows)).isSameAs(rows);
  }

  @Test
  void aNumberedItemAfterAnIndicatorThatMissedItsTargetIsTheNextIndicatorNotItsReason() throws Exception {
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        "产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4", "4", "10", "10",
        "指标2:建设美丽宜居自然村庄数量", "≥200", "202", "10", "10",
        "指标3:完成农村户用卫生厕所改造数量", "≥2000", "3061", "10", "10") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("开展精品示范村建设数量", "建设美丽宜居自然村庄数量", "完成农村户用卫生厕所改造数量");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≤4", "≥200", "≥2000");
  }

  @Test
  void theYearsHalfThatRepeatsTheCyclesIndicatorIsOneIndicatorWithBothTargets() throws Exception {
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "鉴定校准实验室仪器", "≥150个", "数量指标", "鉴定校准实验室仪器", "≥57个",
        "购买标准试剂", "≥300个", "购买标准试剂", "≥100个") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("鉴定校准实验室仪器", "购买标准试剂");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("≥57个", "≥100个");
    assertThat(read).extracting(i -> i.target(Period.CYCLE).raw()).containsExactly("≥150个", "≥300个");
  }

  @Test
  void aSentenceClosedByItsFullStopAfterANameIsItsTargetInWords() throws Exception {
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "指标值",
        "效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度", "显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。",
        "满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("提升疫情防控期间民办幼儿园扶持力度", "受益租户满意度");
    assertThat(read).extracting(i -> i.target().raw())
        .containsExactly("显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。", "≥95%");
  }

  @Test
  void theLastTextUnderACategoryAfterANameThatAwaitsItsTargetIsThatTargetInWords() throws Exception {
    // 当年的所有时间 ends as names do (时间), but the next category leaves 贯穿全年 no other line for its target.
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "当年在校学生数", "4953人",
        "时效指标", "贯穿全年", "当年的所有时间",
        "成本指标", "按要求合理支付", "确保教学工作正常运行",
        "效益指标", "社会效益指标", "不增加百姓负担", "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取",
        "满意度指标", "服务对象满意度指标", "家长满意度", "≥95%") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("当年在校学生数", "贯穿全年", "按要求合理支付", "不增加百姓负担", "家长满意度");
    assertThat(read).extracting(i -> i.target() == null ? "" : i.target().raw()).containsExactly(
        "4953人", "当年的所有时间", "确保教学工作正常运行", "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取", "≥95%");
  }

  @Test
  void inATableFlattenedIntoOneLineTheLastTextBeforeTheNextCategoryIsTheTargetOfTheNameBeforeIt() throws Exception {
    String text = "项目支出绩效目标表 项目名称 义务教育专项资金 年度绩效目标 本年申请372万元,用于弥补公用经费不足,主要用于两校区物业费、冬季采暖费、维修费以及特岗教师工资,"
        + "保障学校正常运转,确保教学工作正常开展。 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 当年在校学生数 4953人"
        + " 时效指标 贯穿全年 当年的所有时间 成本指标 按要求合理支付 确保教学工作正常运行 满意度指标 服务对象满意度指标 家长满意度 ≥95%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("当年在校学生数", "贯穿全年", "按要求合理支付", "家长满意度");
    assertThat(read).extracting(i -> i.target() == null ? "" : i.target().raw()).containsExactly("4953人", "当年的所有时间", "确保教学工作正常运行", "≥95%");
  }

  @Test
  void aNameThatReadsLikeAValueBeforeTheTemplatesSignIsTheName() throws Exception {
    // One cell per line, so that no column places the cells: their parts do.
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
        "产出指标", "数量指标", "门面数量", "=", "9", "间",
        "时效指标", "按时交纳税费", "=", "1", "年",
        "效益指标", "社会效益指标", "以合理的市场价出租", "定性", "保障") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("门面数量", "按时交纳税费", "以合理的市场价出租");
  }

  @Test
  void aListOfNamesWhoseTargetsColumnIsEmptyKeepsItsLastNameBeforeACategory() throws Exception {
    String text = String.join("\n", "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "阳光家园托养补助人数", "无障碍改造户数",
        "质量指标", "精神病患者服药率", "康复服务率",
        "满意度指标", "服务对象满意度", "≥90%") + "\n";
    assertThat(indicators(read(text))).extracting(Indicator::name)
        .containsExactly("阳光家园托养补助人数", "无障碍改造户数", "精神病患者服药率", "康复服务率", "服务对象满意度");
  }

  @Test
  void twoNamesUnderACategoryWithNoTargetsStayTwoIndicatorsWhenTheyKeepTheirRows() throws Exception {
    // Where each row keeps its cells, a name with an empty target is no target of the name above it.
    String text = String.join("\n", "一级指标 | 二级指标 | 三级指标 | 指标值", "产出指标 | 时效指标 | 项目完成及时性 | ", " |  | 资金拨付及时率 | ",
        "成本指标 | 成本控制 | ≤10万元") + "\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("项目完成及时性", "资金拨付及时率", "成本控制");
  }

  @Test
  void inATableFlattenedIntoOneLineASentenceClosedByItsFullStopAfterANameIsItsTarget() throws Exception {
    String text = "项目支出绩效目标表 项目名称 民办幼儿园扶持补助 年度绩效目标 支持非营利性民办幼儿园发展,补贴疫情期间民办幼儿园房屋租金,保障民办幼儿园正常运转,促进学前教育普及普惠。"
        + " 一级指标 二级指标 三级指标 指标值 效益指标 社会效益指标 提升民办幼儿园扶持力度 显著提升了对民办幼儿园的扶持力度,支持了民办幼儿园的发展。"
        + " 促进学前教育普及普惠 显著促进了学前教育普及。 满意度指标 服务对象满意度指标 受益租户满意度 ≥95%\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("提升民办幼儿园扶持力度", "促进学前教育普及普惠", "受益租户满意度");
    assertThat(read).extracting(i -> i.target().raw())
        .containsExactly("显著提升了对民办幼儿园的扶持力度,支持了民办幼儿园的发展。", "显著促进了学前教育普及。", "≥95%");
  }

  @Test
  void inALineHoldingTwoTablesTheNextProjectsParticularsAndTheSignaturesAreNoIndicators() throws Exception {
    String text = "项目名称 安全隐患维修 绩效目标 维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 维修面积 ≥400平方米"
        + " 满意度指标 服务对象满意度指标 干警满意度 ≥95% 项目名称 办案业务费 预算规模及资金用途 预算数 24.00 其中:财政 资金 24.00"
        + " 用于陪审员参审补助支出 绩效目标 通过陪审员及调解员参与案件审判调解工作,提高审判效率,充分化解矛盾纠纷。 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 聘用调解员人数 1人"
        + " 财政资金管理科室(盖章) 年 月 日 财政绩效管理科室(盖章) 年 月 日\n";
    org.jixiao.model.Document d = read(text);
    assertThat(d.projects()).extracting(org.jixiao.model.Project::name).containsExactly("安全隐患维修", "办案业务费");
    assertThat(d.projects().get(0).indicators()).extracting(Indicator::name).containsExactly("维修面积", "干警满意度");
    assertThat(d.projects().get(1).indicators()).extracting(Indicator::name).containsExactly("聘用调解员人数");
    assertThat(LineWalk.projectParts(List.of(Cell.of("项目名称", 1), Cell.of("安全隐患维修", 1), Cell.of("维修面积", 1)))).hasSize(1);
  }

  @Test
  void inAFlattenedLineTheProjectsLabelsWithTheirValuesAreNoHeaderAndANameMayStartWithItsYear() throws Exception {
    String text = "项目名称 2023年文物保护经费 绩效目标 维修文物保护单位三处,完成文物普查登记,开展文物安全巡查,保障文物安全,提升文物保护利用水平。"
        + " 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 维修文物保护单位数量 3处 质量指标 验收合格率 100%"
        + " 时效指标 完成时间 2023年12月 满意度指标 服务对象满意度指标 群众满意度 ≥95% 附件下载\n";
    org.jixiao.model.Document d = read(text);
    assertThat(d.projects()).extracting(org.jixiao.model.Project::name).containsExactly("2023年文物保护经费");
    assertThat(indicators(d)).extracting(Indicator::name).containsExactly("维修文物保护单位数量", "验收合格率", "完成时间", "群众满意度");
  }

  @Test
  void anotherTablesHeaderOneCellPerLineEndsTheIndicators() throws Exception {
    String text = String.join("\n", "一级指标", "三级指标", "指标值", "满意度指标", "参培学员满意度", "95%及以上",
        "序号", "学校性质", "培训机构", "培训补助标准(元/人)", "1", "民办", "吕梁市远航职业培训学校", "2600") + "\n";
    assertThat(indicators(read(text))).extracting(Indicator::name).containsExactly("参培学员满意度");
  }

  @Test
  void aMergedCellPrintedOneCharacterAtATimeIsItsWord() throws Exception {
    // A PDF's text layer gives a vertical merged cell's characters apart: 绩 效 指 标 is the heading, 产 出 指 标 the
    // level 1; the lone characters that spell no word stay apart.
    assertThat(SpacedCells.pieces("绩 效 指 标 产 出 指 标 数量指标 阳光家园托养补助人数 ≥800人"))
        .containsExactly("绩效指标", "产出指标", "数量指标", "阳光家园托养补助人数", "≥800人");
    String text = "项目支出绩效目标表\n一级指标 二级指标 三级指标 指标值\n"
        + "产 出 指 标 数量指标 阳光家园托养补助人数 ≥800人 质量指标 康复服务率 ≥90% 效 益 指 标 社会效益指标 残疾人生活改善程度 明显改善\n";
    assertThat(indicators(read(text))).extracting(i -> i.level1() + " " + i.level2() + " " + i.name()).containsExactly(
        "产出指标 数量指标 阳光家园托养补助人数", "产出指标 质量指标 康复服务率", "效益指标 社会效益指标 残疾人生活改善程度");
  }

  @Test
  void aTableWithoutCategoryColumnsIsReadUnderItsTwoHeadings() throws Exception {
    // Its two headings joined by a space are as positional as three: a row of two words is a name and its target.
    String spaced = "项目支出绩效目标表\n指标名称 指标值\n开展送戏进万村 ≥70村\n演出合格率 100%\n成本控制 按照资金测算控制各项成本。\n图书借阅人次 5000人次\n";
    assertThat(indicators(read(spaced))).extracting(i -> i.name() + "=" + i.target().raw())
        .containsExactly("开展送戏进万村=≥70村", "演出合格率=100%", "成本控制=按照资金测算控制各项成本。", "图书借阅人次=5000人次");
    String flattened = "项目支出绩效目标表 项目名称 送戏下乡 指标名称 指标值 开展送戏进万村 ≥70村 演出合格率 100% 图书借阅人次 5000人次\n";
    assertThat(indicators(read(flattened))).extracting(i -> i.name() + "=" + i.target().raw())
        .containsExactly("开展送戏进万村=≥70村", "演出合格率=100%", "图书借阅人次=5000人次");
    // With cells kept apart, a target in words is a target by its column.
    String tabs = "序号\t绩效指标\t指标值\n1\t开展送戏进万村\t≥70村\n2\t成本控制\t按照资金测算控制各项成本。\n3\t完成时限\t2021年12月底完成项目规划相关工作。\n";
    assertThat(indicators(read(tabs))).extracting(i -> i.name() + "=" + i.target().raw())
        .containsExactly("开展送戏进万村=≥70村", "成本控制=按照资金测算控制各项成本。", "完成时限=2021年12月底完成项目规划相关工作。");
  }

  @Test
  void underCategoryColumnsARowWithNoCategoryAndATargetInWordsIsNoIndicator() throws Exception {
    // A second table's header printed under the indicators (序号 | 学校性质 | 培训机构 …) is not read as one,
    // though its cells stand under the name's and the target's columns.
    String text = "一级指标\t三级指标\t指标值\n\t学校性质\t培训机构\n\t培训人数\t≥800人\n";
    assertThat(indicators(read(text))).extracting(Indicator::name).containsExactly("培训人数");
  }

  @Test
  void aTargetsHeadingTheVocabularyDoesNotKnowEndsTheHeaderInEveryLayout() throws Exception {
    String flattened = "项目名称 送戏下乡 一级指标 二级指标 三级指标 考核标准 产出指标 数量指标 开展送戏进万村 ≥70村 产出指标 质量指标 演出合格率 100%\n";
    String cellPerLine = "一级指标\n二级指标\n三级指标\n年度绩效目标\n产出指标\n数量指标\n开展送戏进万村\n≥70村\n产出指标\n质量指标\n演出合格率\n100%\n";
    String glued = "一级指标二级指标三级指标年度指标\n产出指标数量指标开展送戏进万村≥70村\n产出指标质量指标演出合格率100%\n";
    for (String text : List.of(flattened, cellPerLine, glued)) {
      assertThat(indicators(read(text))).as(text).extracting(i -> i.name() + "=" + i.target().raw())
          .containsExactly("开展送戏进万村=≥70村", "演出合格率=100%");
    }
  }

  @Test
  void inAFlattenedTableOfNumberedNamesTheWordsUpToTheNextRowAreTheTarget() throws Exception {
    String text = "项目名称 全民健身 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 指标1：补贴数量 对学校2400平米体育场馆补贴5万元。"
        + " 产出指标 时效指标 指标2：完成时限 2021年12月底 产出指标 质量指标 指标3：开放质量 全面落实学校体育设施向社会开放工作。"
        + " 指标4：开放场馆面积 2400平方米 效益指标 社会效益指标 指标5：提升全民健康水平 促进人民群众健康水平不断提高。\n";
    // Short, the line is read as rows are (two numbered items are two records); long, as a whole table in one line.
    String longer = text.strip() + " 指标6：发展全民健身运动 通过本项目实施,有效提高全面健康水平。 满意度指标 服务对象满意度指标 指标7：学生及群众满意率 ≥95%\n";
    assertThat(longer.length()).isGreaterThan(200);
    assertThat(indicators(read(text))).extracting(i -> i.name() + "=" + i.target().raw()).containsExactly(
        "补贴数量=对学校2400平米体育场馆补贴5万元。", "完成时限=2021年12月底", "开放质量=全面落实学校体育设施向社会开放工作。",
        "开放场馆面积=2400平方米", "提升全民健康水平=促进人民群众健康水平不断提高。");
    assertThat(indicators(read(longer))).extracting(i -> i.name() + "=" + i.target().raw()).containsExactly(
        "补贴数量=对学校2400平米体育场馆补贴5万元。", "完成时限=2021年12月底", "开放质量=全面落实学校体育设施向社会开放工作。",
        "开放场馆面积=2400平方米", "提升全民健康水平=促进人民群众健康水平不断提高。", "发展全民健身运动=通过本项目实施,有效提高全面健康水平。",
        "学生及群众满意率=≥95%");
  }

  @Test
  void aRowOfNumberedNamesIsOneRecordEachAndNoneTakesTheNextLine() throws Exception {
    // A table with its names across its top (指标1:… | 指标2:…), the rows below one per unit: each name is read, and
    // the first unit's name (龙门) is no target of the last.
    String text = "产出指标 | 产出指标 | 效益指标\n数量指标 | 质量指标 | 社会效益指标\n指标1:扶持村数 | 指标2:资金使用率 | 指标3:改善村人居环境 |\n龙门\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).containsExactly("扶持村数", "资金使用率", "改善村人居环境");
    assertThat(read).allSatisfy(i -> assertThat(i.target()).isNull());
  }

  @Test
  void aHeaderWhoseHeadingsABreakCutOverTwoRowsIsJoinedColumnByColumn() throws Exception {
    // 年度 over 指标值, 实际 over 完成值, as a spreadsheet made from a PDF keeps a cell's two lines: the weight and the
    // score keep their columns.
    String text = "一级指标\t二级指标\t三级指标\t年度\t实际\t分值\t得分\n\t\t\t指标值\t完成值\t\t\n"
        + "产出指标\t数量指标\t开展送戏进万村\t≥70村\t72村\t10\t9\n"
        + "效益指标\t社会效益指标\t群众文化生活水平\t明显提升\t明显提升\t10\t8\n";
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(i -> i.name() + "=" + i.target().raw() + "/" + i.evaluation().actual().raw())
        .containsExactly("开展送戏进万村=≥70村/72村", "群众文化生活水平=明显提升/明显提升");
    assertThat(read).extracting(i -> i.evaluation().weight()).containsExactly(10.0, 10.0);
    assertThat(read).extracting(i -> i.evaluation().score()).containsExactly(9.0, 8.0);
  }
}
