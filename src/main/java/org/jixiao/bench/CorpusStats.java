package org.jixiao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;

/**
 * The figures that make a corpus look like real tables or not, for setting a generated corpus beside
 * the real one: how often indicator names repeat (distinct names among n entries drawn at random, the
 * share of entries whose name occurs more than once, the share the ten commonest names take), how
 * many indicators a project has, how long goals are, and what targets are.
 *
 * @param entries indicators counted
 * @param samples the name figures among n entries drawn at random, for each n the corpus holds (and
 *     its whole size): repetition depends on how many entries one looks at, so corpora of different
 *     sizes are compared at the same n
 * @param namesPerProject mean indicators per project (projects with indicators)
 * @param goalMedian median goal length in characters (projects with a goal)
 * @param goalP90 90th percentile of goal lengths
 * @param targetKinds share of annual targets per kind (numeric, qualitative, text, empty)
 * @param percentShare share of numeric targets in %
 */
public record CorpusStats(
    int entries,
    Map<Integer, Names> samples,
    double namesPerProject,
    int goalMedian,
    int goalP90,
    Map<String, Double> targetKinds,
    double percentShare) {

  /**
   * How names repeat among n entries: distinct names per entry, the share of entries whose name occurs
   * more than once among them, the share the ten commonest names take.
   */
  public record Names(double distinct, double repeated, double top10) {}

  /** The sample sizes names are counted at (those a corpus is large enough for). */
  public static final List<Integer> SAMPLE_SIZES = List.of(100, 500, 1_000, 10_000, 100_000);

  public static CorpusStats of(List<Document> documents) {
    return of(documents, List.of());
  }

  /** The same, with names also counted among {@code alsoAt} entries (another corpus's size, to compare at). */
  public static CorpusStats of(List<Document> documents, List<Integer> alsoAt) {
    List<String> names = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Integer> perProject = new ArrayList<>();
    List<Integer> goals = new ArrayList<>();
    for (Document d : documents) {
      for (Project p : d.projects()) {
        if (!p.indicators().isEmpty()) {
          perProject.add(p.indicators().size());
        }
        if (p.goal() != null && !p.goal().isBlank()) {
          goals.add(p.goal().strip().codePointCount(0, p.goal().strip().length()));
        }
        for (Indicator i : p.indicators()) {
          if (i.name() != null && !i.name().isBlank()) {
            names.add(i.name().strip());
            targets.add(i.target());
          }
        }
      }
    }
    return of(names, targets, perProject, goals, alsoAt);
  }

  static CorpusStats of(List<String> names, List<Target> targets, List<Integer> perProject, List<Integer> goals,
      List<Integer> alsoAt) {
    Map<Integer, Names> samples = new java.util.TreeMap<>();
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, new Random(1));
    List<Integer> sizes = new ArrayList<>(SAMPLE_SIZES);
    sizes.addAll(alsoAt);
    for (int n : sizes) {
      if (n <= shuffled.size()) {
        samples.put(n, names(shuffled.subList(0, n)));
      }
    }
    samples.put(shuffled.size(), names(shuffled));
    Map<String, Double> kinds = new LinkedHashMap<>();
    long numeric = 0;
    long percent = 0;
    for (TargetKind k : TargetKind.values()) {
      kinds.put(k.code(), 0.0);
    }
    for (Target t : targets) {
      TargetKind k = t == null ? TargetKind.EMPTY : t.kind();
      kinds.merge(k.code(), 1.0, Double::sum);
      if (k == TargetKind.NUMERIC) {
        numeric++;
        if ("%".equals(t.unit())) {
          percent++;
        }
      }
    }
    int total = Math.max(1, targets.size());
    kinds.replaceAll((k, v) -> v / total);
    List<Integer> sortedGoals = goals.stream().sorted().toList();
    return new CorpusStats(names.size(), samples,
        perProject.stream().mapToInt(Integer::intValue).average().orElse(0),
        quantile(sortedGoals, 0.5), quantile(sortedGoals, 0.9), kinds, percent / (double) Math.max(1, numeric));
  }

  private static Names names(List<String> sample) {
    Map<String, Integer> counts = new HashMap<>();
    sample.forEach(n -> counts.merge(n, 1, Integer::sum));
    long repeated = sample.stream().filter(n -> counts.get(n) > 1).count();
    long top10 = counts.values().stream().sorted(Collections.reverseOrder()).limit(10).mapToLong(Integer::longValue).sum();
    double size = Math.max(1, sample.size());
    return new Names(counts.size() / size, repeated / size, top10 / size);
  }

  private static int quantile(List<Integer> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
  }

  /** The figures one per line, this corpus's beside {@code other}'s, with their ratio. */
  public String beside(String label, CorpusStats other, String otherLabel) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-34s %12s %12s %8s%n", "", label, otherLabel, "ratio"));
    row(b, "indicators", entries, other.entries);
    java.util.TreeSet<Integer> sizes = new java.util.TreeSet<>(samples.keySet());
    sizes.addAll(other.samples.keySet());
    for (int n : sizes) {
      Names a = samples.get(n);
      Names c = other.samples.get(n);
      row(b, "distinct names among " + n, a == null ? null : a.distinct(), c == null ? null : c.distinct());
      row(b, "  with a repeated name, among " + n, a == null ? null : a.repeated(), c == null ? null : c.repeated());
      row(b, "  under the 10 commonest, among " + n, a == null ? null : a.top10(), c == null ? null : c.top10());
    }
    row(b, "indicators per project", namesPerProject, other.namesPerProject);
    row(b, "goal length, median", goalMedian, other.goalMedian);
    row(b, "goal length, 90th percentile", goalP90, other.goalP90);
    for (String k : targetKinds.keySet()) {
      row(b, "targets " + k, targetKinds.get(k), other.targetKinds.get(k));
    }
    row(b, "numeric targets in %", percentShare, other.percentShare);
    return b.toString();
  }

  private static void row(StringBuilder b, String what, Number a, Number c) {
    String ratio = a == null || c == null || a.doubleValue() == 0 ? "" : String.format("%.2f", c.doubleValue() / a.doubleValue());
    b.append(String.format("%-34s %12s %12s %8s%n", what, format(a), format(c), ratio));
  }

  private static String format(Number n) {
    if (n == null) {
      return "-";
    }
    return n instanceof Integer ? String.valueOf(n) : String.format("%.3f", n.doubleValue());
  }
}
