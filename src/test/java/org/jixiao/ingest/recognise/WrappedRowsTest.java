package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;
import static org.jixiao.ingest.recognise.WrappedLinesTest.rows;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

class WrappedRowsTest {

  private static List<String> texts(List<Row> rows) {
    return rows.stream().map(r -> String.join(" | ", r.cells())).toList();
  }

  /** A PDF's text layer, its columns ten characters wide: the rest of each long cell on the lines below. */
  private static final String[] WRAPPED = {
      "一级指标 二级指标 三级指标 指标值",
      "产出指标 数量指标(必填硬性 实施营造林总面积(亩 80000",
      "指标) )",
      "其中:实施新造林总面 30000",
      "积(亩)",
      "时效指标 补贴期限 2020.1.1-2",
      "020.12.31",
      "效益指标 经济效益指标 促进农民增收,提高农 有所提高",
      "民收入水平",
      "社会效益指标 受益人数(人) 132",
      "满意度指标 服务对象满意度指标 林农对项目实施的满意 ≥90%",
      "度"};

  @Test
  void theLinesUnderARowWhoseCellsWrappedAtTheColumnsWidthAreTheRestOfThoseCells() {
    List<Row> joined = WrappedRows.join(rows(WRAPPED));
    assertThat(texts(joined)).containsExactly(
        "一级指标 二级指标 三级指标 指标值",
        // the closing bracket goes to the cell that opened one, the rest to the next cell of the width
        "产出指标 数量指标(必填硬性指标) 实施营造林总面积(亩) 80000",
        "其中:实施新造林总面积(亩) 30000",
        // a value broken inside its number runs on into its own rest
        "时效指标 补贴期限 2020.1.1-2020.12.31",
        "效益指标 经济效益指标 促进农民增收,提高农民收入水平 有所提高",
        // a row with nothing of the width is whole, and so is the row below it
        "社会效益指标 受益人数(人) 132",
        "满意度指标 服务对象满意度指标 林农对项目实施的满意度 ≥90%");
    // The joined row keeps its first line's number, for provenance.
    assertThat(joined.get(2).line()).isEqualTo(4);
  }

  @Test
  void aCellWhoseLastWordTheLineBelowCompletesTakesItThoughNoWidthShows() {
    // Too few cells of one length to show a width; each rest completes the word its cell broke (提高, 的 …), and
    // a name that ends between words (保障 / 困难群众基本生活, a row of its own with a value) takes nothing.
    List<Row> joined = WrappedRows.join(rows("一级指标 二级指标 三级指标 指标值", "效益指标 社会效益指标 帮助困难教师和学生提 95%", "高生活水平",
        "实施项目对社会产生的 减少", "不利影响", "可持续影响指标 救助资金发放到位情况 100%"));
    assertThat(texts(joined)).containsExactly("一级指标 二级指标 三级指标 指标值", "效益指标 社会效益指标 帮助困难教师和学生提高生活水平 95%",
        "实施项目对社会产生的不利影响 减少", "可持续影响指标 救助资金发放到位情况 100%");
  }

  @Test
  void aFormsOwnCategoryANarrowColumnBrokeInsideAWordIsJoinedAsAStandardOneIs() {
    // 实施效果指标 and 过程管理指标 are no words of the vocabulary; the break inside 效果 and 管理 shows the line below
    // completes them. A short cell that ends between words (项目 / 开工率) is no category's start.
    List<Row> joined = WrappedRows.join(rows("一级指标 三级指标 指标值", "实施效 劳务报酬占中央投资比例 ≥32.68%", "果指标",
        "过程管 超规模、超标准、超概算项 0", "理指标 目比例"));
    assertThat(texts(joined)).containsExactly("一级指标 三级指标 指标值", "实施效果指标 劳务报酬占中央投资比例 ≥32.68%",
        "过程管理指标 超规模、超标准、超概算项目比例 0");
    assertThat(BrokenWords.completesAnUnknownCategory("实施效", "果指标")).isTrue();
    assertThat(BrokenWords.completesAnUnknownCategory("项目", "开工率")).isFalse();
    assertThat(BrokenWords.completesAnUnknownCategory("项目开", "工率")).isFalse(); // a word broken, but no category's
    assertThat(BrokenWords.completesAnUnknownCategory("服务效益", "指标")).isFalse(); // no word broken: 效益 | 指标
  }

  @Test
  void aRestGoesToTheCellWhoseBrokenWordItCompletesThoughAnEarlierCellCouldTakeIt() {
    // Names fill their column (eight characters) and so do the explanations (seven): 路条数情况 could be the rest of
    // either, and completes 道路 in the explanation.
    List<Row> joined = WrappedRows.join(rows("一级指标 二级指标 三级指标 指标值 指标解释", "产出指标 数量指标 清扫保洁道路面积 1346万平方米 反映清扫保洁道",
        "路面积情况", "清扫保洁道路条数 485条 反映清扫保洁道", "路条数情况", "生活垃圾运输车辆 283辆 反映生活垃圾运", "输车辆情况",
        "垃圾清运车辆数量 20辆 反映垃圾清运车", "辆数量情况"));
    assertThat(texts(joined)).containsExactly("一级指标 二级指标 三级指标 指标值 指标解释",
        "产出指标 数量指标 清扫保洁道路面积 1346万平方米 反映清扫保洁道路面积情况", "清扫保洁道路条数 485条 反映清扫保洁道路条数情况",
        "生活垃圾运输车辆 283辆 反映生活垃圾运输车辆情况", "垃圾清运车辆数量 20辆 反映垃圾清运车辆数量情况");
  }

  @Test
  void theRowsOfAWrappedTableReadAsTheRowsTheyWere() throws Exception {
    List<Indicator> read = indicators(read(String.join("\n", WRAPPED) + "\n"));
    // (亩) and (人) are the names' units, kept apart from them as everywhere.
    assertThat(read).extracting(Indicator::name).containsExactly("实施营造林总面积", "其中:实施新造林总面积", "补贴期限",
        "促进农民增收,提高农民收入水平", "受益人数", "林农对项目实施的满意度");
    assertThat(read).extracting(i -> i.target().raw()).containsExactly("80000", "30000", "2020.1.1-2020.12.31", "有所提高", "132", "≥90%");
  }

  @Test
  void aLineWithAPieceWiderThanAnyColumnIsNoRest() {
    List<String> lines = new ArrayList<>(List.of(WRAPPED));
    lines.set(4, "积(亩)" + "其中包括退耕还林地块、荒山荒坡造林地块以及村庄周边绿化地块的全部面积合计");
    // the wide line stays a line of its own; the rows around it join as before
    assertThat(texts(WrappedRows.join(rows(lines.toArray(String[]::new))))).contains(
        "其中:实施新造林总面 30000", lines.get(4), "时效指标 补贴期限 2020.1.1-2020.12.31");
  }

  @Test
  void withoutCellsOfOneLengthAboveLinesOfWordsNothingIsJoined() {
    // Rows under merged cells that hold a name and a target in words are rows, not a wrap's rest.
    String[] rows = {
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 按要求合理支付 按在校学生数核算经费",
        "义务教育学校正常运转 按要求完成当年的教育教学工作",
        "时效指标 贯穿全年 当年的所有时间",
        "效益指标 社会效益指标 不增加百姓负担 资金由自治区保障,不向家长收取",
        "长期实施 自治区政策,长期实施"};
    assertThat(texts(WrappedRows.join(rows(rows)))).containsExactly(rows);
  }

  @Test
  void theNextNumberedItemAndTheNextTablesTitleAreNoRestOfARow() {
    // A column nine characters wide: three cells of the width stand above the rest of their names.
    List<Row> joined = WrappedRows.join(rows(
        "产出指标 指标1.培训成本费 400元/人 180元/人",
        "用标准",
        "质量指标 指标2.培训合格人 ≥95% 96%",
        "数占比",
        "时效指标 指标3.培训完成及 100% 100%",
        "时率",
        "成本指标 指标4.检查覆盖率 100% 100%",
        "指标5.抽检合格率",
        "产出指标 指标6.抽检合格率 100% 100%",
        "部门(单位)整体绩效目标表"));
    assertThat(texts(joined)).containsExactly(
        "产出指标 指标1.培训成本费用标准 400元/人 180元/人",
        "质量指标 指标2.培训合格人数占比 ≥95% 96%",
        "时效指标 指标3.培训完成及时率 100% 100%",
        "成本指标 指标4.检查覆盖率 100% 100%",
        "指标5.抽检合格率",
        "产出指标 指标6.抽检合格率 100% 100%",
        "部门(单位)整体绩效目标表");
  }

  /** A PDF's text layer of a form whose category columns are three characters wide, the name's twelve, the value's seven. */
  private static final String[] NARROW_CATEGORIES = {
      "项目名称 社区文化活动",
      "一级指 二级指 三级指标 指标值",
      "标 标",
      "产出指 数量指 开展送戏进万村 ≥70村",
      "标 标",
      "产出指 时效指 项目完成时限 2025年12",
      "标 标 月",
      "效益指 社会效 保障人民群众基本文化权益 影响程度明显",
      "标 益指标",
      "满意度 服务对 项目受益人满意程度 ≥90%",
      "指标 象满意",
      "度指标"};

  @Test
  void categoryWordsANarrowColumnBrokeAreJoinedWithTheRowsOtherRests() {
    assertThat(texts(WrappedRows.join(rows(NARROW_CATEGORIES)))).containsExactly(
        "项目名称 社区文化活动",
        "一级指 二级指 三级指标 指标值", // a header is no row a category or a value marks: read as it stands
        "标 标",
        "产出指标 数量指标 开展送戏进万村 ≥70村",
        // a value cut before its unit takes it back, once the broken words show the line is the row's rest
        "产出指标 时效指标 项目完成时限 2025年12月",
        "效益指标 社会效益指标 保障人民群众基本文化权益 影响程度明显",
        "满意度指标 服务对象满意度指标 项目受益人满意程度 ≥90%");
  }

  @Test
  void aTableWithItsCategoriesBrokenByANarrowColumnReadsAsItWasWritten() throws Exception {
    List<Indicator> read = indicators(read(String.join("\n", NARROW_CATEGORIES) + "\n"));
    assertThat(read).extracting(i -> i.level2() + " " + i.name() + " " + i.target().raw()).containsExactly(
        "数量指标 开展送戏进万村 ≥70村", "时效指标 项目完成时限 2025年12月", "社会效益指标 保障人民群众基本文化权益 影响程度明显",
        "服务对象满意度指标 项目受益人满意程度 ≥90%");
  }

  @Test
  void aCategoryBrokenOverLinesOfItsOwnIsOneWordButAFormsBlockLabelIsNot() {
    assertThat(texts(WrappedRows.join(rows(
        "促进人口与经济、社会、资源、环境协调和可持续发展 100%",
        "可持续影响",
        "指标",
        "实现社会稳定和谐发展 长期",
        "预算",
        "执行",
        "情况",
        "转移支付预算数(A) 5.8万")))).containsExactly(
        "促进人口与经济、社会、资源、环境协调和可持续发展 100%",
        "可持续影响指标",
        "实现社会稳定和谐发展 长期",
        // 预算执行情况 names the form's budget block, no category of results: its lines stay as they are
        "预算", "执行", "情况",
        "转移支付预算数(A) 5.8万");
  }

  @Test
  void aCellShorterThanTheWidestOfItsColumnDidNotFillItThoughItIsAsLongAsAnotherColumnsWidth() {
    // The explanation's column is seven wide; 开展送戏进万村 has seven characters too, but its column holds
    // twelve, so the rest below goes to the explanation.
    assertThat(texts(WrappedRows.join(rows(
        "一级指标 三级指标 指标值 指标解释",
        "产出指标 开展送戏进万村 ≥70村 反映开展送戏进",
        "万村情况",
        "产出指标 送戏进万村活动完成率 ≥95% 反映送戏进万村",
        "活动完成率情况",
        "产出指标 对满足人民群众日益提高的 长期 反映对满足人民",
        "文化需求的可持续影响 群众日益提高的",
        "效益指标 保障人民群众基本文化权益 影响程度明显 反映保障人民群")))).contains(
        "产出指标 开展送戏进万村 ≥70村 反映开展送戏进万村情况",
        "产出指标 送戏进万村活动完成率 ≥95% 反映送戏进万村活动完成率情况");
  }

  /** A form that centres its cells in their rows: the short cells on the middle line, a tall cell's first lines above it. */
  private static final String[] CENTRED = {
      "一级指标 二级指标 三级指标 指标值",
      "产出指标 数量指标 其中:实施新造林总面 30000",
      "积(亩)",
      "实施未成林抚育提升及",
      "产出指标 数量指标 退化林改造总面积(亩 50000",
      ")",
      "成本指标 成本指标 补贴标准 71.86元",
      "显著提升了疫情期间对",
      "效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度",
      "幼儿园扶持力度 ,大力支持了民办幼儿",
      "园的发展",
      "满意度指标 服务对象满意度指标 林农对项目实施的满意 ≥90%",
      "度"};

  @Test
  void theLinesAboveARowsMiddleLineBeginItsTallestCells() {
    assertThat(texts(WrappedRows.join(rows(CENTRED)))).containsExactly(
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 其中:实施新造林总面积(亩) 30000",
        // the name's first line stands above the line of its categories and target, its last below
        "产出指标 数量指标 实施未成林抚育提升及退化林改造总面积(亩) 50000",
        "成本指标 成本指标 补贴标准 71.86元",
        // two cells run on below the middle line, the target further: the line above begins the target
        "效益指标 社会效益指标 提升疫情防控期间民办幼儿园扶持力度 显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展",
        "满意度指标 服务对象满意度指标 林农对项目实施的满意度 ≥90%");
  }

  /** Rows whose names wrap at ten characters: the width, for certain. */
  static final List<String> TEN_WIDE = List.of(
      "一级指标 三级指标 指标值",
      "产出指标 其中:实施新造林总面 30000",
      "积(亩)",
      "产出指标 实施未成林抚育提升及 50000",
      "退化林改造",
      "产出指标 修建作业道路长度公里 30",
      "数");

  private static List<String> tenWide(String... more) {
    List<String> lines = new ArrayList<>(TEN_WIDE);
    lines.addAll(List.of(more));
    return texts(WrappedRows.join(rows(lines.toArray(String[]::new))));
  }

  @Test
  void aLineAboveARowThatDoesNotRunAsFarBelowItIsNoStartOfItsCells() {
    // No cell of the row below goes on past its line, so centred the line would be no part of it: it stays apart.
    assertThat(tenWide("0吨成品粮储备到位率", "产出指标 库存数量真实率 100%", "产出指标 县级储备粮管理制度 100%"))
        .contains("0吨成品粮储备到位率", "产出指标 库存数量真实率 100%");
    // The lines after a row whose cell filled its column to the end are that cell's rest, or nothing's (here a
    // value stops them running on): not the start of the next row's cells.
    assertThat(tenWide("成本指标 成本控制 严格按照预算标准执行", "1000元/人给补助", "对象兑付补助资金款项",
        "效益指标 促进人口与经济、社会 100%", "资源、环境协调和可持", "续发展"))
        .contains("对象兑付补助资金款项", "效益指标 促进人口与经济、社会资源、环境协调和可持续发展 100%");
  }

  @Test
  void aCellTheWidthOpenedTakesNoPieceWiderThanItsColumn() {
    // Names wrap at six characters, targets at ten. 物管服务面积 fills its column but ended there: the rest below,
    // ten characters, is wider than its column and goes to the target.
    assertThat(texts(WrappedRows.join(rows(
        "一级指标 三级指标 指标值",
        "产出指标 补贴非营利性 ≥20个",
        "民办园数量",
        "产出指标 补贴民办园租 ≥2697平方米",
        "用面积",
        "产出指标 补贴覆盖民办 ≥90%",
        "幼儿园率",
        "效益指标 扶持力度 显著提升了疫情期间对",
        "民办幼儿园",
        "效益指标 普惠发展 显著促进了学前教育普",
        "及优质发展",
        "效益指标 房租需求 保障疫情期间非营利性",
        "民办园房租需求",
        "产出指标 物管服务面积 建筑面积2.6万平方",
        "米,展示面积1万平方",
        "米")))).contains("产出指标 补贴非营利性民办园数量 ≥20个", "产出指标 物管服务面积 建筑面积2.6万平方米,展示面积1万平方米");
  }

  @Test
  void aNumberWithItsUnitAsLongAsTheColumnIsWideStandsAgainstNoWidth() {
    // Merged categories written once: few rows are marked. 26970.7平方米 and 71.86元/平方米 are ten characters
    // and end with their units; they do not outweigh the names and sentences that ran on at ten.
    assertThat(texts(WrappedRows.join(rows(
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 补贴非营利性民办幼儿 20个",
        "园数量",
        "补贴民办园租用面积 26970.7平方米",
        "质量指标 补贴覆盖民办幼儿园率 ≥90.91%",
        "补贴发放合规率 ≥95%",
        "成本指标 补贴标准 71.86元/平方米",
        "效益指标 社会效益指标 提升疫情防控期间民办 显著提升了疫情期间对",
        "幼儿园扶持力度 民办幼儿园的扶持力度",
        ",大力支持了民办幼儿",
        "园的发展。",
        "促进学前教育普及普惠 显著促进了学前教育普",
        "优质发展 及优质发展,大力支持",
        "了民办幼儿园发展。",
        "满意度指标 服务对象满意度指标 受益租户满意度 ≥95%"))))
        .contains("产出指标 数量指标 补贴非营利性民办幼儿园数量 20个", "补贴民办园租用面积 26970.7平方米",
            "效益指标 社会效益指标 提升疫情防控期间民办幼儿园扶持力度 显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。");
  }

  @Test
  void aValueCentredBelowTheFirstLineOfItsRowsBrokenCategoriesIsACellOfTheRow() {
    // A printed form's widths (categories three characters, names twelve, the rest seven), its cells centred: the
    // row's first line holds the categories' and the name's starts, the line below their rests and the value.
    assertThat(texts(WrappedRows.join(rows(
        "一级指 二级指 三级指标 指标值 指标解释",
        "标 标",
        "产出指 数量指 宗教管理经费补助县(市、 反映宗教管理经",
        "标 标 区)数量 2 费补助县(市、",
        "区)数量情况",
        "产出指 质量指 项目资金使用合规性 >=95% 反映项目资金使",
        "标 标 用合规性情况")))).contains(
        "产出指标 数量指标 宗教管理经费补助县(市、区)数量 2 反映宗教管理经费补助县(市、区)数量情况");
  }
}
