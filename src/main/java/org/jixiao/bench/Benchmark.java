package org.jixiao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;

/**
 * Query latency and throughput of a searcher: a fixed query set run in each mode after a warm-up,
 * one query at a time for latency percentiles, then on several threads for queries per second.
 */
public final class Benchmark {

  /** One mode's figures. Latencies in milliseconds. */
  public record ModeResult(String mode, int queries, double p50, double p95, double p99, double max,
      double qpsOneThread, double qpsThreads, int threads) {}

  /** The whole run. */
  public record Result(List<ModeResult> modes, long heapUsedBytes, long indexBytes, int indicators, int projects) {}

  private Benchmark() {}

  /**
   * The queries of {@code queries} that find nothing in {@code mode} on this corpus: timing a query
   * that matches nothing times almost nothing, so a benchmark says which they are.
   */
  public static List<SearchRequest> unmatched(org.jixiao.search.SearchBackend backend, List<SearchRequest> queries,
      SearchMode mode) throws IOException {
    List<SearchRequest> out = new ArrayList<>();
    for (SearchRequest q : queries) {
      if (backend.search(new SearchRequest(q.query(), q.type(), 1, 0, q.filters(), mode)).total() == 0) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * The queries with their filter placeholders filled from the corpus: {@code *} is a dimension's
   * commonest value among indicators, {@code *N} its Nth commonest (a placeholder past the last value
   * stays as it is, and finds nothing).
   */
  public static List<SearchRequest> resolved(List<SearchRequest> queries, org.jixiao.search.CorpusRecords corpus) throws IOException {
    List<SearchRequest> out = new ArrayList<>(queries.size());
    for (SearchRequest q : queries) {
      Map<String, String> filters = new LinkedHashMap<>();
      for (Map.Entry<String, String> f : q.filters().entrySet()) {
        String value = f.getValue();
        if (value.matches("\\*[0-9]*")) {
          int rank = value.length() == 1 ? 1 : Integer.parseInt(value.substring(1));
          List<String> commonest = new ArrayList<>(corpus.indicatorCounts(f.getKey()).keySet());
          value = rank >= 1 && rank <= commonest.size() ? commonest.get(rank - 1) : value;
        }
        filters.put(f.getKey(), value);
      }
      out.add(new SearchRequest(q.query(), q.type(), q.limit(), q.offset(), filters, q.mode(), q.sort()));
    }
    return out;
  }

  /** The built-in query set: names, paraphrases, filtered and project queries. */
  public static List<SearchRequest> defaultQueries() throws IOException {
    try (InputStream in = Benchmark.class.getResourceAsStream("bench-queries.tsv")) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  public static List<SearchRequest> readQueries(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  /** Lines of {@code type <TAB> query [<TAB> dim=value&dim=value]}; {@code #} starts a comment. */
  static List<SearchRequest> parse(Reader reader) throws IOException {
    List<SearchRequest> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IOException("基准查询格式错误 / bad benchmark query line: " + line);
      }
      Map<String, String> filters = new LinkedHashMap<>();
      if (cols.length > 2) {
        for (String pair : cols[2].split("&")) {
          String[] kv = pair.split("=", 2);
          if (kv.length == 2) {
            filters.put(kv[0].strip(), kv[1].strip());
          }
        }
      }
      out.add(new SearchRequest(cols[1], cols[0], 10, 0, filters));
    }
    return out;
  }

  /**
   * @param rounds how many times the query set is timed per mode (after as many warm-up rounds)
   */
  public static List<ModeResult> run(SearchBackend searcher, List<SearchRequest> queries, List<SearchMode> modes, int rounds,
      int threads) throws Exception {
    List<ModeResult> out = new ArrayList<>();
    for (SearchMode mode : modes) {
      List<SearchRequest> asked = queries.stream()
          .map(q -> new SearchRequest(q.query(), q.type(), q.limit(), q.offset(), q.filters(), mode))
          .toList();
      for (int i = 0; i < rounds; i++) {
        for (SearchRequest q : asked) {
          searcher.search(q);
        }
      }
      long[] nanos = new long[asked.size() * rounds];
      int n = 0;
      long wall = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        for (SearchRequest q : asked) {
          long t = System.nanoTime();
          searcher.search(q);
          nanos[n++] = System.nanoTime() - t;
        }
      }
      double qps1 = nanos.length / ((System.nanoTime() - wall) / 1e9);
      double qpsT = concurrent(searcher, asked, rounds, threads);
      Arrays.sort(nanos);
      out.add(new ModeResult(mode.code(), nanos.length, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
          nanos[nanos.length - 1] / 1e6, qps1, qpsT, threads));
    }
    return out;
  }

  private static double concurrent(SearchBackend searcher, List<SearchRequest> asked, int rounds, int threads) throws Exception {
    int total = asked.size() * rounds;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < total; ) {
            searcher.search(asked.get(i % asked.size()));
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double ms(long[] sorted, double quantile) {
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** Heap in use after a collection, in bytes. */
  public static long heapUsed() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Bytes of all files under {@code dir}. */
  public static long sizeOf(Path dir) throws IOException {
    if (dir == null) {
      return 0; // an index not on this machine (a Solr collection lives on its nodes)
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
