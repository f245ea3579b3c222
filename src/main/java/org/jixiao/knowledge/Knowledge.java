package org.jixiao.knowledge;

import org.jixiao.knowledge.lint.Linter;
import org.jixiao.search.SearchBackend;
import org.jixiao.util.LruMap;

/**
 * The knowledge services over one index, built once and shared by the API and the command line.
 * The benchmarks are the lint's peers, so a target is judged against the corpus it sits in.
 */
public final class Knowledge {

  private final Concepts concepts;
  private final TargetBenchmarks benchmarks;
  private final Linter linter;
  private final Comparisons comparisons;
  private final Suggestions suggestions;
  private final SearchBackend searcher;
  /** Known qualities, an absent one too (an id that is not an indicator's): each is computed once. */
  private final java.util.Map<String, java.util.Optional<org.jixiao.knowledge.lint.IndicatorLint>> qualities =
      new LruMap<>(50_000);

  public Knowledge(SearchBackend searcher) {
    this.searcher = searcher;
    this.concepts = new Concepts(searcher);
    this.benchmarks = new TargetBenchmarks(searcher);
    this.linter = new Linter(benchmarks);
    this.comparisons = new Comparisons(searcher, new LintScorer(benchmarks));
    this.suggestions = new Suggestions(searcher, benchmarks, linter);
  }

  /**
   * The lint of one indicator on its own (its project's rules left out), for result cards; empty when
   * there is no such indicator.
   */
  public java.util.Optional<org.jixiao.knowledge.lint.IndicatorLint> indicatorQuality(String indicatorId) throws java.io.IOException {
    java.util.Optional<org.jixiao.knowledge.lint.IndicatorLint> known = known(indicatorId);
    if (known != null) {
      return known;
    }
    java.util.Optional<org.jixiao.model.IndicatorRecord> record = searcher.corpus().indicator(indicatorId);
    if (record.isEmpty()) {
      synchronized (qualities) {
        qualities.put(indicatorId, java.util.Optional.empty()); // an id that is no indicator's, asked once
      }
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(qualityOf(record.get()));
  }

  /** The quality of an indicator already read, computed once (the index behind this object never changes). */
  private org.jixiao.knowledge.lint.IndicatorLint qualityOf(org.jixiao.model.IndicatorRecord r) {
    java.util.Optional<org.jixiao.knowledge.lint.IndicatorLint> known = known(r.id());
    if (known != null && known.isPresent()) {
      return known.get();
    }
    org.jixiao.knowledge.lint.IndicatorLint computed = computeQuality(r);
    synchronized (qualities) {
      qualities.put(r.id(), java.util.Optional.of(computed));
    }
    return computed;
  }

  /** What is known of an id's quality: null when it was never asked. */
  private java.util.Optional<org.jixiao.knowledge.lint.IndicatorLint> known(String indicatorId) {
    synchronized (qualities) {
      return qualities.get(indicatorId);
    }
  }

  /** How many indicators' qualities are known (computed and kept): what a warm-up has prepared. */
  public int qualitiesKnown() {
    synchronized (qualities) {
      return qualities.size();
    }
  }

  /**
   * The quality scores a search sorts by: an indicator's as on its result card, a project's as on
   * its page (judged with its indicators against the corpus).
   */
  public org.jixiao.search.QualityScores qualityScores() {
    return qualityScores;
  }

  /** One instance, so that a search sorted by quality and kept (see Searcher) is found again. */
  private final org.jixiao.search.QualityScores qualityScores = new org.jixiao.search.QualityScores() {
    @Override
    public java.util.OptionalDouble ofIndicator(org.jixiao.model.IndicatorRecord indicator) {
      return java.util.OptionalDouble.of(qualityOf(indicator).score());
    }

    @Override
    public java.util.OptionalDouble ofProject(org.jixiao.model.ProjectRecord project) throws java.io.IOException {
      return projectQuality(project.id()).flatMap(r -> r.projects().stream().findFirst())
          .map(p -> java.util.OptionalDouble.of(p.score())).orElse(java.util.OptionalDouble.empty());
    }
  };

  private org.jixiao.knowledge.lint.IndicatorLint computeQuality(org.jixiao.model.IndicatorRecord r) {
    org.jixiao.model.ProjectRecord alone = new org.jixiao.model.ProjectRecord(r.projectId(), r.documentId(), null, r.documentKind(),
        r.city(), r.district(), r.department(), r.unit(), null, r.project(), r.year(), null, null, null, 1, java.util.List.of(r.name()),
        java.util.List.of(), null, java.util.List.of(), r.source());
    var report = linter.lint(LintScorer.asDocument(alone, java.util.List.of(r)));
    return report.projects().stream().flatMap(p -> p.indicators().stream()).findFirst().orElseThrow();
  }

  /** The lint of an indexed project, judged against the corpus; empty when there is no such project. */
  public java.util.Optional<org.jixiao.knowledge.lint.LintReport> projectQuality(String projectId) throws java.io.IOException {
    return searcher.corpus().project(projectId).map(d -> linter.lint(LintScorer.asDocument(d.project(), d.indicators())));
  }

  public Concepts concepts() {
    return concepts;
  }

  public TargetBenchmarks benchmarks() {
    return benchmarks;
  }

  public Linter linter() {
    return linter;
  }

  public Comparisons comparisons() {
    return comparisons;
  }

  public Suggestions suggestions() {
    return suggestions;
  }
}
