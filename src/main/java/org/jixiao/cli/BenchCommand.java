package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.bench.Benchmark;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: query latency and throughput per mode, in process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "检索性能基准（每种模式的延迟分位数与吞吐）/ query latency percentiles and throughput per mode")
final class BenchCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--queries", paramLabel = "FILE", description = "查询集 / query set: type<TAB>query[<TAB>dim=value&…] per line (default: built-in)")
  Path queries;

  @Option(names = "--threads", description = "并发线程数 / threads for the throughput run (default: ${DEFAULT-VALUE})")
  int threads = 2;

  @Option(names = "--rounds", description = "每种模式计时轮数 / timed rounds over the query set per mode (default: ${DEFAULT-VALUE})")
  int rounds = 10;

  @Option(names = "--mode", description = "只测此模式 / only this mode (default: all)")
  String mode;

  @Option(names = "--no-query-cache",
      description = "关闭 Lucene 查询缓存，每次查询从倒排表匹配 / turn Lucene's query cache off: every query matches from the postings, as a new query does")
  boolean noQueryCache;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Option(names = "--agreement",
      description = "不计时：比较加速与对照两种引擎的首页（重合率、末条得分、总数）/ no timing: compare the accelerated and the "
          + "reference engine's first pages (share in common, last score, totals)")
  boolean agreement;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || rounds < 1) {
      throw new IllegalArgumentException("--threads 与 --rounds 须为正数 / --threads and --rounds must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SearchRequest> set = queries == null ? Benchmark.defaultQueries() : Benchmark.readQueries(queries);
    if (agreement) {
      return agreement(out, set);
    }
    try (OpenEngine engine = searchOptions.open(corpus, spec.commandLine().getErr(), !noQueryCache, false)) {
      // Every query is embedded anew: the figures include the model, not the query cache.
      SearchBackend searcher = engine.backend();
      SearchBackend.Size size = searcher.size();
      List<SearchMode> modes = mode != null ? List.of(SearchMode.parse(mode))
          : searcher.hasVectors() ? List.of(SearchMode.values()) : List.of(SearchMode.BM25);
      set = Benchmark.resolved(set, searcher.corpus());
      List<SearchRequest> unmatched = Benchmark.unmatched(searcher, set, SearchMode.BM25);
      if (!unmatched.isEmpty()) {
        spec.commandLine().getErr().printf("注意 / note: %d 条查询在此语料中没有关键词结果 / queries find no keyword match here: %s%n",
            unmatched.size(), unmatched.stream().map(q -> q.query() + (q.filters().isEmpty() ? "" : " " + q.filters())).toList());
        spec.commandLine().getErr().flush();
      }
      List<Benchmark.ModeResult> results = Benchmark.run(searcher, set, modes, rounds, threads);
      Benchmark.Result result = new Benchmark.Result(results, Benchmark.heapUsed(), Benchmark.sizeOf(engine.files()),
          (int) size.indicators(), (int) size.projects());
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
      } else {
        out.printf("%d 个指标 indicators, %d 个项目 projects; %d 条查询 queries × %d 轮 rounds; 查询缓存 query cache %s%n",
            result.indicators(), result.projects(), set.size(), rounds, noQueryCache ? "off" : "on");
        out.printf("%-7s %8s %8s %8s %8s %10s %12s%n", "mode", "p50 ms", "p95 ms", "p99 ms", "max ms", "qps(1)", "qps(" + threads + ")");
        for (Benchmark.ModeResult r : results) {
          out.printf("%-7s %8.2f %8.2f %8.2f %8.2f %10.1f %12.1f%n", r.mode(), r.p50(), r.p95(), r.p99(), r.max(), r.qpsOneThread(), r.qpsThreads());
        }
        out.printf("堆内存 / heap used: %.1f MB; 索引大小 / index size: %.1f MB%n",
            result.heapUsedBytes() / 1e6, result.indexBytes() / 1e6);
      }
    }
    out.flush();
    return 0;
  }

  private int agreement(PrintWriter out, List<SearchRequest> set) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (OpenEngine accelerated = searchOptions.open(corpus, err, true, true, OpenEngine.Kind.accelerated);
        OpenEngine reference = searchOptions.open(corpus, err, true, true, OpenEngine.Kind.reference)) {
      List<SearchMode> modes = mode != null ? List.of(SearchMode.parse(mode))
          : accelerated.backend().hasVectors() && reference.backend().hasVectors() ? List.of(SearchMode.values()) : List.of(SearchMode.BM25);
      out.printf("%d 条查询 queries; accelerated vs reference%n", set.size());
      out.printf("%-7s %9s %18s %18s %14s %14s%n", "mode", "overlap", "accelerated better", "reference better", "total acc.", "total ref.");
      List<SearchRequest> resolved = Benchmark.resolved(set, accelerated.backend().corpus());
      for (org.jixiao.bench.Agreement.ModeAgreement a : org.jixiao.bench.Agreement.measure(accelerated.backend(), reference.backend(), resolved, modes)) {
        out.printf("%-7s %9.3f %18d %18d %14d %14d%n", a.mode(), a.overlap(), a.firstBetter(), a.secondBetter(), a.firstTotal(), a.secondTotal());
      }
    }
    out.flush();
    return 0;
  }
}
