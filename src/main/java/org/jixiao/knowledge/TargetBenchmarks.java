package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.ingest.concept.Concept;
import org.jixiao.ingest.concept.ConceptCatalog;
import org.jixiao.knowledge.lint.PeerRange;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Indicator;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.RecordSample;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;

/**
 * Benchmarks (对标): the distribution of the targets peers set for the same concept, and which targets
 * stand out. Only numeric targets in one unit are compared (95% with 98%, never 95% with 3次).
 * Reports are computed once per concept and kept: the index they describe does not change.
 */
public final class TargetBenchmarks implements Peers {

  /** Fewer targets than this make no distribution worth comparing against. */
  static final int MIN_PEERS = 4;
  /** Peers read for a lint's target range: quartiles of an even sample this size are close enough for advice. */
  static final int PEER_SAMPLE = 2_000;
  private static final double FENCE = 1.5;

  private final SearchBackend searcher;
  private final Map<String, BenchmarkReport> byConcept = new ConcurrentHashMap<>();
  private final Map<String, Optional<PeerRange>> peersByConcept = new ConcurrentHashMap<>();

  private final int peerSample;

  public TargetBenchmarks(SearchBackend searcher) {
    this(searcher, PEER_SAMPLE);
  }

  TargetBenchmarks(SearchBackend searcher, int peerSample) {
    this.searcher = searcher;
    this.peerSample = peerSample;
  }

  /** The benchmark of a concept; empty when no indicator measures it. */
  public Optional<BenchmarkReport> ofConcept(String conceptId) throws IOException {
    BenchmarkReport cached = byConcept.get(conceptId);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<IndicatorRecord> records = searcher.corpus().indicatorsOfConcept(conceptId);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Concept concept = ConceptCatalog.standard().byId(conceptId)
        .orElse(new Concept(conceptId, records.get(0).conceptLabel()));
    BenchmarkReport report = compute(new ConceptRef(concept.id(), concept.label()), records);
    byConcept.put(conceptId, report);
    return Optional.of(report);
  }

  /** The benchmark of the concept of the best match for {@code query}; empty when nothing matches. */
  public Optional<BenchmarkReport> ofQuery(String query) throws IOException {
    List<Hit> hits = searcher.search(new SearchRequest(query, "indicator", 1, 0, Map.of(), SearchMode.HYBRID)).hits();
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    return ofConcept(((IndicatorHit) hits.get(0)).record().conceptId());
  }

  /** Peers for the lint: the range of the indicator's concept, when its target shares the unit. */
  @Override
  public Optional<PeerRange> of(Indicator indicator) {
    Target t = indicator.target();
    if (t == null || t.kind() != TargetKind.NUMERIC || t.value() == null) {
      return Optional.empty();
    }
    try {
      Optional<PeerRange> range = peersOf(ConceptCatalog.standard().classify(indicator.name()).id());
      return range.filter(r -> r.count() >= MIN_PEERS && r.unit().equals(unitOf(t)));
    } catch (IOException e) {
      return Optional.empty(); // peers are advice; an unreadable index gives none
    }
  }

  /**
   * The concept's target range for the lint, kept per concept. The search page lints every hit, so
   * this must stay cheap at any corpus size: the quartiles come from an even sample of at most
   * {@link #PEER_SAMPLE} peers (a full benchmark, when one was already computed, is used as is), and
   * the count is scaled from the sample to the whole concept.
   */
  private Optional<PeerRange> peersOf(String conceptId) throws IOException {
    Optional<PeerRange> cached = peersByConcept.get(conceptId);
    if (cached != null) {
      return cached;
    }
    BenchmarkReport full = byConcept.get(conceptId);
    Optional<PeerRange> range;
    if (full != null) {
      range = range(full, 1.0);
    } else {
      RecordSample<IndicatorRecord> sample = searcher.corpus().sampleOfConcept(conceptId, peerSample);
      if (sample.records().isEmpty()) {
        range = Optional.empty();
      } else {
        Concept concept = ConceptCatalog.standard().byId(conceptId)
            .orElse(new Concept(conceptId, sample.records().get(0).conceptLabel()));
        BenchmarkReport report = compute(new ConceptRef(concept.id(), concept.label()), sample.records());
        range = range(report, (double) sample.total() / sample.records().size());
        if (sample.complete()) {
          byConcept.putIfAbsent(conceptId, report);
        }
      }
    }
    peersByConcept.put(conceptId, range);
    return range;
  }

  private static Optional<PeerRange> range(BenchmarkReport r, double scale) {
    if (r.stats() == null) {
      return Optional.empty();
    }
    return Optional.of(new PeerRange(r.concept().id(), r.concept().label(), r.unit(), (int) Math.round(r.count() * scale),
        r.stats().min(), r.stats().p25(), r.stats().median(), r.stats().p75(), r.stats().max()));
  }

  static BenchmarkReport compute(ConceptRef concept, List<IndicatorRecord> records) {
    String unit = mainUnit(records);
    List<IndicatorRecord> compared = new ArrayList<>();
    List<BenchmarkReport.BenchmarkTarget> qualitative = new ArrayList<>();
    for (IndicatorRecord r : records) {
      Target t = r.target();
      if (unit != null && isNumeric(t) && unitOf(t).equals(unit)) {
        compared.add(r);
      } else if (t != null && !t.isEmpty()) {
        qualitative.add(target(r, null));
      }
    }
    if (compared.isEmpty()) {
      // Nothing to put on a scale: every member is still listed, with what was written and achieved.
      List<BenchmarkReport.BenchmarkTarget> members = records.stream().map(r -> target(r, null)).toList();
      return new BenchmarkReport(concept, null, 0, null, List.of(), List.of(), List.of(), members,
          records.size() + " 个同类指标都没有可比较的数值指标值（定性或空白），逐条列出指标值和完成值 / no numeric targets to compare among "
              + records.size() + " indicators: each is listed with its target and actual");
    }
    double[] values = compared.stream().mapToDouble(r -> r.target().value()).sorted().toArray();
    BenchmarkReport.Stats stats = new BenchmarkReport.Stats(
        values[0], quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75), values[values.length - 1]);
    double iqr = stats.p75() - stats.p25();
    double low = stats.p25() - FENCE * iqr;
    double high = stats.p75() + FENCE * iqr;
    List<BenchmarkReport.BenchmarkTarget> targets = new ArrayList<>();
    List<BenchmarkReport.BenchmarkTarget> outliers = new ArrayList<>();
    for (IndicatorRecord r : compared) {
      double v = r.target().value();
      String mark = null;
      if (values.length >= MIN_PEERS && (v < low || v > high)) {
        boolean higher = v > high;
        boolean stricter = Direction.of(r.name(), r.target()) == Direction.HIGHER_IS_STRICTER ? higher : !higher;
        mark = stricter ? "strict" : "lax";
      }
      BenchmarkReport.BenchmarkTarget bt = target(r, mark);
      targets.add(bt);
      if (mark != null) {
        outliers.add(bt);
      }
    }
    String note = values.length < MIN_PEERS
        ? "可比较的指标值少于 " + MIN_PEERS + " 个，不标记异常值 / fewer than " + MIN_PEERS + " comparable targets: no outliers marked"
        : null;
    return new BenchmarkReport(concept, unit, values.length, stats, histogram(values), targets, outliers, qualitative, note);
  }

  /** The unit most of the records' numeric targets are in (the first of equals), or null without any. */
  static String mainUnit(List<IndicatorRecord> records) {
    Map<String, Integer> unitCounts = new LinkedHashMap<>();
    for (IndicatorRecord r : records) {
      Target t = r.target();
      if (isNumeric(t)) {
        unitCounts.merge(unitOf(t), 1, Integer::sum);
      }
    }
    return unitCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  static boolean isNumeric(Target t) {
    return t != null && t.kind() == TargetKind.NUMERIC && t.value() != null;
  }

  /** The unit compared on: none is its own unit (a bare ≤3 is not 3%). */
  static String unitOf(Target t) {
    return t.unit() == null ? "" : t.unit().strip();
  }

  /** Linear interpolation between closest ranks (R's type 7, numpy's default). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  static List<BenchmarkReport.Bin> histogram(double[] sorted) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (min == max) {
      return List.of(new BenchmarkReport.Bin(min, max, sorted.length));
    }
    int bins = Math.max(2, Math.min(10, (int) Math.ceil(Math.sqrt(sorted.length)) + 1));
    double width = (max - min) / bins;
    int[] counts = new int[bins];
    for (double v : sorted) {
      counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
    }
    List<BenchmarkReport.Bin> out = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      out.add(new BenchmarkReport.Bin(min + i * width, i == bins - 1 ? max : min + (i + 1) * width, counts[i]));
    }
    return out;
  }

  private static BenchmarkReport.BenchmarkTarget target(IndicatorRecord r, String outlier) {
    Target t = r.target();
    return new BenchmarkReport.BenchmarkTarget(r.id(), r.name(), r.city(), r.district(), r.unit(), r.project(),
        r.projectId(), r.year(), t == null ? null : t.raw(), t == null || t.op() == null ? null : t.op().symbol(),
        t == null ? null : t.value(), t == null ? null : t.unit(), outlier,
        r.evaluation() == null || r.evaluation().actual() == null ? null : r.evaluation().actual().raw());
  }
}
