package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.ingest.concept.ConceptCatalog;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.search.SearchBackend;

/** Side-by-side comparison of districts, cities or units. */
public final class Comparisons {

  private static final Set<String> DIMENSIONS = Set.of("city", "district", "unit");

  private final SearchBackend searcher;
  private final ProjectScorer scorer;

  public Comparisons(SearchBackend searcher, ProjectScorer scorer) {
    this.searcher = searcher;
    this.scorer = scorer;
  }

  public CompareReport compare(String by, List<String> values) throws IOException {
    checkDimension(by);
    List<String> asked = values == null ? List.of()
        : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    if (asked.size() < 2 || asked.size() > 3) {
      throw new InvalidRequestException("请给出两到三个比较对象 / give two or three values to compare (values=A,B[,C])");
    }
    List<String> distinct = new ArrayList<>();
    for (String value : asked) {
      String resolved = resolve(by, value);
      if (!distinct.contains(resolved)) {
        distinct.add(resolved);
      }
    }
    if (distinct.size() < 2) {
      throw new InvalidRequestException("请给出两到三个不同的比较对象 / give two or three different values to compare");
    }
    List<CompareReport.Side> sides = new ArrayList<>();
    Map<String, Map<String, List<IndicatorRecord>>> conceptsBySide = new LinkedHashMap<>();
    for (String value : distinct) {
      List<ProjectRecord> projects = searcher.corpus().projectsWhere(by, value);
      List<IndicatorRecord> indicators = searcher.corpus().indicatorsWhere(by, value);
      sides.add(side(value, projects, indicators));
      conceptsBySide.put(value, indicators.stream()
          .collect(Collectors.groupingBy(IndicatorRecord::conceptId, TreeMap::new, Collectors.toList())));
    }
    Set<String> all = new LinkedHashSet<>();
    conceptsBySide.values().forEach(m -> all.addAll(m.keySet()));
    List<CompareReport.SharedConcept> shared = new ArrayList<>();
    Map<String, List<ConceptRef>> only = new LinkedHashMap<>();
    distinct.forEach(v -> only.put(v, new ArrayList<>()));
    for (String concept : all) {
      List<String> having = distinct.stream().filter(v -> conceptsBySide.get(v).containsKey(concept)).toList();
      ConceptRef ref = ref(concept, conceptsBySide.get(having.get(0)).get(concept).get(0));
      if (having.size() == distinct.size()) {
        // One unit for the concept on every side: medians of 80% and 186个 side by side compare nothing.
        String unit = TargetBenchmarks.mainUnit(distinct.stream().flatMap(v -> conceptsBySide.get(v).get(concept).stream()).toList());
        Map<String, CompareReport.SideTargets> bySide = new LinkedHashMap<>();
        for (String v : distinct) {
          bySide.put(v, targets(conceptsBySide.get(v).get(concept), unit));
        }
        shared.add(new CompareReport.SharedConcept(ref, bySide));
      } else if (having.size() == 1) {
        only.get(having.get(0)).add(ref);
      }
    }
    shared.sort(Comparator.comparingInt((CompareReport.SharedConcept s) ->
        -s.bySide().values().stream().mapToInt(CompareReport.SideTargets::count).sum()));
    return new CompareReport(by, sides, shared, only);
  }

  /** What can be compared along {@code by}: every value with its number of indicators, most first. */
  public CompareReport.Options options(String by) throws IOException {
    checkDimension(by);
    List<CompareReport.Option> out = new ArrayList<>();
    searcher.corpus().indicatorCounts(by).forEach((value, count) -> out.add(new CompareReport.Option(value, count)));
    return new CompareReport.Options(by, out);
  }

  private static void checkDimension(String by) {
    if (by == null || !DIMENSIONS.contains(by)) {
      throw new InvalidRequestException("by 须为 city、district 或 unit / by must be city, district or unit");
    }
  }

  /**
   * The value a person meant: as given when something is filed under it, else the one value that
   * contains it ("海珠" → 海珠区, "热线" → the one unit with 热线 in its name). Several is a question
   * back, none an error; both name what there is.
   */
  private String resolve(String by, String value) throws IOException {
    if (!searcher.corpus().projectsWhere(by, value).isEmpty()) {
      return value;
    }
    List<String> containing = searcher.corpus().indicatorCounts(by).keySet().stream().filter(v -> v.contains(value)).toList();
    if (containing.size() == 1) {
      return containing.get(0);
    }
    if (containing.size() > 1) {
      String some = String.join("、", containing.subList(0, Math.min(8, containing.size())));
      throw new InvalidRequestException("“" + value + "”可指：" + some + (containing.size() > 8 ? " 等" : "") + "，请选一个 / \""
          + value + "\" matches several: " + some.replace("、", ", "));
    }
    throw new org.jixiao.search.NotFoundException("没有找到：" + value + " / nothing found for " + by + "=" + value);
  }

  private CompareReport.Side side(String value, List<ProjectRecord> projects, List<IndicatorRecord> indicators) {
    // No budget at all (some tables state none) is unknown, not zero.
    BigDecimal budget = projects.stream().anyMatch(p -> p.budget() != null && p.budget().total() != null)
        ? projects.stream()
            .map(p -> p.budget() == null || p.budget().total() == null ? BigDecimal.ZERO : p.budget().total())
            .reduce(BigDecimal.ZERO, BigDecimal::add)
        : null;
    Map<String, Long> level1 = count(indicators, IndicatorRecord::level1);
    Map<String, Long> level2 = count(indicators, IndicatorRecord::level2);
    long quantitative = indicators.stream().filter(i -> i.target() != null && i.target().kind() == TargetKind.NUMERIC).count();
    Map<String, List<IndicatorRecord>> byProject = indicators.stream().collect(Collectors.groupingBy(IndicatorRecord::projectId));
    double meanScore = projects.stream()
        .mapToInt(p -> scorer.score(p, byProject.getOrDefault(p.id(), List.of())))
        .average().orElse(0);
    return new CompareReport.Side(value, projects.size(), budget, indicators.size(), level1, level2,
        indicators.isEmpty() ? 0 : (double) quantitative / indicators.size(), Math.round(meanScore * 10) / 10.0);
  }

  private static Map<String, Long> count(List<IndicatorRecord> indicators, java.util.function.Function<IndicatorRecord, String> key) {
    Map<String, Long> out = new LinkedHashMap<>();
    indicators.stream().map(key).map(k -> k == null ? "未分类" : k)
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()))
        .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A side's targets of a concept: how many, the median of those in {@code unit}, a few as written. */
  private static CompareReport.SideTargets targets(List<IndicatorRecord> records, String unit) {
    List<Double> values = new ArrayList<>();
    for (IndicatorRecord r : records) {
      Target t = r.target();
      if (unit != null && TargetBenchmarks.isNumeric(t) && TargetBenchmarks.unitOf(t).equals(unit)) {
        values.add(t.value());
      }
    }
    Double median = values.isEmpty() ? null
        : TargetBenchmarks.quantile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5);
    List<String> examples = records.stream().map(IndicatorRecord::target)
        .filter(t -> t != null && !t.isEmpty()).map(Target::raw).distinct().limit(3).toList();
    return new CompareReport.SideTargets(records.size(), median, median == null ? null : unit, examples);
  }

  private static ConceptRef ref(String id, IndicatorRecord any) {
    return ConceptCatalog.standard().byId(id).map(c -> new ConceptRef(c.id(), c.label())).orElse(new ConceptRef(id, any.conceptLabel()));
  }
}
