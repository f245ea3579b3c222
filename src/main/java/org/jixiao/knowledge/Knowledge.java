package org.jixiao.knowledge;

import org.jixiao.knowledge.lint.Linter;
import org.jixiao.search.Searcher;

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

  public Knowledge(Searcher searcher) {
    this.concepts = new Concepts(searcher);
    this.benchmarks = new TargetBenchmarks(searcher);
    this.linter = new Linter(benchmarks);
    this.comparisons = new Comparisons(searcher, new LintScorer(benchmarks));
    this.suggestions = new Suggestions(searcher, benchmarks, linter);
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
