package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.ingest.Ingestor;
import org.jixiao.knowledge.DraftLint;
import org.jixiao.knowledge.lint.Finding;
import org.jixiao.knowledge.lint.IndicatorLint;
import org.jixiao.knowledge.lint.LintReport;
import org.jixiao.knowledge.lint.ProjectLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lint}: a table's weak indicators, by line, judged against the indexed corpus. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "检查绩效目标表的指标质量 / check a table for weak indicators")
final class LintCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Parameters(paramLabel = "FILE", description = "要检查的表格文件 / the table to check")
  Path file;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("文件不存在 / no such file: " + file);
    }
    return KnowledgeCommands.answer(spec, corpus, searchOptions, json,
        k -> new DraftLint(Ingestor.standard(), k.linter()).lint(file.getFileName().toString(), Files.readAllBytes(file)), LintCommand::print);
  }

  private static void print(PrintWriter out, LintReport r) {
    for (Finding f : r.findings()) {
      printFinding(out, f, "");
    }
    for (ProjectLint p : r.projects()) {
      out.printf("项目 %s（%s）得分 score %d%n", p.project().name(), KnowledgeCommands.nz(p.project().unit()), p.score());
      p.findings().forEach(f -> printFinding(out, f, "  "));
      for (IndicatorLint i : p.indicators()) {
        for (Finding f : i.findings()) {
          printFinding(out, f, "  " + i.indicator().name() + " (" + i.score() + ") ");
        }
      }
    }
    r.warnings().forEach(w -> out.println("警告 / warning: " + w));
  }

  private static void printFinding(PrintWriter out, Finding f, String prefix) {
    out.printf("%s第%s行 [%s] %s: %s — 建议 / suggestion: %s%n", prefix, f.line() == null ? "?" : f.line(),
        f.severity().code(), f.rule(), f.message(), f.suggestion());
  }
}
