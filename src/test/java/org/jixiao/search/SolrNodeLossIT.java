package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.ZkStateReader;
import org.jixiao.bench.RealisticGenerator;
import org.jixiao.index.Fields;
import org.jixiao.index.SolrCollection;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing a node of the cluster (2 nodes, a collection of 2 shards × 2 replicas: each node holds a
 * replica of each shard). Stopped while tables are being put in: every table whose put was
 * acknowledged is there in full, on the surviving node, and on the stopped node once it is back and
 * has recovered (the other node stopped in turn). Stopped while searches run: every search answered
 * after the node is gone is answered in full by the surviving replicas.
 */
class SolrNodeLossIT {

  @TempDir Path tmp;
  SolrCluster cluster;
  SolrCollection collection;
  List<Document> documents;

  @BeforeEach
  void start() throws Exception {
    cluster = SolrCluster.start(tmp, 2);
    collection = SolrCollection.open(cluster.zkAddress(), "loss", 2, 2, null, null, SolrSearcher.configset());
    List<Document> seeds = Ingestor.standard().ingest(List.of(Path.of("data"))).documents();
    Path corpus = tmp.resolve("corpus");
    new RealisticGenerator(seeds, RealisticGenerator.DEFAULT_REUSE).generate(6_000, corpus, 24L);
    documents = Ingestor.standard().ingest(List.of(corpus)).documents();
    assertThat(documents.size()).as("tables generated").isGreaterThan(30);
  }

  @AfterEach
  void stop() throws Exception {
    if (collection != null) {
      collection.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void noAcknowledgedTableIsLostWhenANodeStopsDuringIndexing() throws Exception {
    Map<String, Long> acknowledged = new HashMap<>();
    int failed = 0;
    for (int i = 0; i < documents.size(); i++) {
      if (i == documents.size() / 3) {
        cluster.stop(1);
      }
      Document d = documents.get(i);
      try {
        collection.put(List.of(d));
        acknowledged.put(d.id(), entries(d));
      } catch (java.io.IOException refused) {
        failed++; // not acknowledged: the caller knows it must send it again
      }
    }
    collection.commit();
    System.out.println("puts refused while the node was stopping: " + failed + " of " + documents.size());
    assertThat(acknowledged).as("tables acknowledged with a node down").hasSizeGreaterThan(documents.size() * 2 / 3);
    assertAllThere(acknowledged, "on the surviving node (" + failed + " puts refused)");

    cluster.start(1);
    waitUntilAllReplicasActive();
    cluster.stop(0);
    waitUntilLeadersOn(1);
    assertAllThere(acknowledged, "on the node that was stopped, after its recovery");
  }

  @Test
  void searchesAreAnsweredByTheSurvivingReplicasWhenANodeStops() throws Exception {
    collection.put(documents);
    collection.commit();
    SolrSearcher searcher = new SolrSearcher(collection.client(), collection.name(), null, Synonyms.builtIn(), Fusion.DEFAULT);
    SearchRequest request = new SearchRequest("满意度", "indicator", 10, 0, Map.of(), SearchMode.BM25);
    long total = searcher.search(request).total();
    assertThat(total).isGreaterThan(0);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean nodeGone = new AtomicBoolean(false);
    AtomicInteger answeredAfter = new AtomicInteger();
    List<String> wrongAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger failedDuring = new AtomicInteger();
    Thread queries = new Thread(() -> {
      while (running.get()) {
        boolean after = nodeGone.get();
        try {
          long got = searcher.search(request).total();
          if (after) {
            answeredAfter.incrementAndGet();
            if (got != total) {
              wrongAfter.add("total " + got);
            }
          }
        } catch (Exception e) {
          if (after) {
            wrongAfter.add(e.toString());
          } else {
            failedDuring.incrementAndGet();
          }
        }
      }
    });
    queries.start();
    Thread.sleep(500);
    cluster.stop(1);
    waitUntilLeadersOn(0);
    nodeGone.set(true);
    Thread.sleep(3_000);
    running.set(false);
    queries.join();
    assertThat(wrongAfter).as("searches after the node stopped that failed or were incomplete").isEmpty();
    assertThat(answeredAfter.get()).as("searches answered after the node stopped").isGreaterThan(10);
    System.out.println("searches that failed while the node was stopping: " + failedDuring.get());
  }

  @Test
  void aClusterWithNoLiveNodeIsA503NotA500() throws Exception {
    collection.put(documents.subList(0, 3));
    collection.commit();
    SolrSearcher searcher = new SolrSearcher(collection.client(), collection.name(), null, Synonyms.builtIn(), Fusion.DEFAULT);
    io.javalin.testtools.JavalinTest.test(org.jixiao.api.ApiServer.create(searcher), (server, client) -> {
      assertThat(client.get("/api/search?mode=bm25&q=" + java.net.URLEncoder.encode("满意度", "UTF-8")).code()).isEqualTo(200);
      cluster.stop(0);
      cluster.stop(1);
      try (okhttp3.Response res = client.get("/api/search?mode=bm25&q=" + java.net.URLEncoder.encode("满意度", "UTF-8"))) {
        assertThat(res.code()).isEqualTo(503);
        assertThat(res.header("Retry-After")).isNotNull();
        assertThat(res.body().string()).contains("检索集群暂不可用").contains("unavailable").doesNotContain("Exception");
      }
      try (okhttp3.Response res = client.get("/api/health")) {
        assertThat(res.code()).isEqualTo(503);
      }
    });
  }

  private long entries(Document d) {
    long n = d.projects().size();
    for (Project p : d.projects()) {
      n += p.indicators().size();
    }
    return n;
  }

  /** Every acknowledged table has all its entries; nothing else is there. */
  private void assertAllThere(Map<String, Long> acknowledged, String where) throws Exception {
    CloudSolrClient client = (CloudSolrClient) collection.client();
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.addFacetField(Fields.DOCUMENT_ID);
    Map<String, Long> found = new HashMap<>();
    client.query(collection.name(), q).getFacetField(Fields.DOCUMENT_ID).getValues()
        .forEach(c -> found.put(c.getName(), c.getCount()));
    for (Map.Entry<String, Long> a : acknowledged.entrySet()) {
      assertThat(found.get(a.getKey())).as(where + ": entries of " + a.getKey()).isEqualTo(a.getValue());
    }
  }

  private void waitUntilAllReplicasActive() throws Exception {
    ZkStateReader.from((CloudSolrClient) collection.client()).waitForState(collection.name(), 120, TimeUnit.SECONDS,
        (live, c) -> c != null && c.getReplicas().stream().allMatch(r -> r.isActive(live)));
  }

  /** Waits until every shard has an active leader on node {@code n}'s replicas alone. */
  private void waitUntilLeadersOn(int n) throws Exception {
    String node = new java.net.URI(cluster.nodes().get(n)).getPort() + "";
    ZkStateReader.from((CloudSolrClient) collection.client()).waitForState(collection.name(), 120, TimeUnit.SECONDS,
        (live, c) -> c != null && c.getSlices().stream().allMatch(s -> {
          Replica leader = s.getLeader();
          return leader != null && leader.isActive(live) && leader.getNodeName().contains(":" + node + "_");
        }));
  }
}
