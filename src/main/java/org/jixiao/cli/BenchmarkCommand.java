package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.knowledge.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code benchmark}: how peers set the targets of one concept (对标). */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "对标：同一概念的指标值分布与异常值 / targets of one concept across the corpus, with outliers")
final class BenchmarkCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--concept", paramLabel = "ID", description = "概念 id（见 concepts）/ concept id (see concepts)")
  String concept;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "或一个查询：取最相关指标的概念 / or a query: the best match's concept")
  String[] query;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((concept == null) == (query == null || query.length == 0)) {
      throw new IllegalArgumentException("请给出 --concept ID 或一个查询 / give --concept ID or a query");
    }
    return KnowledgeCommands.answer(spec, corpus, searchOptions, json,
        k -> (concept != null ? k.benchmarks().ofConcept(concept) : k.benchmarks().ofQuery(String.join(" ", query)))
            .orElseThrow(() -> new IllegalArgumentException("没有找到 / nothing found")), BenchmarkCommand::print);
  }

  private static void print(PrintWriter out, BenchmarkReport r) {
    out.printf("%s (%s): %d 个可比指标值 comparable targets%s%n", r.concept().label(), r.concept().id(), r.count(),
        r.unit() == null || r.unit().isEmpty() ? "" : "，单位 unit " + r.unit());
    if (r.stats() != null) {
      out.printf("  最小 min %s · p25 %s · 中位数 median %s · p75 %s · 最大 max %s%n", KnowledgeCommands.num(r.stats().min()),
          KnowledgeCommands.num(r.stats().p25()), KnowledgeCommands.num(r.stats().median()),
          KnowledgeCommands.num(r.stats().p75()), KnowledgeCommands.num(r.stats().max()));
      for (BenchmarkReport.Bin b : r.histogram()) {
        out.printf("  %8s – %-8s %s %d%n", KnowledgeCommands.num(b.from()), KnowledgeCommands.num(b.to()), "█".repeat(b.count()), b.count());
      }
    }
    for (BenchmarkReport.BenchmarkTarget t : r.outliers()) {
      out.printf("  %s %s %s · %s · %s%n", "lax".equals(t.outlier()) ? "偏松 lax   " : "偏严 strict", t.raw(), t.name(),
          KnowledgeCommands.nz(t.district() != null ? t.district() : t.city()), t.project());
    }
    if (!r.qualitative().isEmpty()) {
      out.printf("  定性或其他单位 qualitative or other units: %d%n", r.qualitative().size());
    }
    if (r.note() != null) {
      out.println("  " + r.note());
    }
  }
}
