package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command: dispatches to its subcommands. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "jixiao 0.1.0",
    description = "绩效 — 预算绩效目标的语义检索与知识库 / search and knowledge base over budget performance targets",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      SimilarCommand.class,
      EvalCommand.class,
      IngestEvalCommand.class,
      BenchCommand.class,
      ConceptsCommand.class,
      BenchmarkCommand.class,
      CompareCommand.class,
      SuggestCommand.class,
      LintCommand.class,
      ExportCommand.class,
      GenCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (Throwable e) {
      // An Error escapes picocli's handler; exit all the same, or a client's threads (SolrJ's, ZooKeeper's) keep the JVM up.
      System.err.println("错误 / error: " + e);
      code = 1;
    }
    System.exit(code);
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to the given streams. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("错误 / error: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
