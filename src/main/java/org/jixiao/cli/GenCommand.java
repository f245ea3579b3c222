package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.bench.CorpusGenerator;
import org.jixiao.bench.CorpusStats;
import org.jixiao.bench.RealisticGenerator;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gen}: a synthetic province-sized corpus for benchmarks. */
@Command(name = "gen", mixinStandardHelpOptions = true,
    description = "生成用于性能测试的合成语料 / write a synthetic corpus for benchmarks")
final class GenCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Option(names = "--indicators", required = true, description = "指标数 / how many indicators to write")
  int indicators;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录（请放在仓库之外或被忽略的目录）/ output directory")
  Path out;

  @Option(names = "--seed", description = "随机种子 / random seed (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--repetitive", description = "旧的重复式生成器：整项复用真实项目 / the old generator: real projects reused whole")
  boolean repetitive;

  @Option(names = "--reuse", description = "原样复用真实指标名称的概率 / probability that an indicator repeats a real name as it is (default: ${DEFAULT-VALUE})")
  double reuse = RealisticGenerator.DEFAULT_REUSE;

  @Option(names = "--stats", description = "读回生成的语料，与真实语料的统计并列输出 / read the generated corpus back and print its figures beside the real corpus's")
  boolean stats;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (indicators < 1 || indicators > 50_000_000) {
      throw new IllegalArgumentException("--indicators 须在 1 到 50,000,000 之间 / --indicators must be between 1 and 50,000,000");
    }
    PrintWriter console = spec.commandLine().getOut();
    IngestResult templates = Ingestor.standard().ingest(corpus.dataDirectories(console));
    long start = System.nanoTime();
    CorpusGenerator.Result r = repetitive
        ? new CorpusGenerator(templates.documents()).generate(indicators, out, seed)
        : new RealisticGenerator(templates.documents(), reuse).generate(indicators, out, seed);
    console.printf("已生成 / wrote %d 个文件 files, %d 个项目 projects, %d 个指标 indicators into %s (%d ms)%n",
        r.files(), r.projects(), r.indicators(), out, (System.nanoTime() - start) / 1_000_000);
    if (stats) {
      CorpusStats real = CorpusStats.of(templates.documents());
      CorpusStats generated = CorpusStats.of(Ingestor.standard().ingest(java.util.List.of(out)).documents(), java.util.List.of(real.entries()));
      console.print(real.beside("real", generated, "generated"));
    }
    console.flush();
    return 0;
  }
}
