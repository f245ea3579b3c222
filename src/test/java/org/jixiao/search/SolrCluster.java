package org.jixiao.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A SolrCloud cluster for the tests, on this machine: {@link SolrClusterNode} in a forked JVM whose
 * class path is the test class path with Javalin's Jetty 11 swapped for Solr's Jetty 10 (the build
 * copies it to {@code target/jetty10} and writes the test class path to {@code target/test.classpath}),
 * and the project's classes from the Solr plugin jar ({@code target/jixiao-solr-plugin.jar}).
 * Nodes can be stopped and started again by number.
 */
public final class SolrCluster implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final String zkAddress;
  private final List<String> nodes;

  private SolrCluster(Process process, BufferedReader out, PrintWriter in, String zkAddress, List<String> nodes) {
    this.process = process;
    this.out = out;
    this.in = in;
    this.zkAddress = zkAddress;
    this.nodes = nodes;
  }

  /** Starts a cluster of {@code nodes} nodes with its work files under {@code work}. */
  public static SolrCluster start(Path work, int nodes) throws IOException {
    // The nodes load the plugin from a copy: a build that writes target/ again while they run would
    // change the jar under their class loader.
    Path plugin = Files.copy(pluginJar(), work.resolve("jixiao-solr-plugin.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + System.getProperty("jixiao.solr.heap", "1g"),
        "-Dsolr.log.dir=" + work.toAbsolutePath().resolve("logs"),
        "-cp", classPath(plugin), SolrClusterNode.class.getName(), work.toAbsolutePath().toString(), Integer.toString(nodes));
    Process process = new ProcessBuilder(command).redirectError(work.resolve("cluster.log").toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String zk = null;
    List<String> urls = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("ZK ")) {
        zk = line.substring(3).strip();
      } else if (line.startsWith("NODE ")) {
        urls.add(line.substring(5).strip());
      } else if (line.equals("READY")) {
        return new SolrCluster(process, out, new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8), zk, urls);
      }
    }
    process.destroyForcibly();
    throw new IOException("the Solr cluster did not start; see " + work.resolve("cluster.log"));
  }

  /**
   * A cluster for the benchmarks ({@code src/test/wrk/solr-api.sh}): starts {@code NODES} nodes
   * under {@code WORK} (heap: {@code -Djixiao.solr.heap}, default 1g), prints ZooKeeper's address and
   * the nodes' URLs, and serves until killed.
   *
   * <p>usage: SolrCluster WORK NODES
   */
  public static void main(String[] args) throws Exception {
    SolrCluster cluster = start(java.nio.file.Files.createDirectories(Path.of(args[0])), Integer.parseInt(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> cluster.process.destroy()));
    System.out.println("ZK " + cluster.zkAddress());
    cluster.nodes().forEach(n -> System.out.println("NODE " + n));
    System.out.flush();
    cluster.process.waitFor();
  }

  /** The test class path with Solr's Jetty 10 in place of Jetty 11. */
  private static Path pluginJar() throws IOException {
    Path plugin = Path.of("target", "jixiao-solr-plugin.jar");
    if (!Files.exists(plugin)) {
      throw new IOException("run through Maven's package phase: the nodes load Jixiao from " + plugin);
    }
    return plugin;
  }

  /** The class path of the nodes, with the project's classes from {@code plugin}. */
  public static String classPath(Path plugin) throws IOException {
    Path listed = Path.of("target", "test.classpath");
    Path jetty10 = Path.of("target", "jetty10");
    if (!Files.exists(listed) || !Files.isDirectory(jetty10)) {
      throw new IOException("run through Maven: target/test.classpath and target/jetty10 are written by the build");
    }
    List<String> entries = new ArrayList<>();
    // The nodes load the project's classes from the plugin jar, as a deployment's nodes do.
    entries.add(plugin.toAbsolutePath().toString());
    entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
    for (String jar : Files.readString(listed).strip().split(java.io.File.pathSeparator)) {
      boolean jetty11 = jar.contains("/org/eclipse/jetty/") && !jar.contains("/toolchain/jetty-servlet-api/");
      // Solr logs through log4j (log4j-slf4j2-impl), which cannot share a class path with the
      // product's bridge the other way round (log4j-to-slf4j) or a second SLF4J provider.
      boolean otherLogging = jar.contains("/log4j-to-slf4j/") || jar.contains("/slf4j-simple/");
      if (!jetty11 && !otherLogging) {
        entries.add(jar);
      }
    }
    try (Stream<Path> jars = Files.list(jetty10)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toAbsolutePath().toString()));
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** ZooKeeper's address, the {@code --solr} a client is given. */
  public String zkAddress() {
    return zkAddress;
  }

  /** The nodes' base URLs. */
  public List<String> nodes() {
    return nodes;
  }

  /** Stops node {@code n} (its Jetty: its cores go down, ZooKeeper sees it leave). */
  public void stop(int n) throws IOException {
    command("stop " + n);
  }

  /** Starts node {@code n} again. */
  public void start(int n) throws IOException {
    command("start " + n);
  }

  private synchronized void command(String line) throws IOException {
    in.println(line);
    // The node's own log shares its standard output (a replica's "session closed" while it stops):
    // only OK and ERROR at the start of a line are answers.
    String answer = out.readLine();
    while (answer != null && !answer.equals("OK") && !answer.startsWith("ERROR ")) {
      answer = out.readLine();
    }
    if (answer == null || !answer.equals("OK")) {
      throw new IOException(line + ": " + answer);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      in.println("quit");
      process.waitFor(60, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }
  }
}
