package org.jixiao.knowledge.lint;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Budget;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Project;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;
import org.jixiao.model.YearBasis;

/** Small hand-written model fixtures, with targets read by the real parser, and the seed corpus. */
final class Fixtures {

  static final String FILE = "fixture.txt";

  private Fixtures() {}

  /** The five seed documents keyed by their number ({@code 000} … {@code 004}). */
  static Map<String, Document> seeds() throws Exception {
    IngestResult result = Ingestor.standard().ingest(List.of(Path.of("data")));
    return result.documents().stream().collect(Collectors.toMap(d -> d.sourceFile().substring(0, 3), Function.identity()));
  }

  /** An indicator with an annual target parsed from {@code annual} (no target when null). */
  static Indicator indicator(String level1, String level2, String name, String annual) {
    List<Target> targets = annual == null ? List.of() : List.of(TargetParser.parse(annual, Period.ANNUAL));
    return new Indicator("i", level1, level2, name, null, null, null, targets, null, new Provenance(FILE, 7));
  }

  /** An output indicator (产出指标, no level 2) with an annual target. */
  static Indicator output(String name, String annual) {
    return indicator("产出指标", null, name, annual);
  }

  static Indicator withFormula(Indicator i, String formula) {
    return new Indicator(i.id(), i.level1(), i.level2(), i.name(), i.level1Raw(), i.level2Raw(), formula, i.targets(), i.evaluation(), i.source());
  }

  static Indicator withCycle(Indicator i, String cycle) {
    List<Target> targets = new ArrayList<>(i.targets());
    targets.add(0, TargetParser.parse(cycle, Period.CYCLE));
    return new Indicator(i.id(), i.level1(), i.level2(), i.name(), i.level1Raw(), i.level2Raw(), i.formula(), targets, i.evaluation(), i.source());
  }

  static Indicator withEvaluation(Indicator i, String actual, boolean sharedWithRow) {
    Evaluation e = new Evaluation(TargetParser.parse(actual, null), 10.0, "100%", 10.0, sharedWithRow);
    return new Indicator(i.id(), i.level1(), i.level2(), i.name(), i.level1Raw(), i.level2Raw(), i.formula(), i.targets(), e, i.source());
  }

  static Project project(String name, String goal, List<String> flags, Indicator... indicators) {
    return project(name, goal, null, flags, indicators);
  }

  static Project project(String name, String goal, String total, List<String> flags, Indicator... indicators) {
    Budget budget = total == null ? null : new Budget(new BigDecimal(total), new BigDecimal(total), null, null, total, "万元");
    return new Project("p", name, "某单位", null, "某部门", "广州市", null, budget, goal, List.of(indicators), List.of(), null, flags,
        new Provenance(FILE, 5));
  }

  static Project project(String name, Indicator... indicators) {
    return project(name, "做好日常运行保障。", List.of(), indicators);
  }

  static Document document(DocumentKind kind, String declaredTotal, Project... projects) {
    return new Document("d", FILE, kind, "项目支出绩效目标表", "广州市", null, "某部门", "某单位", 2023, YearBasis.STATED,
        declaredTotal == null ? null : new BigDecimal(declaredTotal), List.of(projects), List.of());
  }

  static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }
}
