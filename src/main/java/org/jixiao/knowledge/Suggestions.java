package org.jixiao.knowledge;

import org.jixiao.model.ConceptRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.knowledge.lint.IndicatorLint;
import org.jixiao.knowledge.lint.Linter;
import org.jixiao.knowledge.lint.PeerRange;
import org.jixiao.knowledge.lint.ProjectLint;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.jixiao.search.Hit;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.search.ProjectDetail;
import org.jixiao.search.ProjectHit;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;

/**
 * Recommends indicators for a project being drafted: find the most similar projects of the corpus
 * (hybrid search on the name and goal), pool their indicators by concept, and put forward, for each
 * concept the similar projects share, its best-formed example with the peers' target range.
 *
 * <p>Ranking: a concept counts once per similar project that measures it, weighted by how similar
 * that project is; among a concept's examples, one with a numeric target, a formula and a level 2
 * beats one without, then the better lint score. Examples the lint faults for a mistake a drafter
 * should not copy (no target, money as a result, complaints as satisfaction) are never offered.
 */
public final class Suggestions {

  static final int SIMILAR_PROJECTS = 12;
  static final int MAX_SUGGESTIONS = 15;
  private static final List<String> LEVEL1_ORDER = List.of("产出指标", "效益指标", "满意度指标", "成本指标");

  /** Findings that disqualify an example however common it is: it would teach the drafter a mistake. */
  private static final java.util.Set<String> DISQUALIFYING = java.util.Set.of(
      "target-missing", "input-as-result", "complaint-as-satisfaction", "level2-mismatch", "qualitative-for-number");

  private final SearchBackend searcher;
  private final TargetBenchmarks benchmarks;
  private final Linter linter;

  public Suggestions(SearchBackend searcher, TargetBenchmarks benchmarks, Linter linter) {
    this.searcher = searcher;
    this.benchmarks = benchmarks;
    this.linter = linter;
  }

  public SuggestReport suggest(String project, String goal) throws IOException {
    String text = ((project == null ? "" : project.strip()) + " " + (goal == null ? "" : goal.strip())).strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException("请给出项目名称或绩效目标 / give the project's name or goal");
    }
    if (text.length() > SearchRequest.MAX_QUERY_CHARS) {
      text = text.substring(0, SearchRequest.MAX_QUERY_CHARS); // the name and the goal's opening say enough
    }
    List<Hit> hits = searcher.search(new SearchRequest(text, "project", SIMILAR_PROJECTS, 0, Map.of(), SearchMode.HYBRID)).hits();
    List<SuggestReport.SimilarProject> similar = new ArrayList<>();
    Map<String, Double> weight = new HashMap<>();
    Map<String, List<IndicatorRecord>> examples = new LinkedHashMap<>();
    Map<String, Integer> quality = new HashMap<>();
    for (int rank = 0; rank < hits.size(); rank++) {
      ProjectHit hit = (ProjectHit) hits.get(rank);
      org.jixiao.model.ProjectRecord p = hit.record();
      similar.add(new SuggestReport.SimilarProject(p.id(), p.name(), p.unit(), p.city(), p.district(), hit.score()));
      double w = 1.0 / (1 + rank);
      java.util.Set<String> counted = new java.util.HashSet<>();
      Optional<ProjectDetail> detail = searcher.corpus().project(p.id());
      if (detail.isEmpty()) {
        continue;
      }
      Map<String, IndicatorLint> lints = lintById(detail.get());
      for (IndicatorRecord i : detail.get().indicators()) {
        IndicatorLint lint = lints.get(i.id());
        if (lint != null && lint.findings().stream().anyMatch(f -> DISQUALIFYING.contains(f.rule()))) {
          continue;
        }
        examples.computeIfAbsent(i.conceptId(), c -> new ArrayList<>()).add(i);
        quality.put(i.id(), lint == null ? 0 : lint.score());
        if (counted.add(i.conceptId())) {
          weight.merge(i.conceptId(), w, Double::sum);
        }
      }
    }
    List<String> concepts = new ArrayList<>(examples.keySet());
    concepts.sort(Comparator.comparingDouble((String c) -> -weight.get(c)).thenComparing(c -> c));
    List<SuggestReport.Suggestion> picked = new ArrayList<>();
    for (String concept : concepts.subList(0, Math.min(MAX_SUGGESTIONS, concepts.size()))) {
      List<IndicatorRecord> candidates = examples.get(concept);
      IndicatorRecord best = candidates.stream()
          .max(Comparator.comparingInt((IndicatorRecord i) -> formScore(i) * 100 + quality.getOrDefault(i.id(), 0)))
          .orElseThrow();
      int usedBy = (int) candidates.stream().map(IndicatorRecord::projectId).distinct().count();
      Optional<PeerRange> peers = benchmarks.of(best.indicator());
      picked.add(new SuggestReport.Suggestion(new ConceptRef(concept, best.conceptLabel()), best.name(), best.level1(),
          best.level2(), best.target() == null ? null : best.target().raw(), best.formula(), usedBy, peers.orElse(null),
          null, best.id(), best.project(), best.unit()));
    }
    return new SuggestReport(similar, group(picked));
  }

  private Map<String, IndicatorLint> lintById(ProjectDetail detail) {
    Map<String, IndicatorLint> out = new HashMap<>();
    for (ProjectLint p : linter.lint(LintScorer.asDocument(detail.project(), detail.indicators())).projects()) {
      for (IndicatorLint i : p.indicators()) {
        out.put(i.indicator().id(), i);
      }
    }
    return out;
  }

  /** How well formed an example is: numeric target, formula, level 2, not empty. */
  static int formScore(IndicatorRecord i) {
    Target t = i.target();
    int s = 0;
    if (t != null && t.kind() == TargetKind.NUMERIC) {
      s += 4;
    } else if (t != null && !t.isEmpty()) {
      s += 1;
    }
    if (i.formula() != null) {
      s += 2;
    }
    if (i.level2() != null) {
      s += 1;
    }
    return s;
  }

  private static List<SuggestReport.Group> group(List<SuggestReport.Suggestion> picked) {
    Map<String, List<SuggestReport.Suggestion>> byLevels = new LinkedHashMap<>();
    picked.stream()
        .sorted(Comparator.comparingInt((SuggestReport.Suggestion s) -> level1Rank(s.level1()))
            .thenComparing(s -> s.level2() == null ? "" : s.level2()))
        .forEach(s -> byLevels.computeIfAbsent(s.level1() + "\u0000" + (s.level2() == null ? "" : s.level2()), k -> new ArrayList<>()).add(s));
    List<SuggestReport.Group> groups = new ArrayList<>();
    int n = 1;
    for (List<SuggestReport.Suggestion> items : byLevels.values()) {
      List<SuggestReport.Suggestion> worded = new ArrayList<>();
      for (SuggestReport.Suggestion s : items) {
        worded.add(new SuggestReport.Suggestion(s.concept(), s.name(), s.level1(), s.level2(), s.target(), s.formula(),
            s.usedBy(), s.peers(), wording(n++, s), s.exampleId(), s.exampleProject(), s.exampleUnit()));
      }
      groups.add(new SuggestReport.Group(items.get(0).level1(), items.get(0).level2(), worded));
    }
    return groups;
  }

  /**
   * The standard form: {@code 1、产出指标：名称（公式），年度指标值：≥95%。}, or null when neither the example
   * nor its peers give a target: a suggestion without one is never offered as wording to copy.
   */
  static String wording(int n, SuggestReport.Suggestion s) {
    StringBuilder b = new StringBuilder().append(n).append('、').append(s.level1() == null ? "产出指标" : s.level1()).append('：')
        .append(s.name());
    if (s.formula() != null && !s.formula().isBlank()) {
      b.append('（').append(s.formula()).append('）');
    }
    String target = s.target();
    if (target == null || target.isBlank() || target.equals("无") || target.equals("/")) {
      String op = Direction.of(s.name(), null) == Direction.HIGHER_IS_STRICTER ? "≥" : "≤";
      if (s.peers() == null) {
        return null;
      }
      target = op + trim(s.peers().median()) + s.peers().unit();
    }
    return b.append("，年度指标值：").append(target).append('。').toString();
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static int level1Rank(String level1) {
    int i = LEVEL1_ORDER.indexOf(level1);
    return i < 0 ? LEVEL1_ORDER.size() : i;
  }
}
