package org.jixiao.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.knowledge.lint.Finding;
import org.jixiao.knowledge.lint.IndicatorLint;
import org.jixiao.knowledge.lint.LintReport;
import org.jixiao.knowledge.lint.PeerRange;
import org.jixiao.model.Indicator;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concepts, benchmarks, comparisons and suggestions over the seeds. */
class KnowledgeTest {

  @TempDir static Path tmp;
  static OpenIndex index;
  static Knowledge knowledge;

  @BeforeAll
  static void build() throws Exception {
    index = TestVectors.seedIndex(tmp.resolve("index"));
    knowledge = new Knowledge(TestVectors.searcher(index));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void conceptsAreCountedByRegion() throws Exception {
    List<ConceptSummary> all = knowledge.concepts().list(1);
    assertThat(all.stream().mapToLong(ConceptSummary::count).sum()).isEqualTo(264);
    ConceptSummary satisfaction = all.get(0);
    assertThat(satisfaction.id()).as("the most measured concept").isEqualTo("satisfaction");
    assertThat(satisfaction.label()).isEqualTo("满意度");
    assertThat(satisfaction.catalog()).isTrue();
    assertThat(satisfaction.byRegion()).containsKeys("海珠区", "黄埔区", "中山市", "广州市");
    assertThat(knowledge.concepts().list(2)).allSatisfy(c -> assertThat(c.count()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void satisfactionTargetsAreBenchmarkedAndTheLaxOneStandsOut() throws Exception {
    BenchmarkReport r = knowledge.benchmarks().ofConcept("satisfaction").orElseThrow();
    assertThat(r.unit()).isEqualTo("%");
    assertThat(r.count()).isGreaterThanOrEqualTo(15);
    assertThat(r.stats().median()).isBetween(90.0, 100.0);
    assertThat(r.stats().min()).isLessThanOrEqualTo(r.stats().p25());
    assertThat(r.stats().p25()).isLessThanOrEqualTo(r.stats().median());
    assertThat(r.stats().p75()).isLessThanOrEqualTo(r.stats().max());
    assertThat(r.histogram().stream().mapToInt(BenchmarkReport.Bin::count).sum()).isEqualTo(r.count());
    assertThat(r.targets()).hasSize(r.count());
    // 广州12345…2021年信息化建设项目: 系统内部使用人员满意度 ≥60%, far below everyone else's.
    assertThat(r.outliers()).anySatisfy(t -> {
      assertThat(t.name()).isEqualTo("系统内部使用人员满意度");
      assertThat(t.raw()).isEqualTo("≥60%");
      assertThat(t.outlier()).isEqualTo("lax");
    });
    assertThat(r.outliers()).noneSatisfy(t -> assertThat(t.value()).isGreaterThanOrEqualTo(r.stats().p25()));
    assertThat(knowledge.benchmarks().ofQuery("群众满意率")).get().extracting(b -> b.concept().id()).isEqualTo("satisfaction");
    assertThat(knowledge.benchmarks().ofConcept("no-such-concept")).isEmpty();
  }

  @Test
  void aConceptWithoutNumbersSaysWhyThereIsNoDistribution() throws Exception {
    BenchmarkReport r = knowledge.benchmarks().ofConcept("name:改革创新引领").orElseThrow();
    assertThat(r.count()).isZero();
    assertThat(r.stats()).isNull();
    assertThat(r.qualitative()).isNotEmpty();
    assertThat(r.note()).contains("没有可比较的数值");
  }

  static Indicator indicator(String name, String raw, Double value, String unit) {
    Target t = new Target(raw, Period.ANNUAL, TargetKind.NUMERIC, Op.GE, value, null, unit, null);
    return new Indicator("x-p1-i1", "满意度指标", null, name, null, null, null, List.of(t), null, new Provenance("x.txt", 1));
  }

  @Test
  void theLintsPeersAreTheBenchmarkOfTheSameConceptAndUnit() throws Exception {
    PeerRange peers = knowledge.benchmarks().of(indicator("市民满意率", "≥90%", 90.0, "%")).orElseThrow();
    assertThat(peers.concept()).isEqualTo("satisfaction");
    assertThat(peers.unit()).isEqualTo("%");
    assertThat(peers.count()).isGreaterThanOrEqualTo(15);
    assertThat(peers.p25()).isLessThanOrEqualTo(peers.median());
    assertThat(knowledge.benchmarks().of(indicator("市民满意率", "≥9分", 9.0, "分"))).as("another unit has no peers").isEmpty();
  }

  /** The lint reads an even sample of a large concept, not all of it, and scales the count back up. */
  @Test
  void theLintsPeersComeFromAnEvenSampleOfALargeConcept() throws Exception {
    TargetBenchmarks full = new TargetBenchmarks(TestVectors.searcher(index));
    BenchmarkReport all = full.ofConcept("satisfaction").orElseThrow();
    // Twelve records read out of every satisfaction indicator; the count estimates the whole concept.
    // (With six, which six an even sample meets depends on the index order parallel indexing varies,
    // and once in a full run their most common unit was not %, so the lint had no peers to give.)
    TargetBenchmarks sampled = new TargetBenchmarks(TestVectors.searcher(index), 12);
    PeerRange peers = sampled.of(indicator("市民满意率", "≥90%", 90.0, "%")).orElseThrow();
    assertThat(peers.count()).isBetween(all.count() / 2, all.count() * 2);
    assertThat(peers.min()).isGreaterThanOrEqualTo(all.stats().min());
    assertThat(peers.max()).isLessThanOrEqualTo(all.stats().max());
    assertThat(peers.p25()).isLessThanOrEqualTo(peers.median());

    org.jixiao.search.RecordSample<org.jixiao.model.IndicatorRecord> sample =
        TestVectors.searcher(index).corpus().sampleOfConcept("satisfaction", 12);
    assertThat(sample.records()).hasSize(12);
    assertThat(sample.total()).isGreaterThan(12);
    assertThat(sample.complete()).isFalse();
    // Spread over the corpus, not the first file's twelve.
    assertThat(sample.records().stream().map(r -> r.id().substring(0, r.id().indexOf('-'))).distinct().count()).isGreaterThan(1);
  }

  @Test
  void theLintJudgesADraftAgainstTheCorpus() throws Exception {
    String table = java.nio.file.Files.readString(Path.of("data/000-guangzhou-12345-hotline-centre.txt"));
    LintReport report = new DraftLint(Ingestor.standard(), knowledge.linter()).lint("draft.txt", table);
    IndicatorLint lax = report.projects().stream().flatMap(p -> p.indicators().stream())
        .filter(i -> i.indicator().name().equals("系统内部使用人员满意度")).findFirst().orElseThrow();
    assertThat(lax.findings()).extracting(Finding::rule).contains("target-below-peers");
    assertThat(lax.score()).isLessThan(100);
    IndicatorLint strictEnough = report.projects().stream().flatMap(p -> p.indicators().stream())
        .filter(i -> i.indicator().name().equals("物业服务满意率")).findFirst().orElseThrow();
    assertThat(strictEnough.findings()).extracting(Finding::rule).doesNotContain("target-below-peers");
    assertThatThrownBy(() -> new DraftLint(Ingestor.standard(), knowledge.linter()).lint("notes.txt", "只是一段文字。"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("未识别");
  }

  /** A draft check has a time budget, for reading and for judging: past it the request is refused with the reason. */
  @Test
  void aDraftCheckOverItsBudgetIsRefused() throws Exception {
    String table = java.nio.file.Files.readString(Path.of("data/000-guangzhou-12345-hotline-centre.txt"));
    assertThatThrownBy(() -> new DraftLint(Ingestor.standard(), knowledge.linter(), java.time.Duration.ZERO).lint("draft.txt", table))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("无法读取草稿：读取超时（上限 1 秒）")
        .satisfies(e -> assertThat(((InvalidRequestException) e).kind()).isEqualTo(InvalidRequestException.Kind.TOO_COMPLEX));
    org.jixiao.model.Document document = Ingestor.standard().read("draft.txt", table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (org.jixiao.util.Deadline.Scope spent = org.jixiao.util.Deadline.start(java.time.Duration.ZERO)) {
      assertThatThrownBy(() -> knowledge.linter().lint(document)).isInstanceOf(org.jixiao.util.Deadline.Exceeded.class);
    }
  }

  /** A concept whose targets are all blank or qualitative still shows its members, with what they achieved. */
  @Test
  void aConceptWithoutNumbersListsItsMembersAndActuals() throws Exception {
    BenchmarkReport r = knowledge.benchmarks().ofConcept("connection").orElseThrow();
    assertThat(r.count()).isZero();
    assertThat(r.note()).contains("逐条列出").contains("each is listed");
    assertThat(r.qualitative()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.qualitative()).extracting(BenchmarkReport.BenchmarkTarget::name).allMatch(n -> n.contains("接通"));
    assertThat(r.qualitative()).anySatisfy(t -> assertThat(t.actual()).isNotBlank());
  }

  @Test
  void districtsSideBySide() throws Exception {
    CompareReport r = knowledge.comparisons().compare("district", List.of("海珠区", "黄埔区"));
    CompareReport.Side haizhu = r.sides().get(0);
    assertThat(haizhu.value()).isEqualTo("海珠区");
    assertThat(haizhu.projects()).isEqualTo(5);
    assertThat(haizhu.indicators()).isEqualTo(24);
    assertThat(haizhu.budget()).isEqualByComparingTo(new BigDecimal("1460.00"));
    assertThat(haizhu.byLevel1()).containsKeys("产出指标", "效益指标", "满意度指标");
    assertThat(haizhu.quantitativeShare()).isBetween(0.0, 1.0);
    assertThat(haizhu.meanScore()).isBetween(0.0, 100.0);
    assertThat(r.sides().get(1).projects()).isEqualTo(32);
    assertThat(r.shared()).extracting(s -> s.concept().id()).contains("satisfaction");
    assertThat(r.shared().get(0).bySide()).containsKeys("海珠区", "黄埔区");
    assertThat(r.only().get("黄埔区")).isNotEmpty();
    // Medians side by side are in one unit per concept (电子证照 was 80% on one side, 186个 on the other).
    assertThat(r.shared()).allSatisfy(s -> assertThat(s.bySide().values().stream().map(CompareReport.SideTargets::unit)
        .filter(java.util.Objects::nonNull).distinct().count()).as(s.concept().label()).isLessThanOrEqualTo(1));
    assertThatThrownBy(() -> knowledge.comparisons().compare("province", List.of("a", "b"))).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> knowledge.comparisons().compare("district", List.of("海珠区"))).hasMessageContaining("两到三个");
    assertThatThrownBy(() -> knowledge.comparisons().compare("district", List.of("海珠区", "火星区"))).hasMessageContaining("火星区");
    // Part of a name is the one value containing it; several are named back; the same value twice is one side.
    assertThat(knowledge.comparisons().compare("district", List.of("海珠", "黄埔")).sides()).extracting(CompareReport.Side::value)
        .containsExactly("海珠区", "黄埔区");
    assertThatThrownBy(() -> knowledge.comparisons().compare("unit", List.of("广州市", "海珠区")))
        .hasMessageContaining("可指").hasMessageContaining("matches several");
    assertThatThrownBy(() -> knowledge.comparisons().compare("district", List.of("海珠", "海珠区"))).hasMessageContaining("不同");
    // The pick-list: every district with its indicators, most first, counts that add up to the corpus's.
    CompareReport.Options districts = knowledge.comparisons().options("district");
    assertThat(districts.values()).extracting(CompareReport.Option::value).contains("海珠区", "黄埔区");
    assertThat(districts.values()).extracting(CompareReport.Option::indicators).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    CompareReport sides = knowledge.comparisons().compare("district", List.of("海珠区", "黄埔区"));
    assertThat(districts.values().stream().filter(o -> o.value().equals("海珠区")).findFirst().orElseThrow().indicators())
        .isEqualTo(sides.sides().get(0).indicators());
    long cities = knowledge.comparisons().options("city").values().stream().mapToLong(CompareReport.Option::indicators).sum();
    assertThat(cities).isEqualTo(index.report().indicators());
    assertThatThrownBy(() -> knowledge.comparisons().options("planet")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void suggestionsForAHotlineProjectComeFromOtherHotlines() throws Exception {
    SuggestReport r = knowledge.suggestions().suggest("12345热线话务外包服务", "提高热线接通率，及时准确派单，提升群众满意度");
    assertThat(r.similarProjects()).isNotEmpty();
    assertThat(r.similarProjects().subList(0, 3)).anySatisfy(p -> assertThat(p.name()).contains("12345"));
    List<SuggestReport.Suggestion> all = r.groups().stream().flatMap(g -> g.indicators().stream()).toList();
    assertThat(all).extracting(s -> s.concept().id()).contains("satisfaction", "connection");
    assertThat(all).allSatisfy(s -> {
      // Wording to copy only where a target is known (the example's or its peers'), never a placeholder.
      if (s.wording() == null) {
        assertThat(s.peers()).isNull();
        assertThat(s.target() == null || s.target().isBlank() || s.target().equals("无") || s.target().equals("/")).isTrue();
      } else {
        assertThat(s.wording()).matches("\\d+、(产出|效益|满意度|成本)指标：.+，年度指标值：.+。").doesNotContain("请填写");
      }
      assertThat(s.usedBy()).isPositive();
    });
    assertThat(all).filteredOn(s -> s.wording() != null).isNotEmpty();
    SuggestReport.Suggestion satisfaction = all.stream().filter(s -> s.concept().id().equals("satisfaction")).findFirst().orElseThrow();
    assertThat(satisfaction.peers()).isNotNull();
    assertThat(satisfaction.peers().unit()).isEqualTo("%");
    // Groups follow the standard order: outputs, outcomes, satisfaction.
    List<String> order = r.groups().stream().map(SuggestReport.Group::level1).distinct().toList();
    assertThat(order.indexOf("产出指标")).isLessThan(order.indexOf("满意度指标"));
    assertThatThrownBy(() -> knowledge.suggestions().suggest(" ", null)).isInstanceOf(InvalidRequestException.class);
  }
}
