package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten real-world openings (src/test/resources/real-world, copied from the shared folder so a
 * fresh clone has them), read through {@link Ingestor#standard()} from a temporary data directory.
 * Every expected count below was made by hand from the file before the recogniser was run: an
 * indicator is a 三级指标 with a name; a cut-off last row counts only when its name is complete.
 */
class RealWorldLayoutsTest {

  @TempDir static Path dataDir;
  static Map<String, Document> docs;
  static Map<String, String> failures;

  @BeforeAll
  static void ingest() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/real-world"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dataDir.resolve(f.getFileName()));
      }
    }
    IngestResult result = Ingestor.standard().ingest(List.of(dataDir));
    docs = result.documents().stream().collect(Collectors.toMap(d -> d.sourceFile().substring(0, 2), Function.identity()));
    failures = result.failures().stream().collect(Collectors.toMap(f -> f.file().substring(0, 2), f -> f.reason()));
  }

  static List<Indicator> indicators(Document d) {
    return d.projects().stream().flatMap(p -> p.indicators().stream()).toList();
  }

  static Indicator indicator(Document d, String name) {
    return indicators(d).stream().filter(i -> i.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + name + " in " + d.sourceFile()));
  }

  static void assertIndicator(Document d, String level1, String name, String rawTarget) {
    Indicator i = indicator(d, name);
    assertThat(i.level1()).isEqualTo(level1);
    assertThat(i.target().raw()).isEqualTo(rawTarget);
  }

  /**
   * 17 井研县马踏镇 2023 申报表 (markdown, one indicator per row, sign | number | unit columns).
   * Counted: 2 projects — 村组干部报酬 8 indicators (lines 7–14), 基层组织活动经费 5 (lines 15–19) = 13.
   * Line 19 (行政村数量 = 11 个 10 …) is cut after the weight; its name and target are complete.
   * Continuation rows drop the merged unit/project/budget cells, so the row is shifted back.
   */
  @Test
  void jingyanMataApplicationTable() {
    Document d = docs.get("17");
    assertThat(d).as(String.valueOf(failures.get("17"))).isNotNull();
    assertThat(d.kind()).isEqualTo(DocumentKind.TARGET_TABLE);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("村组干部报酬", "基层组织活动经费");
    assertThat(d.projects()).extracting(p -> p.indicators().size()).containsExactly(8, 5);
    assertIndicator(d, "效益指标", "维护社会稳定", "≥95%");
    assertIndicator(d, "产出指标", "按时发放", "≥1人/年");
    assertIndicator(d, "满意度指标", "辖区内群众满意度", "≥95%");
    assertIndicator(d, "产出指标", "行政村数量", "=11个");
    assertThat(indicator(d, "维持时效").evaluation().weight()).isEqualTo(20.0);
    assertThat(d.projects().get(0).budget().raw()).isEqualTo("3,309,840.00");
    assertThat(d.warnings()).anyMatch(w -> w.contains("truncated at line 19"));
  }

  /**
   * 24 黄山市公安局 2025 (one line per cell, indicators under 【一级-二级】 headings as 指标1:名称(值)).
   * Counted: project 黄山市雪亮工程市本级机房租赁2024至2027服务采购项目 with 9 indicators (4 产出, 4 效益,
   * 1 满意度); a second project 执法办案费 starts at line 117 but the file ends inside its 【项目概况】
   * (line 121), so it shows no indicators: reported as truncated, not read as an empty project.
   */
  @Test
  void huangshanHeadedIndicators() {
    Document d = docs.get("24");
    assertThat(d).as(String.valueOf(failures.get("24"))).isNotNull();
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("黄山市雪亮工程市本级机房租赁2024至2027服务采购项目");
    assertThat(indicators(d)).hasSize(9);
    assertIndicator(d, "产出指标", "机柜数量", "≥77台");
    assertIndicator(d, "产出指标", "维护及时性", "<24小时");
    assertIndicator(d, "满意度指标", "提升群众安全感", "≥90%");
    assertThat(indicator(d, "提升群众安全感").level2()).isEqualTo("服务对象满意度指标");
    assertThat(d.warnings()).anyMatch(w -> w.contains("truncated at line 121"));
  }

  /**
   * 07 武汉青山区教育局 2020 基础设施 (one cell per line, empty cells as lines of spaces; 长期 and 年度
   * halves side by side). Counted: 1 project, 7 indicators (数量, 质量, 成本, 时效, 可持续, 社会效益,
   * 满意度), each named in the 年度 half only. The file ends with 附件, not mid-table.
   */
  @Test
  void qingshanInfrastructureOneCellPerLine() {
    Document d = docs.get("07");
    assertThat(d).as(String.valueOf(failures.get("07"))).isNotNull();
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("教育系统基础设施建设和设备购置");
    assertThat(indicators(d)).hasSize(7);
    assertIndicator(d, "产出指标", "重点建设工程安排数量", "2");
    assertIndicator(d, "产出指标", "建设项目成本", "参照政府采购成本控制");
    assertIndicator(d, "满意度指标", "学生、家长、社会满意度", "≥90%");
    assertThat(d.warnings()).noneMatch(w -> w.contains("truncated"));
  }

  /**
   * 11 湘潭环卫 2023 雾炮车 申报表 ("cell |" per line, lone pipes for empty cells). Counted: 1 project
   * (雾炮车降尘抑尘服务), 7 indicators; 经济效益, 生态效益, 可持续影响 rows are empty. The older
   * 社会公众或服务对象满意度指标 is mapped to 满意度 and kept as written.
   */
  @Test
  void xiangtanVerticalPipeCells() {
    Document d = docs.get("11");
    assertThat(d).as(String.valueOf(failures.get("11"))).isNotNull();
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("雾炮车降尘抑尘服务");
    assertThat(indicators(d)).hasSize(7);
    assertIndicator(d, "产出指标", "雾炮车风炮射程", "≥80M");
    assertIndicator(d, "产出指标", "服务周期内空气质量", "优良");
    Indicator satisfaction = indicator(d, "市民满意度");
    assertThat(satisfaction.level1()).isEqualTo("满意度指标");
    assertThat(satisfaction.level2()).isEqualTo("服务对象满意度指标");
    assertThat(satisfaction.level2Raw()).isEqualTo("社会公众或服务对象满意度指标");
    assertThat(satisfaction.target().raw()).isEqualTo("≥90%");
  }

  /**
   * 26 濉溪县民政局 2019 临时救助 自评表 (vertical "cell |" layout, self-evaluation). Counted: 1 project
   * (临时救助), 10 indicators: 5 数量, 3 质量, 1 社会效益, 1 满意度. The file is cut inside the last
   * row (★受助对象满意度, target ">=9" then nothing): the name is complete so it counts, its target is
   * kept as the cut text, and the document says where the file stops.
   */
  @Test
  void suixiSelfEvaluation() {
    Document d = docs.get("26");
    assertThat(d).as(String.valueOf(failures.get("26"))).isNotNull();
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("临时救助");
    assertThat(indicators(d)).hasSize(10);
    Indicator poor = indicator(d, "★★★特困人员救助供养人数(按月平均)(≥**人)");
    assertThat(poor.level1()).isEqualTo("产出指标");
    assertThat(poor.level1Raw()).isEqualTo("产出指标(50分)");
    assertThat(poor.target().raw()).isEqualTo(">=4754人");
    assertThat(poor.evaluation().actual().raw()).isEqualTo("4604人");
    assertThat(poor.evaluation().weight()).isEqualTo(5.0);
    assertThat(poor.evaluation().score()).isEqualTo(5.0);
    assertIndicator(d, "效益指标", "★★★受益建档立卡贫困人口数≥**人", ">=80人");
    assertIndicator(d, "满意度指标", "★受助对象满意度(≥**%)", ">=9");
    assertThat(d.warnings()).anyMatch(w -> w.contains("truncated at line 151"));
  }

  /**
   * 14 东莞市交通运输局 2019 批复表 (pipes without the leading one, header broken over six lines, 中期
   * and 年度 halves side by side, older vocabulary 预期产出指标 / 效果指标 / 预算（或投资规模）控制指标).
   * Counted: 1 project, 5 indicators. The last row (可持续影响指标 | 实现建设总目标控制程度, line 29) is cut
   * right after the name, with no closing pipe: nothing shows the name is complete, so it is not
   * counted and the file is reported truncated.
   */
  @Test
  void dongguanOlderVocabulary() {
    Document d = docs.get("14");
    assertThat(d).as(String.valueOf(failures.get("14"))).isNotNull();
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("镇际联网路升级改造工程一期");
    assertThat(indicators(d)).hasSize(5);
    Indicator count = indicator(d, "镇街补助款完成结算项目数");
    assertThat(count.level1()).isEqualTo("产出指标");
    assertThat(count.level1Raw()).isEqualTo("预期产出指标");
    assertThat(count.level2()).isEqualTo("数量指标");
    assertThat(count.target().raw()).isEqualTo("3");
    assertThat(count.target(org.jixiao.model.Period.CYCLE).raw()).isEqualTo("3");
    Indicator budget = indicator(d, "年度预算执行率");
    assertThat(budget.level2()).isEqualTo("成本指标");
    assertThat(budget.level2Raw()).isEqualTo("预算(或投资规模)控制指标");
    assertThat(budget.target().raw()).isEqualTo("≥90%");
    Indicator dispute = indicator(d, "补助款结算争议率");
    assertThat(dispute.level1()).isEqualTo("效益指标");
    assertThat(dispute.level1Raw()).isEqualTo("效果指标");
    assertThat(dispute.target().raw()).isEqualTo("0%");
    assertThat(indicators(d)).noneMatch(i -> i.name().startsWith("实现建设总目标"));
    assertThat(d.warnings()).anyMatch(w -> w.contains("truncated at line 29"));
  }

  /**
   * 29 宜兴 2016 基本公卫 绩效评价 (cells and lone pipes alternating; 目标名称 / 目标值 / 评价指标 / 标准值 /
   * 目标完成值 / 评价指标值 / 权重分值 / 评分规则 / 得分; categories as section rows 一、投入目标, 二、管理目标,
   * 三、产出目标 › 1.数量目标). Counted: 9 complete items — 4 投入 and 3 管理 (scored apart as budget
   * execution: money and management are inputs, not results) and 2 产出 indicators. The last line,
   * 孕产妇健康管理, is cut with nothing after it (its siblings end in 数), so it is not counted. The
   * fragment names no project.
   */
  @Test
  void yixingOlderTargetVocabulary() {
    Document d = docs.get("29");
    assertThat(d).as(String.valueOf(failures.get("29"))).isNotNull();
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(d.projects()).hasSize(1);
    assertThat(indicators(d)).hasSize(2);
    assertThat(d.projects().get(0).budgetExecution()).hasSize(7);
    Indicator records = indicator(d, "居民电子健康档案建档数");
    assertThat(records.level1()).isEqualTo("产出指标");
    assertThat(records.level1Raw()).isEqualTo("三、产出目标");
    assertThat(records.level2()).isEqualTo("数量指标");
    assertThat(records.level2Raw()).isEqualTo("1.数量目标");
    assertThat(records.target().raw()).isEqualTo("941250份");
    assertThat(records.evaluation().actual().raw()).isEqualTo("1024410");
    assertThat(records.evaluation().weight()).isEqualTo(5.0);
    assertThat(records.evaluation().score()).isEqualTo(5.0);
    assertIndicator(d, "产出指标", "0-6岁儿童健康管理数", "56950人");
    Indicator input = d.projects().get(0).budgetExecution().get(0);
    assertThat(input.level1Raw()).isEqualTo("一、投入目标");
    assertThat(d.projects().get(0).budgetExecution()).anyMatch(i -> "二、管理目标".equals(i.level1Raw()));
    assertThat(d.warnings()).anyMatch(w -> w.contains("truncated at line"));
  }

  /**
   * 28 稷山县翟店镇卫生院 2021 基本公卫 自评表 (.xlsx flattened to text). Counted by hand: 1 project,
   * 23 named indicators visible on line 4 (指标1, 2, 5–25; 指标3 and 4 are not in the text) and a cut
   * 质量指标 指标1 (提升国家基本…) that is reported, not read. The cells are out of order around 指标1, 2
   * and 5 (指标1 … 38508人, then 指标2's targets, then 指标5's name, then 37442人 and scores of other
   * rows), so those three keep their names without values; 指标6–23 are each followed by exactly one
   * target / actual / weight / score tuple, and 指标24 (name broken over two cells) and 25 share two
   * tuples in order.
   */
  @Test
  void jishanFlattenedSpreadsheetReadsNamesAndUnambiguousValues() {
    Document d = docs.get("28");
    assertThat(d).as(String.valueOf(failures.get("28"))).isNotNull();
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(d.year()).isEqualTo(2021);
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("国家基本公共卫生服务");
    assertThat(d.projects().get(0).unit()).isEqualTo("稷山县翟店镇卫生院");
    assertThat(d.projects().get(0).department()).isEqualTo("稷山县卫生健康和体育局");
    List<Indicator> all = indicators(d);
    assertThat(all).hasSize(23);
    assertThat(all).allMatch(i -> "产出指标".equals(i.level1()) && "数量指标".equals(i.level2()));
    assertThat(all).allMatch(i -> i.source().line() == 4);
    assertThat(all.stream().filter(i -> i.target() == null).map(Indicator::name))
        .containsExactly("居民健康档案", "发放健康教育资料", "举办健康教育知识讲座");
    Indicator vaccination = indicator(d, "适龄儿童疫苗接种率");
    assertThat(vaccination.target().raw()).isEqualTo("100.00%");
    assertThat(vaccination.evaluation().actual().raw()).isEqualTo("97.30%");
    assertThat(vaccination.evaluation().weight()).isEqualTo(2.0);
    assertThat(vaccination.evaluation().score()).isEqualTo(1.9);
    assertThat(indicator(d, "传染病及突发公共卫生事件报告数").target().raw()).isEqualTo("14例");
    assertThat(indicator(d, "家庭医生签约率").target().raw()).isEqualTo("24694人");
    assertThat(indicator(d, "家庭医生签约率").evaluation().actual().raw()).isEqualTo("22584人");
    assertThat(d.warnings()).anyMatch(w -> w.contains("指标1、指标2、指标5") && w.contains("cannot be paired"));
    assertThat(d.warnings()).anyMatch(w -> w.contains("提升国家基本") && w.contains("not read"));
    assertThat(d.warnings()).anyMatch(w -> w.contains("按标准表次序归为数量指标"));
  }

  /**
   * 04 武汉青山区教育局 2020 薄弱学校改造 (web text with the table's cells glued, no separators:
   * 产出指标数量指标农村义务教育学校改造覆盖率100%). Counted: 1 project, 9 indicators (2 质量, 2 时效 …,
   * 2 satisfaction under the older 社会公众或服务对象满意度指标). The file ends with 附件, not mid-table.
   */
  @Test
  void qingshanGluedColumns() {
    Document d = docs.get("04");
    assertThat(d).as(String.valueOf(failures.get("04"))).isNotNull();
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("农村义务教育薄弱学校改造补助资金");
    assertThat(indicators(d)).hasSize(9);
    assertIndicator(d, "产出指标", "农村义务教育学校改造覆盖率", "100%");
    assertIndicator(d, "产出指标", "建设项目成本控制率", "100%");
    assertIndicator(d, "效益指标", "义务教育优质均衡发展情况", "稳步提高");
    Indicator parents = indicator(d, "学生家长满意度");
    assertThat(parents.level1()).isEqualTo("满意度指标");
    assertThat(parents.level2Raw()).isEqualTo("社会公众或服务对象满意度指标");
    assertThat(parents.target().raw()).isEqualTo("≥90%");
    assertThat(d.warnings()).noneMatch(w -> w.contains("truncated"));
  }

  /**
   * 06 湘西州特校 2023 (web text, cells glued, ten columns: name, value, its meaning, scoring rule, unit
   * and type run together: 学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,每少1元扣1分-定量).
   * Counted by hand: 1 project (学生伙食费, unit 州民族特殊教育学校, 30.00 万元), 10 indicators (学生补助标准,
   * 学生对学校伙食得满意度, 补助学生数量, 伙食补助发放率, 伙食补助资金到位率, 伙食补助覆盖率, 任务完成时间,
   * 残疾学生入学率, 残疾学生家庭负担率, 残疾学生生活质量); the empty category rows (生态环境成本指标 …) hold none.
   */
  @Test
  void xiangxiWideGluedTable() {
    Document d = docs.get("06");
    assertThat(d).as(String.valueOf(failures.get("06"))).isNotNull();
    assertThat(d.year()).isEqualTo(2023);
    assertThat(d.department()).isEqualTo("湘西州教育和体育局");
    assertThat(d.projects()).extracting(p -> p.name()).containsExactly("学生伙食费");
    assertThat(d.projects().get(0).unit()).isEqualTo("州民族特殊教育学校");
    assertThat(d.projects().get(0).budget().total()).isEqualByComparingTo("30.00");
    assertThat(indicators(d)).extracting(Indicator::name).containsExactly(
        "学生补助标准", "学生对学校伙食得满意度", "补助学生数量", "伙食补助发放率", "伙食补助资金到位率",
        "伙食补助覆盖率", "任务完成时间", "残疾学生入学率", "残疾学生家庭负担率", "残疾学生生活质量");
    assertIndicator(d, "成本指标", "学生补助标准", "17元/人.每天");
    assertIndicator(d, "满意度指标", "学生对学校伙食得满意度", "95%以上");
    assertIndicator(d, "产出指标", "补助学生数量", "168");
    assertIndicator(d, "产出指标", "伙食补助资金到位率", "90%以上");
    assertIndicator(d, "产出指标", "任务完成时间", "2023年12月31日");
    assertIndicator(d, "效益指标", "残疾学生入学率", "大于90%");
    assertIndicator(d, "效益指标", "残疾学生家庭负担率", "有所减轻");
    assertThat(indicator(d, "残疾学生生活质量").level2()).isEqualTo("社会效益指标");
    assertThat(indicator(d, "补助学生数量").source().line()).isEqualTo(36);
    assertThat(d.warnings()).isEmpty();
  }
}
