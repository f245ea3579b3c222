import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.index.EntryFields;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.SourceFile;
import org.jixiao.model.Document;

/**
 * A SolrCloud cluster on this machine for the cluster benchmark (issue 24): {@code MiniSolrCloudCluster}
 * from solr-test-framework with NODES Solr nodes (each its own Jetty 10) and an embedded ZooKeeper; a
 * collection {@code jixiao} of SHARDS shards × REPLICAS replicas from the configset that
 * {@code SolrComparison} writes (schema from {@code EntryFields}, the keyword query as
 * {@code SolrKeywordParser}); every table under DATA read by the project's own ingest and sent
 * through the cluster's {@code CloudSolrClient} in batches. Prints the build time and the nodes'
 * addresses, then serves until killed. Started by {@code src/test/wrk/solr-cloud.sh} as a single-file
 * program on the {@code solr-node} profile's class path; not part of the build.
 *
 * <p>usage: SolrCloudNode CONF_DIR DATA NODES SHARDS REPLICAS
 */
public class SolrCloudNode {

  private static final int BATCH = 2_000;
  private static final int FILES_PER_READ = 2_000;

  public static void main(String[] args) throws Exception {
    Path conf = Path.of(args[0]);
    Path data = Path.of(args[1]);
    int nodes = Integer.parseInt(args[2]);
    int shards = Integer.parseInt(args[3]);
    int replicas = Integer.parseInt(args[4]);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, Files.createTempDirectory("jixiao-cloud"))
        .addConfig("jixiao", conf)
        .build();
    CollectionAdminRequest.createCollection("jixiao", "jixiao", shards, replicas).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("jixiao", shards, shards * replicas);
    CloudSolrClient client = cluster.getSolrClient();

    long start = System.nanoTime();
    List<SourceFile> files = Ingestor.listFiles(List.of(data));
    Ingestor ingestor = Ingestor.standard();
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    long entries = 0;
    for (int from = 0; from < files.size(); from += FILES_PER_READ) {
      IngestResult read = ingestor.ingestFiles(files.subList(from, Math.min(files.size(), from + FILES_PER_READ)));
      for (Document document : read.documents()) {
        for (Map<String, List<Object>> entry : EntryFields.of(document)) {
          SolrInputDocument doc = new SolrInputDocument();
          entry.forEach((name, values) -> values.forEach(v -> doc.addField(name, v)));
          batch.add(doc);
          if (batch.size() == BATCH) {
            client.add("jixiao", batch);
            entries += batch.size();
            batch.clear();
          }
        }
      }
    }
    if (!batch.isEmpty()) {
      client.add("jixiao", batch);
      entries += batch.size();
    }
    client.commit("jixiao");
    long built = (System.nanoTime() - start) / 1_000_000;
    long found = client.query("jixiao", new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    System.out.printf("BUILT %d entries sent, %d found, %d ms, %d shards x %d replicas on %d nodes%n",
        entries, found, built, shards, replicas, nodes);
    cluster.getJettySolrRunners().forEach(j -> System.out.println("NODE " + j.getBaseUrl()));
    System.out.flush();
    Thread.currentThread().join();
  }
}
