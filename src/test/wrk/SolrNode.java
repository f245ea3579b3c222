import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A standalone Solr 9.10.1 node over HTTP, for the HTTP comparison: the Solr home that
 * {@code SolrComparison} built (its core, schema and {@code SolrKeywordParser}) served by Solr's own
 * Jetty 10. Started by {@code src/test/wrk/solr-node.sh} as a single-file program on the
 * {@code solr-node} profile's class path; not part of the build.
 *
 * <p>usage: SolrNode SOLR_HOME PORT
 */
public class SolrNode {
  public static void main(String[] args) throws Exception {
    JettySolrRunner node = new JettySolrRunner(args[0],
        JettyConfig.builder().setPort(Integer.parseInt(args[1])).setContext("/solr").stopAtShutdown(true).build());
    node.start();
    System.out.println("solr node at http://127.0.0.1:" + node.getLocalPort() + "/solr");
    Thread.currentThread().join();
  }
}
