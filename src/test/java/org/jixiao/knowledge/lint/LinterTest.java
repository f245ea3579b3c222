package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Project;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lint over the five seed tables, with exact findings where the answer is exact. */
class LinterTest {

  static Map<String, Document> docs;
  static Map<String, LintReport> reports;

  @BeforeAll
  static void lintSeeds() throws Exception {
    docs = Fixtures.seeds();
    assertThat(docs).containsOnlyKeys("000", "001", "002", "003", "004");
    Linter linter = new Linter(Peers.NONE);
    reports = new TreeMap<>();
    docs.forEach((key, d) -> reports.put(key, linter.lint(d)));
  }

  static Stream<IndicatorLint> indicators(LintReport report) {
    return report.projects().stream().flatMap(p -> p.indicators().stream());
  }

  static Stream<Finding> allFindings(LintReport r) {
    return Stream.of(r.findings().stream(), r.projects().stream().flatMap(p -> p.findings().stream()),
        indicators(r).flatMap(i -> i.findings().stream())).flatMap(s -> s);
  }

  static ProjectLint project(String doc, String name) {
    return reports.get(doc).projects().stream().filter(p -> p.project().name().equals(name)).findFirst().orElseThrow();
  }

  static List<IndicatorLint> named(String doc, String name) {
    return indicators(reports.get(doc)).filter(i -> i.indicator().name().equals(name)).toList();
  }

  static List<String> rules(IndicatorLint lint) {
    return lint.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void noRuleThrowsAndEveryFindingIsWordedAndPlaced() {
    Linter linter = new Linter(Peers.NONE);
    for (Document d : docs.values()) {
      assertThatCode(() -> linter.lint(d)).doesNotThrowAnyException();
    }
    for (LintReport r : reports.values()) {
      assertThat(allFindings(r)).allSatisfy(f -> {
        assertThat(f.message()).isNotBlank();
        assertThat(f.suggestion()).isNotBlank();
        assertThat(f.rule()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      });
      assertThat(r.projects()).allSatisfy(p -> {
        assertThat(p.score()).isBetween(0, 100);
        assertThat(p.findings()).allSatisfy(f -> assertThat(f.line()).isEqualTo(p.project().source().line()));
        assertThat(p.indicators()).allSatisfy(i -> {
          assertThat(i.score()).isBetween(0, 100);
          assertThat(i.findings()).allSatisfy(f -> assertThat(f.line()).isEqualTo(i.indicator().source().line()));
        });
      });
    }
  }

  @Test
  void findingsPerRuleOverTheSeeds() {
    Map<String, Long> counts = new TreeMap<>();
    reports.values().stream().flatMap(LinterTest::allFindings).forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("target-missing", 6L),
        Map.entry("qualitative-for-number", 3L),
        Map.entry("rate-not-percent", 6L),
        Map.entry("satisfaction-not-threshold", 21L),
        Map.entry("complaint-as-satisfaction", 4L),
        Map.entry("input-as-result", 5L),
        Map.entry("duplicate-indicator", 1L),
        Map.entry("good-formula", 10L),
        Map.entry("project-no-outcome", 8L),
        Map.entry("project-no-satisfaction", 15L),
        Map.entry("name-repeats-unit", 1L)));
  }

  @Test
  void everyAnnualTargetWrittenAsNoneIsAnError() {
    List<IndicatorLint> none = reports.values().stream().flatMap(LinterTest::indicators).filter(i -> {
      Target annual = i.indicator().target(Period.ANNUAL);
      return annual != null && annual.raw().strip().equals("无");
    }).toList();
    assertThat(none).hasSize(6);
    assertThat(none).extracting(i -> i.indicator().name())
        .containsExactly("容灾备份恢复能力", "是否满足性能指标", "接通率", "省级考核得分", "年度业务增长率", "年度互联网受理量");
    assertThat(none).allSatisfy(i -> {
      assertThat(i.findings()).anySatisfy(f -> {
        assertThat(f.rule()).isEqualTo("target-missing");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains(i.indicator().name()).contains("无");
      });
      assertThat(i.score()).isLessThanOrEqualTo(60);
    });
    assertThat(reports.values().stream().flatMap(LinterTest::allFindings).filter(f -> f.rule().equals("target-missing"))).hasSize(6);
  }

  @Test
  void selfEvaluationRowsSharingATargetAreNotMissing() {
    ProjectLint p = reports.get("002").projects().get(0);
    assertThat(p.indicators()).hasSize(16).allSatisfy(i -> {
      assertThat(i.indicator().targets()).isEmpty();
      assertThat(i.indicator().evaluation().sharedWithRow()).isTrue();
      assertThat(i.findings()).isEmpty();
    });
    assertThat(p.findings()).isEmpty();
    assertThat(p.score()).isEqualTo(100);
  }

  @Test
  void huangpuProjectNamedAfterItsUnit() {
    ProjectLint slipped = reports.get("004").projects().stream()
        .filter(p -> p.project().flags().contains(Project.FLAG_NAME_REPEATS_UNIT)).findFirst().orElseThrow();
    assertThat(slipped.findings()).filteredOn(f -> f.rule().equals("name-repeats-unit")).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(12);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("广州开发区行政服务管理中心");
    });
  }

  @Test
  void projectsWithoutOutcomes() {
    ProjectLint p = project("004", "广州开发区政企数据应用服务平台项目");
    assertThat(p.findings()).extracting(Finding::rule).contains("project-no-outcome");
    assertThat(p.findings()).filteredOn(f -> f.rule().equals("project-no-outcome")).singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(8));
    assertThat(reports.values().stream().flatMap(r -> r.projects().stream())
        .filter(x -> x.findings().stream().anyMatch(f -> f.rule().equals("project-no-outcome")))
        .map(x -> x.project().source().line()))
        .containsExactly(8, 11, 13, 20, 23, 25, 32, 34);
  }

  @Test
  void complaintCountsFiledAsSatisfaction() {
    List<IndicatorLint> complaints = named("004", "被投诉次数");
    assertThat(complaints).hasSize(2).allSatisfy(i -> {
      assertThat(i.indicator().level1()).isEqualTo("满意度指标");
      assertThat(rules(i)).containsExactly("complaint-as-satisfaction");
    });
    assertThat(rules(named("003", "社工服务对象满意度").get(0))).containsExactly("complaint-as-satisfaction");
    // 投诉次数 as an outcome is where it belongs.
    assertThat(named("003", "投诉次数")).allSatisfy(i -> assertThat(i.findings()).isEmpty());
  }

  @Test
  void ratesWithoutPercent() {
    IndicatorLint speech = named("000", "普通话语音识别准确率").get(0);
    assertThat(rules(speech)).containsExactly("rate-not-percent");
    assertThat(speech.findings().get(0).suggestion()).startsWith("改为“≥85%”");
    assertThat(speech.findings().get(0).line()).isEqualTo(19);
    assertThat(rules(named("003", "人员流失率").get(0))).containsExactly("rate-not-percent");
    assertThat(named("004", "硬终端分辨率").get(0).findings()).isEmpty();
  }

  @Test
  void inputsFiledAsResults() {
    assertThat(reports.values().stream().flatMap(LinterTest::indicators)
        .filter(i -> rules(i).contains("input-as-result")).map(i -> i.indicator().name()))
        .containsExactlyInAnyOrder("费用支付准时率", "费用支付准时率", "控制在预算内", "信息化建设开发经费分拨拨付率", "满足信息化项目建设进程资金需求");
    // The self-evaluation's own 预算执行率 is in its place and not linted.
    assertThat(docs.get("002").projects().get(0).budgetExecution()).extracting(Indicator::name).contains("预算执行率");
  }

  @Test
  void repeatedIndicatorInAPastedCell() {
    assertThat(named("004", "电子证照用证数量")).extracting(LinterTest::rules)
        .containsExactly(List.of(), List.of(), List.of("duplicate-indicator"));
  }

  @Test
  void laxSatisfactionAgainstPeers() {
    Linter linter = new Linter(PeerRuleTest.PEERS);
    LintReport report = linter.lint(docs.get("000"));
    ProjectLint p = report.projects().stream()
        .filter(x -> x.project().name().equals("广州12345政府服务热线受理中心2021年信息化建设项目")).findFirst().orElseThrow();
    IndicatorLint lax = p.indicators().stream().filter(i -> i.indicator().name().equals("系统内部使用人员满意度")).findFirst().orElseThrow();
    assertThat(lax.indicator().target().raw()).isEqualTo("≥60%");
    assertThat(lax.findings()).filteredOn(f -> f.rule().equals("target-below-peers")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("系统内部使用人员满意度").contains("中位数95%").contains("下四分位数90%");
      assertThat(f.line()).isEqualTo(17);
    });
    List<Finding> atMedian = new IndicatorRules(PeerRuleTest.PEERS)
        .check(Fixtures.indicator("满意度指标", null, "系统内部使用人员满意度", "≥95%"));
    assertThat(atMedian).isEmpty();
    // ≥90% satisfaction targets in the seeds sit at p25: not lax.
    assertThat(report.projects().stream().flatMap(x -> x.indicators().stream())
        .filter(i -> i.findings().stream().anyMatch(f -> f.rule().equals("target-below-peers"))))
        .extracting(i -> i.indicator().name()).containsExactly("系统内部使用人员满意度");
  }

  @Test
  void projectScoreLiesWithinItsIndicatorsMinusItsPenalties() {
    reports.values().stream().flatMap(r -> r.projects().stream()).filter(p -> !p.indicators().isEmpty()).forEach(p -> {
      int min = p.indicators().stream().mapToInt(IndicatorLint::score).min().orElseThrow();
      int max = p.indicators().stream().mapToInt(IndicatorLint::score).max().orElseThrow();
      int penalty = Scores.penalty(p.findings());
      assertThat(p.score()).as(p.project().name()).isBetween(Math.max(0, min - penalty), Math.max(0, max - penalty));
    });
    assertThat(project("000", "业务用房物业管理费").score()).isEqualTo(100);
    assertThat(named("000", "物业巡检完成率").get(0).score()).isEqualTo(100);
    assertThat(named("000", "接通率").get(0).score()).isEqualTo(60);
  }

  @Test
  void oddDataDoesNotThrow() {
    Target nothing = new Target(null, Period.ANNUAL, TargetKind.NUMERIC, Op.GE, null, null, null, null);
    Indicator bare = new Indicator(null, null, null, null, null, null, null, List.of(nothing), null, null);
    Indicator blank = new Indicator(null, "满意度指标", "质量指标", null, null, null, "", List.of(), null, null);
    Project p = new Project(null, null, null, null, null, null, null, null, null, List.of(bare, blank, bare), List.of(), null,
        List.of(Project.FLAG_NAME_REPEATS_UNIT), null);
    Document d = new Document(null, null, null, null, null, null, null, null, null, null, BigDecimal.ONE, List.of(p), List.of());
    LintReport report = new Linter(Peers.NONE).lint(d);
    assertThat(allFindings(report)).isNotEmpty().allSatisfy(f -> assertThat(f.suggestion()).isNotBlank());
  }
}
