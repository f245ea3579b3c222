package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;

import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

class RunRowsTest {

  /**
   * A PDF's text layer whose columns are ten characters wide, copied as one run: each row's first line, then the
   * rests of its long cells, one piece for each cell still open, line after line.
   */
  private static final String RUN = String.join(" ",
      "一级指标 二级指标 三级指标 指标值",
      "产出指标 数量指标 补贴非营利性民办幼儿 20个", "园数量",
      "补贴民办园租用面积 26970.7平方米",
      "质量指标 补贴覆盖民办幼儿园率 ≥90.91%",
      "时效指标 补贴期限 2020.1.1-2", "020.12.31",
      "成本指标 补贴标准 71.86元/平方米",
      "效益指标 社会效益指标 提升疫情防控期间民办 显著提升了疫情期间对", "幼儿园扶持力度 民办幼儿园的扶持力度", ",大力支持了民办幼儿", "园的发展。",
      "促进学前教育普及普惠 显著促进了学前教育普", "优质发展 及优质发展,大力支持", "了民办幼儿园发展。",
      "可持续影响指标 非营利性民办园租房受 保障疫情期间非营利性", "益期限 民办园房租需求,大力", "支持民办幼儿园发展",
      "满意度指标 服务对象满意度指标 受益租户满意度 ≥95%");

  @Test
  void theColumnsWidthShowsInTheRunAsManyPiecesOfOneLength() {
    assertThat(RunRows.width(RUN.split(" "))).isEqualTo(10);
  }

  @Test
  void aRunsWrappedCellsAreJoinedEachWithItsRestsAfterTheRowsFirstLine() {
    assertThat(RunRows.joined(RUN)).isEqualTo(String.join(" ",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 补贴非营利性民办幼儿园数量 20个",
        // 26970.7平方米, 补贴覆盖民办幼儿园率 and 71.86元/平方米 are exactly the width: what follows is the next row
        "补贴民办园租用面积 26970.7平方米",
        "质量指标 补贴覆盖民办幼儿园率 ≥90.91%",
        "时效指标 补贴期限 2020.1.1-2020.12.31",
        "成本指标 补贴标准 71.86元/平方米",
        // two cells open: the rests go to them in turn, and to the one still open once the other closed
        "效益指标 社会效益指标 提升疫情防控期间民办幼儿园扶持力度 显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。",
        "促进学前教育普及普惠优质发展 显著促进了学前教育普及优质发展,大力支持了民办幼儿园发展。",
        "可持续影响指标 非营利性民办园租房受益期限 保障疫情期间非营利性民办园房租需求,大力支持民办幼儿园发展",
        "满意度指标 服务对象满意度指标 受益租户满意度 ≥95%"));
  }

  @Test
  void aRunReadsAsTheTableItWas() throws Exception {
    List<Indicator> read = indicators(read(RUN + "\n"));
    assertThat(read).extracting(Indicator::name).containsExactly("补贴非营利性民办幼儿园数量", "补贴民办园租用面积", "补贴覆盖民办幼儿园率",
        "补贴期限", "补贴标准", "提升疫情防控期间民办幼儿园扶持力度", "促进学前教育普及普惠优质发展", "非营利性民办园租房受益期限", "受益租户满意度");
    assertThat(read.get(3).target().raw()).isEqualTo("2020.1.1-2020.12.31");
    assertThat(read.get(5).target().raw()).isEqualTo("显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。");
  }

  @Test
  void onlyARunBecomesItsCells() {
    List<Row> rows = List.of(new Row(1, List.of("项目名称 路灯维护")), new Row(2, List.of(RUN)),
        new Row(3, List.of("产出指标", "数量指标", "补贴非营利性民办幼儿", "20个")));
    List<Row> joined = RunRows.join(rows);
    assertThat(joined.get(0)).isSameAs(rows.get(0));
    assertThat(joined.get(1).cells()).containsExactly(RunRows.joined(RUN));
    assertThat(joined.get(1).line()).isEqualTo(2);
    assertThat(joined.get(2)).isSameAs(rows.get(2));
  }

  @Test
  void aWidthThatStandsOutOnlyFaintlyIsTakenWhereTheReadingBearsItOut() {
    // Names of nine characters beside the ten-character pieces: the width no longer stands out plainly, but
    // most of its pieces find their rests.
    String run = RUN.replace(" 满意度指标 ", " 质量指标 困难群众救助覆盖率 100% 救助资金发放及时率 100% 城乡低保对象保障率 100% 特困人员集中供养率 ≥60% "
        + "临时救助对象覆盖率 100% 满意度指标 ");
    assertThat(RunRows.width(run.split(" "))).isEqualTo(-1);
    assertThat(RunRows.joined(run)).contains("补贴非营利性民办幼儿园数量 20个", "质量指标 困难群众救助覆盖率 100% 救助资金发放及时率 100%");
  }

  @Test
  void aFlattenedTableWhoseNamesShareALengthKeepsItsCells() {
    // Eight-character names are common and whole: no piece of theirs has a rest after it, so nothing is joined.
    String flat = String.join(" ", "一级指标 二级指标 三级指标 指标性质 指标值 度量单位",
        "产出指标 数量指标 清扫保洁道路面积 = 1346.0088 万平方米", "产出指标 数量指标 清扫保洁道路条数 = 485 条",
        "产出指标 数量指标 生活垃圾运输车辆 = 283 辆", "产出指标 质量指标 垃圾无害化处理率 = 100 %",
        "产出指标 数量指标 环境卫生专项考核 = 1 次/月", "产出指标 数量指标 各项费用使用周期 定性 2020年1月--2020年11月",
        "产出指标 数量指标 人工成本 ≤ 620 万/月", "效益指标 社会效益指标 道路机械化清扫率 ≥ 99 %",
        "满意度指标 服务对象满意度指标 周围群众满意程度 ≥ 90 %");
    String joined = RunRows.joined(flat);
    assertThat(joined == null ? flat : joined).isEqualTo(flat);
  }

  @Test
  void withoutPiecesOfOneLengthThereIsNoWidthAndNothingIsJoined() {
    String flat = String.join(" ", "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 完成培训人次 1200人次", "培训课程数量 12门",
        "质量指标 培训合格率 ≥95%", "时效指标 完成时间 2023年12月底前", "成本指标 人均培训成本 ≤300元", "效益指标 社会效益指标 提升基层干部能力 有所提升",
        "满意度指标 服务对象满意度指标 参训学员满意度 ≥90%");
    assertThat(RunRows.width(flat.split(" "))).isEqualTo(-1);
    assertThat(RunRows.joined(flat)).isNull();
  }

  @Test
  void notesColumnsAreReadWhereTheirWordsCloseTheRowsCells() {
    // 指标值内容 holds words after the values: 考察国有资产出租税费 is that note's first piece, not the name's rest.
    String run = String.join(" ", "一级指标 二级指标 三级指标 指标值类型 目标值 度量单位 指标值内容 备注",
        "成本指标 经济成本指标 国有资产出租应交税费 ≤ 9.9 万元 考察国有资产出租税费", "经费 缴纳",
        "产出指标 数量指标 门面数量 = 9 间 考察国有资产出租收入", "任务完成数",
        "质量指标 以合理的市场价出租 定性 保障 无 考察国有资产出租的可", "利用价值",
        "时效指标 按时交纳税费 = 1 年 交纳房产税及其他相关", "税金",
        "效益指标 经济效益指标 出租闲置房屋,减少国 = 100 % 考察国有资产出租房屋", "有资产闲置率 数",
        "社会效益指标 保障承租人租金合理、 定性 保障 无 考察国有资产出租的满", "门面闲置率低 意度",
        "满意度指标 服务对象满意度指标 承租户对出租管理满意 ≥ 90 % 考察承租户满意程度", "度");
    assertThat(RunRows.joined(run)).contains(
        "国有资产出租应交税费经费 ≤ 9.9 万元 考察国有资产出租税费缴纳 产出指标",
        "门面数量 = 9 间 考察国有资产出租收入任务完成数 质量指标",
        "保障承租人租金合理、门面闲置率低 定性 保障 无 考察国有资产出租的满意度 满意度指标",
        "承租户对出租管理满意度 ≥ 90 % 考察承租户满意程度");
  }

  @Test
  void aSelfEvaluationsRowTakesAsManyValuesAsItsHeaderHasColumnsForThem() {
    // 年度 / 指标值 and 实际 / 完成值: headings the width broke; a weight and a score only numbers, so 村建设数量 is a rest.
    String run = String.join(" ", "一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分 偏差原因分析及改进措", "施",
        "产出指标 数量指标 指标1:开展精品示范 ≤4 4 10 10", "村建设数量",
        "指标2:建设美丽宜居 ≥200 202 10 10", "自然村庄数量",
        "指标3:完成农村户用 ≥2000 3061 10 10", "卫生厕所改造数量",
        "指标4:新建省级中心 ≥10 10 10 10", "村数量",
        "质量指标 指标1:美丽宜居自然 ≥95% 100% 5 5", "村庄验收通过率",
        "指标2:户用卫生厕所 ≥95% 100% 5 5", "改造验收通过率",
        "时效指标 指标1:完成美丽宜居 9月前 7月 5 5", "自然村庄验收时间");
    assertThat(RunRows.joined(run)).contains(
        "偏差原因分析及改进措施",
        "指标1:开展精品示范村建设数量 ≤4 4 10 10 指标2:建设美丽宜居自然村庄数量 ≥200 202 10 10",
        "指标1:完成美丽宜居自然村庄验收时间 9月前 7月 5 5");
  }

  @Test
  void aReasonLeftAsNoneOrGivenInAWordIsTheRowsLastCellNotTheRestOfItsName() {
    // 无 under 偏差原因分析及改进措施 ends the row's first line; the name's rest comes after it.
    String run = String.join(" ", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措", "施",
        "产出指标 质量指标 县级储备粮管理制度严 100% 100% 10 9 无", "格执行率",
        "储备粮管理专户管理率 100% 100% 10 9",
        "县级储备粮贷款付息及 100% 100% 10 9 无", "时率",
        "每年人才驿站服务人次 ≥500人 1700人 10 9 无",
        "县级储备粮应急保障率 100% 100% 10 9",
        "效益指标 社会效益指标 政策性挂账利息补贴保 100% 100% 10 9", "障率",
        "低温、低氧、低剂量科 100% 100% 10 9 已按计划完成", "学保粮率",
        "食品安全指标达标率 100% 100% 10 9",
        "可持续影响指标 保障粮食安全,维护社 长期 长期 10 9", "会稳定和谐的长效机制", "。");
    assertThat(RunRows.joined(run)).contains(
        // 。 alone is a sentence's end the width left on a line of its own: the rest of the name
        "保障粮食安全,维护社会稳定和谐的长效机制。 长期 长期 10 9",
        "县级储备粮管理制度严格执行率 100% 100% 10 9 无 储备粮管理专户管理率",
        "县级储备粮贷款付息及时率 100% 100% 10 9 无",
        // a reason in a word the value grammar knows is as much the row's last cell
        "低温、低氧、低剂量科学保粮率 100% 100% 10 9 已按计划完成",
        // a name exactly the width before 无 has no rest: 无 is its row's reason
        "每年人才驿站服务人次 ≥500人 1700人 10 9 无 县级储备粮应急保障率");
  }

  @Test
  void aUnitColumnTakesItsUnitsButAWordsTargetLeavesItEmpty() {
    // 指标性质 | 指标值 | 度量单位: 百分比 is a unit though it begins as 百 does; after 定性 持续改善 the unit's column is
    // empty, and 件 there is the name's rest.
    String run = String.join(" ", "一级指标 二级指标 三级指标 指标性质 指标值 度量单位",
        "实施效果指标 数量指标 劳务报酬占中央投资比 ≥ 32.68 %", "例",
        "项目区农村基础设施条 定性 持续改善", "件",
        "参与工程建设的贫困群 ≥ 90 %", "众满意度",
        "质量指标 博物馆绩效考核指标完 = 100 百分比", "成率",
        "年度投资计划分解转发 ≤ 20 工作日", "用时",
        "超规模、超标准、超概 = 0", "算项目比例",
        "审计、督查、巡视等指 ≤ 1 %", "出问题项目比例",
        "满意度指标 服务对象满意度指标 服务对象满意度% = 99 百分比");
    assertThat(RunRows.joined(run)).contains(
        "劳务报酬占中央投资比例 ≥ 32.68 %",
        "项目区农村基础设施条件 定性 持续改善 参与工程建设的贫困群众满意度 ≥ 90 %",
        "博物馆绩效考核指标完成率 = 100 百分比",
        "年度投资计划分解转发用时 ≤ 20 工作日",
        "超规模、超标准、超概算项目比例 = 0");
  }

  @Test
  void aCellExactlyTheWidthBeforeTheNextRowsNameAndValueHasNoRest() {
    String run = String.join(" ", "一级指标 二级指标 三级指标 指标值", "成本指标 打井、配电 50000元", "饲料库120平米 490元/平米",
        "标准化棚圈360平米 550元/平米", "防疫室84平米 ≥1050元",
        "产出指标 数量指标 贫困地区新增特色产业 ≥1个", "贫困地区建设少数民族 ≥1个", "聚居村养殖场",
        "质量指标 养殖动物成活率(目标 ≥95%", ")", "项目(工程)验收合格 100%", "率",
        "时效指标 开工时限 2021年7月", "竣工时限 2021年9月",
        "效益指标 社会效益指标 受益少数民族群众人数 ≥76户", "带动少数民族群众增收 有所提高");
    assertThat(RunRows.joined(run)).contains("标准化棚圈360平米 550元/平米 防疫室84平米 ≥1050元",
        "贫困地区建设少数民族聚居村养殖场 ≥1个", "养殖动物成活率(目标) ≥95%", "项目(工程)验收合格率 100%");
  }

  @Test
  void aCategorysCellBrokenAtItsSpacesKeepsItsNoteAndItsRest() {
    String run = String.join(" ", "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 (必填硬性 实施营造林总面积(亩 80000", "指标) )",
        "修建作业道长度(公里 30", ")",
        "质量指标 (必填) 苗木成活率(≥**% 85", ")",
        "效益指标 经济效益 指标 (选 增加就业机会,提高农", "填) 民收入。",
        "社会效益 指标 (必 受益人数(人) 132", "填)",
        "生态效益 指标 (选 提高森林覆盖率,促进", "填) 生物多样性保护。",
        "满意度指标 服务对象满意度指标 林农对项目实施的满意 ≥90%", "度",
        "时效指标 项目完成时间 2023年底", "成本指标 项目总投入(≥**万 6070", "元)");
    assertThat(RunRows.joined(run)).contains("数量指标 (必填硬性指标) 实施营造林总面积(亩) 80000",
        "经济效益 指标 (选填) 增加就业机会,提高农民收入。", "社会效益 指标 (必填) 受益人数(人) 132",
        "林农对项目实施的满意度 ≥90%");
  }
}
