package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.knowledge.ConceptSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code concepts}: what the corpus measures, most measured first, with counts by region. */
@Command(name = "concepts", mixinStandardHelpOptions = true, description = "指标概念及各地区数量 / indicator concepts with counts by region")
final class ConceptsCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--min", description = "至少被测量次数 / only concepts measured at least this often (default: ${DEFAULT-VALUE})")
  int min = 2;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return KnowledgeCommands.answer(spec, corpus, searchOptions, json,
        k -> k.concepts().list(Math.max(1, min)), ConceptsCommand::print);
  }

  private static void print(PrintWriter out, List<ConceptSummary> r) {
    for (ConceptSummary c : r) {
      out.printf("%-28s %4d  %s  %s%n", c.id(), c.count(), c.label(), c.byRegion());
    }
  }
}
