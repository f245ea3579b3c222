package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.knowledge.SuggestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suggest}: indicators to consider for a project being drafted. */
@Command(name = "suggest", mixinStandardHelpOptions = true, description = "为拟编项目推荐指标 / recommend indicators for a project")
final class SuggestCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--project", required = true, description = "项目名称 / the project's name")
  String project;

  @Option(names = "--goal", description = "绩效目标 / the project's goal")
  String goal;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return KnowledgeCommands.answer(spec, corpus, searchOptions, json,
        k -> k.suggestions().suggest(project, goal), SuggestCommand::print);
  }

  private static void print(PrintWriter out, SuggestReport r) {
    out.println("参考项目 / similar projects: " + r.similarProjects().stream().map(p -> p.name() + "（" + p.unit() + "）").limit(5).toList());
    for (SuggestReport.Group g : r.groups()) {
      out.println(g.level1() + (g.level2() == null ? "" : " / " + g.level2()));
      for (SuggestReport.Suggestion s : g.indicators()) {
        String wording = s.wording() != null ? s.wording() : s.name() + "（无指标值 / no target to copy）";
        out.printf("  %s%s%n", wording, s.peers() == null ? ""
            : String.format("   [同类 peers %d: %s–%s%s, 中位数 median %s]", s.peers().count(),
                KnowledgeCommands.num(s.peers().p25()), KnowledgeCommands.num(s.peers().p75()), s.peers().unit(),
                KnowledgeCommands.num(s.peers().median())));
      }
    }
  }
}
