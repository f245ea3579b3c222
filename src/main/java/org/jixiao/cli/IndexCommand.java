package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index}: reads the data directories and builds the index. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "读取数据目录并建立索引 / read the data directories and build the index")
final class IndexCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Option(names = "--rebuild", description = "即使数据未变也重建（可修复损坏的索引）/ rebuild even if the data is unchanged (repairs a damaged index)")
  boolean rebuild;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (corpus.onSolr()) {
      try (org.jixiao.index.SolrCollection collection = corpus.openCollection()) {
        corpus.fill(collection, out);
      }
      return 0;
    }
    Indexer.Outcome outcome = corpus.rebuild(out);
    Reports.printBuild(out, outcome);
    return 0;
  }
}
