package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.knowledge.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: two or three districts, cities or units side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "地区或单位对比 / compare districts, cities or units")
final class CompareCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--by", description = "city、district 或 unit (default: ${DEFAULT-VALUE})")
  String by = "district";

  @Parameters(arity = "2..3", paramLabel = "VALUE", description = "两到三个比较对象 / two or three values")
  List<String> values;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return KnowledgeCommands.answer(spec, corpus, searchOptions, json,
        k -> k.comparisons().compare(by, values), CompareCommand::print);
  }

  private static void print(PrintWriter out, CompareReport r) {
    for (CompareReport.Side s : r.sides()) {
      out.printf("%s: %d 个项目 projects, %s 万元, %d 个指标 indicators, 定量 quantitative %.0f%%, 质量分 quality %.1f%n  %s%n",
          s.value(), s.projects(), s.budget() == null ? "-" : s.budget().toPlainString(), s.indicators(), s.quantitativeShare() * 100, s.meanScore(), s.byLevel1());
    }
    out.println("共同概念 / shared concepts:");
    for (CompareReport.SharedConcept c : r.shared()) {
      StringBuilder line = new StringBuilder("  " + c.concept().label() + ":");
      c.bySide().forEach((side, t) -> line.append("  ").append(side).append(" ").append(t.count()).append("× ")
          .append(t.median() == null ? "" : "median " + KnowledgeCommands.num(t.median()) + t.unit() + " ").append(t.examples()));
      out.println(line);
    }
    r.only().forEach((side, list) -> out.printf("仅 %s / only %s: %s%n", side, side,
        list.stream().map(c -> c.label()).limit(20).toList()));
  }
}
