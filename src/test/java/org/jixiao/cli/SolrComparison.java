package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.bench.Benchmark;
import org.jixiao.search.SearchBackend;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResults;
import org.jixiao.search.SolrPeer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The keyword benchmark run on three engines over the same records in one process: Jixiao's
 * accelerated engine, its plain-Lucene reference, and Solr 9.10.1 embedded (built from the same data
 * directories with the same fields and analyzers, asked the same query through {@code
 * SolrKeywordParser}). Every engine's caches are off; the engines take turns, repeat by repeat, and
 * the medians of the repeats are reported. Test scope: the product does not carry Solr.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/test.classpath) org.jixiao.cli.SolrComparison \
 *     --data /tmp/gr1m --index /tmp/ixs1m --no-vectors --solr /tmp/solr1m --repeats 5 --rounds 3
 * </pre>
 */
@Command(name = "solr-comparison", mixinStandardHelpOptions = true)
public final class SolrComparison implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--solr", required = true, paramLabel = "DIR", description = "Solr home; built from --data when empty")
  Path solrHome;

  @Option(names = "--repeats", description = "interleaved repeats (default: ${DEFAULT-VALUE})")
  int repeats = 5;

  @Option(names = "--rounds", description = "timed rounds over the query set per repeat (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--threads", description = "threads of the throughput run (default: ${DEFAULT-VALUE})")
  int threads = 2;

  @Option(names = "--files-per-batch", hidden = true, description = "files parsed at once while building Solr")
  int filesPerBatch = 500;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SolrComparison()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    List<SearchRequest> set = Benchmark.defaultQueries();
    try (OpenEngine accelerated = searchOptions.open(corpus, out, false, false, OpenEngine.Kind.accelerated);
        OpenEngine reference = searchOptions.open(corpus, out, false, false, OpenEngine.Kind.reference);
        SolrPeer solr = SolrPeer.open(solrHome)) {
      if (solr.isEmpty()) {
        build(solr, out);
      }
      out.printf("entries: accelerated %s, reference %s, solr %s%n", accelerated.backend().size(), reference.backend().size(), solr.size());
      set = Benchmark.resolved(set, accelerated.backend().corpus());
      checkSameAnswers(set, reference.backend(), solr, out);
      Map<String, SearchBackend> engines = new LinkedHashMap<>();
      engines.put("accelerated", accelerated.backend());
      engines.put("reference", reference.backend());
      engines.put("solr", solr);
      Map<String, List<Benchmark.ModeResult>> runs = new LinkedHashMap<>();
      engines.keySet().forEach(k -> runs.put(k, new ArrayList<>()));
      List<String> order = new ArrayList<>(engines.keySet());
      for (int r = 0; r < repeats; r++) {
        for (String name : order) {
          Benchmark.ModeResult m = Benchmark.run(engines.get(name), set, List.of(SearchMode.BM25), rounds, threads).get(0);
          runs.get(name).add(m);
          out.printf("repeat %d %-11s p50 %6.2f p99 %6.2f ms  qps(1) %7.1f  qps(%d) %7.1f%n", r + 1, name, m.p50(), m.p99(),
              m.qpsOneThread(), threads, m.qpsThreads());
        }
        order.add(order.remove(0)); // each engine takes each place in turn
      }
      out.printf("%n%d queries x %d rounds, %d repeats, medians (bm25, caches off)%n", set.size(), rounds, repeats);
      out.printf("%-11s %8s %8s %9s %9s%n", "engine", "p50 ms", "p99 ms", "qps(1)", "qps(" + threads + ")");
      for (var e : runs.entrySet()) {
        List<Benchmark.ModeResult> rs = e.getValue();
        out.printf("%-11s %8.2f %8.2f %9.1f %9.1f%n", e.getKey(), median(rs, Benchmark.ModeResult::p50),
            median(rs, Benchmark.ModeResult::p99), median(rs, Benchmark.ModeResult::qpsOneThread), median(rs, Benchmark.ModeResult::qpsThreads));
      }
      for (String other : List.of("reference", "solr")) {
        out.printf("%s / accelerated: p50 %.2fx, p99 %.2fx%n", other,
            median(runs.get(other), Benchmark.ModeResult::p50) / median(runs.get("accelerated"), Benchmark.ModeResult::p50),
            median(runs.get(other), Benchmark.ModeResult::p99) / median(runs.get("accelerated"), Benchmark.ModeResult::p99));
      }
    }
    return 0;
  }

  /** Parses the data directories a batch of files at a time and adds their entries to Solr; timed. */
  private void build(SolrPeer solr, PrintWriter out) throws Exception {
    long start = System.nanoTime();
    long documents = solr.build(corpus.dataDirectories(out), filesPerBatch);
    long added = System.nanoTime();
    solr.commit(1);
    long merged = System.nanoTime();
    out.printf("solr build: %d tables read and added in %.1f s, commit and merge to one segment %.1f s%n", documents,
        (added - start) / 1e9, (merged - added) / 1e9);
  }

  /** Same totals from the reference and Solr for every query, or the comparison would time different work. */
  private static void checkSameAnswers(List<SearchRequest> set, SearchBackend reference, SearchBackend solr, PrintWriter out)
      throws Exception {
    int differ = 0;
    for (SearchRequest q : set) {
      SearchRequest bm25 = new SearchRequest(q.query(), q.type(), q.limit(), q.offset(), q.filters(), SearchMode.BM25);
      SearchResults want = reference.search(bm25);
      SearchResults got = solr.search(bm25);
      if (want.total() != got.total() || !want.facets().equals(got.facets())) {
        differ++;
        out.printf("differs: %s reference %d solr %d%n", q.query(), want.total(), got.total());
      }
    }
    out.printf("%d queries, %d with other totals or facets on Solr%n", set.size(), differ);
  }

  private static double median(List<Benchmark.ModeResult> rs, java.util.function.ToDoubleFunction<Benchmark.ModeResult> f) {
    double[] v = rs.stream().mapToDouble(f).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
