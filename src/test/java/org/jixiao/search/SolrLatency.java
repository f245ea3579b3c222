package org.jixiao.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.index.Fields;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;

/**
 * The Solr peer's side of two latencies the benchmark measures for Jixiao: from opening the core to
 * its first answer, and from adding a table to finding it (then from deleting it to not finding it).
 * Run with {@code -Xmx1g}, as Jixiao's first answer is measured.
 *
 * <p>usage: SolrLatency SOLR_HOME TABLE_FILE [rounds] [DATA]: with DATA, an empty core is first
 * built from it (timed, then the JVM's first answer is measured on a new open).
 */
public final class SolrLatency {

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    Path table = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (args.length > 3) {
      try (SolrPeer solr = SolrPeer.open(home)) {
        if (solr.isEmpty()) {
          long t = System.nanoTime();
          long tables = solr.build(List.of(Path.of(args[3])), 500);
          solr.commit(1);
          System.out.printf("built: %d tables in %d s%n", tables, (System.nanoTime() - t) / 1_000_000_000);
        }
      }
    }
    long start = System.nanoTime();
    try (SolrPeer solr = SolrPeer.open(home)) {
      SearchResults first = solr.search(new SearchRequest("满意度", Fields.TYPE_INDICATOR, 10, 0, Map.of(), SearchMode.BM25));
      System.out.printf("first answer after %d ms (%d hits)%n", (System.nanoTime() - start) / 1_000_000, first.total());
      byte[] content = Files.readAllBytes(table);
      for (int r = 1; r <= rounds; r++) {
        String marker = "测速" + r + "号巡检完成率";
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        Document d = Ingestor.standard().read("solr-upload-" + r + ".txt",
            text.replaceFirst("、产出指标：[^，]*，", "、产出指标：" + marker + "，").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SearchRequest find = new SearchRequest("\"" + marker + "\"", Fields.TYPE_INDICATOR, 1, 0, Map.of(), SearchMode.BM25);
        long t0 = System.nanoTime();
        solr.add(List.of(d));
        solr.commitVisible();
        while (solr.search(find).total() == 0) {
          Thread.sleep(5);
        }
        long t1 = System.nanoTime();
        solr.delete(d.id());
        solr.commitVisible();
        while (solr.search(find).total() > 0) {
          Thread.sleep(5);
        }
        long t2 = System.nanoTime();
        System.out.printf("upload %d: searchable %d ms; delete gone %d ms%n", r, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
      }
    }
  }
}
