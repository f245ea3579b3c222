package org.jixiao.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The cluster tests' SolrCloud, in its own JVM ({@link SolrCluster} starts it): {@code
 * MiniSolrCloudCluster} with NODES Solr nodes on Solr's Jetty 10 and an embedded ZooKeeper, the
 * Jixiao configset uploaded as a trusted configset named {@code jixiao}. Prints {@code ZK address},
 * one {@code NODE url} per node and {@code READY}; then obeys lines on stdin: {@code stop N},
 * {@code start N} (answering {@code OK} or {@code ERROR ...}) and {@code quit}.
 *
 * <p>usage: SolrClusterNode WORK_DIR NODES
 */
public final class SolrClusterNode {

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int nodes = Integer.parseInt(args[1]);
    Path conf = org.jixiao.index.SolrSchema.write(work.resolve("conf"), true, SolrKeywordParser.class.getName());
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, Files.createDirectories(work.resolve("cluster")))
        .addConfig("jixiao", conf)
        .build();
    System.out.println("ZK " + cluster.getZkServer().getZkAddress());
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      System.out.println("NODE " + node.getBaseUrl());
    }
    System.out.println("READY");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] words = line.strip().split("\\s+");
      try {
        switch (words[0]) {
          case "stop" -> cluster.getJettySolrRunner(Integer.parseInt(words[1])).stop();
          case "start" -> cluster.getJettySolrRunner(Integer.parseInt(words[1])).start();
          case "quit" -> {
            cluster.shutdown();
            System.out.println("OK");
            System.out.flush();
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown command " + line);
        }
        System.out.println("OK");
      } catch (Exception e) {
        System.out.println("ERROR " + e);
      }
      System.out.flush();
    }
    cluster.shutdown();
    System.exit(0);
  }
}
