package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Project;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.jixiao.model.YearBasis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five bundled seed tables, each in its own layout, read with exact counts and values. */
class SeedCorpusTest {

  static Map<String, Document> docs;

  @BeforeAll
  static void ingest() throws Exception {
    IngestResult result = Ingestor.standard().ingest(List.of(Path.of("data")));
    assertThat(result.failures()).isEmpty();
    docs = result.documents().stream().collect(Collectors.toMap(d -> d.sourceFile().substring(0, 3), Function.identity()));
    assertThat(docs).containsOnlyKeys("000", "001", "002", "003", "004");
  }

  static Indicator indicator(Document d, String name) {
    List<Indicator> found = d.projects().stream().flatMap(p -> p.indicators().stream()).filter(i -> i.name().equals(name)).toList();
    assertThat(found).as("indicator %s in %s", name, d.sourceFile()).isNotEmpty();
    return found.get(0);
  }

  static Project project(Document d, String name) {
    return d.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no project " + name));
  }

  static BigDecimal budgetSum(Document d) {
    return d.projects().stream().map(p -> p.budget().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static void assertTarget(Target t, String raw, Op op, Double value, String unit) {
    assertThat(t.raw()).isEqualTo(raw);
    assertThat(t.kind()).isEqualTo(TargetKind.NUMERIC);
    assertThat(t.op()).isEqualTo(op);
    assertThat(t.value()).isCloseTo(value, within(1e-9));
    assertThat(t.unit()).isEqualTo(unit);
  }

  @Test
  void hotlineCentreTabSeparated() {
    Document d = docs.get("000");
    assertThat(d.kind()).isEqualTo(DocumentKind.TARGET_TABLE);
    assertThat(d.projects()).hasSize(7);
    assertThat(d.indicatorCount()).isEqualTo(35);
    assertThat(d.declaredTotal()).isEqualByComparingTo("620.57");
    assertThat(budgetSum(d)).isEqualByComparingTo("620.57");
    assertThat(d.warnings()).isEmpty();
    assertThat(d.unit()).isEqualTo("广州市市长专线电话受理中心");
    assertThat(d.city()).isEqualTo("广州市");
    assertThat(d.district()).isNull();
    assertThat(d.year()).isEqualTo(2023);
    assertThat(d.yearBasis()).isEqualTo(YearBasis.PROJECT_MARKER);

    Project property = project(d, "业务用房物业管理费");
    assertThat(property.budget().total()).isEqualByComparingTo("268.66");
    assertThat(property.budget().fiscal()).isEqualByComparingTo("268.66");
    assertThat(property.goal()).startsWith("通过开展广州12345政府服务热线话务场地运营管理项目");
    assertThat(property.unit()).isEqualTo("广州市市长专线电话受理中心");
    assertThat(property.source().line()).isEqualTo(12);

    Indicator inspection = property.indicators().get(0);
    assertThat(inspection.name()).isEqualTo("物业巡检完成率");
    assertThat(inspection.level1()).isEqualTo("产出指标");
    assertThat(inspection.level2()).isNull();
    assertThat(inspection.formula()).isEqualTo("物业巡检完成率=实际数/计划数*100%");
    assertTarget(inspection.target(Period.ANNUAL), "≥95%", Op.GE, 95.0, "%");
    assertThat(inspection.source().file()).isEqualTo("000-guangzhou-12345-hotline-centre.txt");
    assertThat(inspection.source().line()).isEqualTo(12);

    Indicator accidents = indicator(d, "安全事故数");
    assertThat(accidents.level1()).isEqualTo("效益指标");
    assertTarget(accidents.target(), "≤3", Op.LE, 3.0, null);

    Indicator volume = indicator(d, "可支持话务总量");
    assertThat(volume.level1()).isEqualTo("产出指标");
    assertTarget(volume.target(), "1200万通", Op.EQ, 1.2e7, "通");

    Indicator recovery = indicator(d, "容灾备份恢复能力");
    assertThat(recovery.target().raw()).isEqualTo("无");
    assertThat(recovery.target().kind()).isEqualTo(TargetKind.EMPTY);

    Indicator satisfaction = indicator(d, "水电保障满意度");
    assertThat(satisfaction.level1()).isEqualTo("满意度指标");
  }

  @Test
  void haizhuRepeatedTablesWithBothPeriods() {
    Document d = docs.get("001");
    assertThat(d.projects()).hasSize(5);
    assertThat(d.indicatorCount()).isEqualTo(24);
    assertThat(budgetSum(d)).isEqualByComparingTo("1460.00");
    assertThat(d.declaredTotal()).isEqualByComparingTo("1460.00");
    assertThat(d.warnings()).isEmpty();
    assertThat(d.city()).isEqualTo("广州市");
    assertThat(d.district()).isEqualTo("海珠区");
    assertThat(d.department()).isEqualTo("广州市海珠区数字政府运营中心");
    assertThat(d.year()).isNull();
    assertThat(d.yearBasis()).isEqualTo(YearBasis.UNKNOWN);
    assertThat(d.projects().stream().flatMap(p -> p.indicators().stream()))
        .allSatisfy(i -> assertThat(i.targets()).extracting(Target::period).containsExactly(Period.CYCLE, Period.ANNUAL));

    Indicator bandwidth = indicator(d, "电子政务外网主干带宽");
    assertThat(bandwidth.level1()).isEqualTo("产出指标");
    assertThat(bandwidth.level2()).isEqualTo("数量指标");
    assertThat(bandwidth.level2Raw()).isNull();
    assertTarget(bandwidth.target(Period.CYCLE), "≥10000M", Op.GE, 10000.0, "M");
    assertTarget(bandwidth.target(Period.ANNUAL), "≥10000M", Op.GE, 10000.0, "M");

    Indicator video = indicator(d, "视频会议满意率");
    assertThat(video.level1()).isEqualTo("满意度指标");
    assertThat(video.level2()).isEqualTo("服务对象满意度指标");
    assertThat(video.level2Raw()).isEqualTo("服务对象满意度");
    assertTarget(video.target(), "≥90%", Op.GE, 90.0, "%");

    Indicator staff = indicator(d, "业务系统工作人员满意度");
    assertTarget(staff.target(), "满意率不低于95%", Op.GE, 95.0, "%");

    Indicator assessment = indicator(d, "上级涉及数字政府考核指标完成情况");
    assertThat(assessment.level2()).isEqualTo("数量指标");
    assertTarget(assessment.target(), "100%达标", Op.EQ, 100.0, "%");

    Indicator network = indicator(d, "全年主干网络畅通率");
    assertThat(network.level1()).isEqualTo("效益指标");
    assertThat(network.level2()).isEqualTo("社会效益指标");
  }

  @Test
  void zhongshanSelfEvaluationInMarkdown() {
    Document d = docs.get("002");
    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_EVALUATION);
    assertThat(d.year()).isEqualTo(2022);
    assertThat(d.yearBasis()).isEqualTo(YearBasis.STATED);
    assertThat(d.city()).isEqualTo("中山市");
    assertThat(d.unit()).isEqualTo("中山市12345投诉举报平台管理中心");
    assertThat(d.department()).isEqualTo("中山市政务服务数据管理局");
    assertThat(d.projects()).hasSize(1);

    Project p = d.projects().get(0);
    assertThat(p.name()).isEqualTo("12345政府服务热线外包服务项目");
    assertThat(p.budget().raw()).isEqualTo("17,160,681.00");
    assertThat(p.budget().rawUnit()).isEqualTo("元");
    assertThat(p.budget().total().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1716.07");
    assertThat(p.budget().total()).isEqualByComparingTo("1716.0681");
    assertThat(p.goal()).contains("实施周期").isNotBlank();
    assertThat(p.indicators()).hasSize(16);
    assertThat(p.indicators()).allSatisfy(i -> assertThat(i.evaluation().actual()).isNotNull());
    assertThat(p.indicators()).extracting(Indicator::level1).doesNotContain("预算执行");
    assertThat(p.budgetExecution()).extracting(Indicator::name).containsExactly("预算执行率", "预算调整率");
    assertThat(p.budgetExecution().get(0).formula()).isEqualTo("预算执行率=实际支出金额/（年初预算安排数+预算调整额）×100%");
    assertThat(p.budgetExecution().get(0).evaluation().actual().raw()).isEqualTo("100.00%");
    assertThat(p.budgetExecution().get(0).evaluation().weight()).isEqualTo(5.0);
    assertThat(p.budgetExecution().get(0).evaluation().score()).isEqualTo(5.0);
    assertThat(p.budgetExecution().get(1).evaluation().weight()).isEqualTo(15.0);
    assertThat(p.assessment().score()).isEqualTo(94.66);
    assertThat(p.assessment().grade()).isEqualTo("优");

    Indicator dispatch = indicator(d, "准确派单率");
    assertThat(dispatch.level1()).isEqualTo("产出指标");
    assertThat(dispatch.level2()).isEqualTo("时效指标");
    assertTarget(dispatch.evaluation().actual(), "94.82%", Op.EQ, 94.82, "%");
    assertThat(dispatch.evaluation().weight()).isEqualTo(13.33);
    assertThat(dispatch.evaluation().score()).isEqualTo(8.0);
    assertThat(dispatch.evaluation().sharedWithRow()).isTrue();

    Indicator duration = indicator(d, "平均处理时长");
    assertTarget(duration.evaluation().actual(), "153.33秒", Op.EQ, 153.33, "秒");

    Indicator masses = indicator(d, "群众满意度");
    assertThat(masses.level1()).isEqualTo("满意度指标");
    assertThat(masses.level1Raw()).isEqualTo("效益指标 (40分)");
    assertThat(masses.level2()).isEqualTo("服务对象满意度指标");
    assertTarget(masses.evaluation().actual(), "99.73%", Op.EQ, 99.73, "%");

    Indicator glued = indicator(d, "工单处理满意度");
    assertTarget(glued.evaluation().actual(), "90.32%", Op.EQ, 90.32, "%");

    Indicator sustain = indicator(d, "及时解答率");
    assertThat(sustain.level2()).isEqualTo("社会效益指标");
  }

  @Test
  void petitionsBureau() {
    Document d = docs.get("003");
    assertThat(d.projects()).hasSize(11);
    assertThat(d.indicatorCount()).isEqualTo(33);
    assertThat(budgetSum(d)).isEqualByComparingTo("1107.43");
    assertThat(d.warnings()).isEmpty();
    assertThat(d.year()).isEqualTo(2023);

    Indicator complaints = indicator(d, "投诉次数");
    assertThat(complaints.level1()).isEqualTo("效益指标");
    assertTarget(complaints.target(), "5次以下", Op.LE, 5.0, "次");

    Indicator turnover = indicator(d, "人员流失率");
    assertTarget(turnover.target(), "2人（含）以下", Op.LE, 2.0, "人");

    Project evaluation = project(d, "信访事项群众满意度评价工作经费");
    Indicator fewComplaints = evaluation.indicators().stream().filter(i -> i.name().equals("服务对象满意度")).findFirst().orElseThrow();
    assertThat(fewComplaints.level1()).isEqualTo("满意度指标");
    assertTarget(fewComplaints.target(), "收到投诉少于5件", Op.LT, 5.0, "件");

    Indicator satisfied = indicator(d, "服务满意度指标");
    assertThat(satisfied.target().kind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(satisfied.target().qualitative()).isEqualTo("满意");
  }

  @Test
  void huangpuDepartmentTableWithRestartingNumbering() {
    Document d = docs.get("004");
    assertThat(d.projects()).hasSize(32);
    assertThat(d.indicatorCount()).isEqualTo(156);
    assertThat(d.projects()).extracting(Project::unit).containsOnly(
        "广州开发区信息化办公室", "广州开发区行政服务管理中心", "广州市黄埔区政务服务数据管理局");
    assertThat(d.projects().stream().map(Project::unit).distinct()).hasSize(3);
    assertThat(d.department()).isEqualTo("广州市黄埔区政务服务数据管理局");
    assertThat(d.projects()).allSatisfy(p -> {
      assertThat(p.city()).isEqualTo("广州市");
      assertThat(p.district()).isEqualTo("黄埔区");
    });
    assertThat(d.year()).isEqualTo(2022);
    assertThat(d.yearBasis()).isEqualTo(YearBasis.TEXT_MENTIONS);

    List<Project> flagged = d.projects().stream().filter(p -> p.flags().contains(Project.FLAG_NAME_REPEATS_UNIT)).toList();
    assertThat(flagged).hasSize(1);
    assertThat(flagged.get(0).source().line()).isEqualTo(12);
    assertThat(flagged.get(0).indicators()).hasSize(4);
    assertThat(d.warnings()).anyMatch(w -> w.contains("第12行") && w.contains("预算单位"));

    Project first = d.projects().get(0);
    assertThat(first.indicators()).hasSize(5);
    assertThat(first.indicators()).extracting(Indicator::name).contains("政务服务事项的网上可办率");

    Indicator online = indicator(d, "政务服务事项的网上可办率");
    assertThat(online.level1()).isEqualTo("效益指标");
    assertTarget(online.target(), "不低于98%", Op.GE, 98.0, "%");

    Indicator response = indicator(d, "故障响应及处理及时率");
    assertTarget(response.target(), "5分钟响应，1小时解决", Op.LE, 5.0, "分钟");

    Indicator commaLabel = indicator(d, "初步设计技术审查报告质量达标率");
    assertTarget(commaLabel.target(), "95%", Op.EQ, 95.0, "%");

    Indicator grade = indicator(d, "运维服务满意度");
    assertThat(grade.level1()).isEqualTo("效益指标");
    assertThat(grade.target().kind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(grade.target().qualitative()).isEqualTo("优");

    Indicator online99 = indicator(d, "自助终端设备在线率");
    assertThat(online99.formula()).isEqualTo("自助终端设备在线个数/自助终端设备总数*100%");
  }

  @Test
  void idsAreStableAndUnique() throws Exception {
    IngestResult again = Ingestor.standard().ingest(List.of(Path.of("data")));
    List<String> ids = docs.values().stream().flatMap(d -> d.projects().stream())
        .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.id()), p.indicators().stream().map(Indicator::id)))
        .toList();
    assertThat(ids).doesNotHaveDuplicates();
    List<String> againIds = again.documents().stream().flatMap(d -> d.projects().stream()).map(Project::id).sorted().toList();
    assertThat(againIds).isEqualTo(docs.values().stream().flatMap(d -> d.projects().stream()).map(Project::id).sorted().toList());
    assertThat(docs.get("000").projects().get(0).indicators().get(0).id()).matches("[0-9a-f]{12}-p1-i1");
  }
}
