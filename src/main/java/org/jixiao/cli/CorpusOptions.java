package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.index.EntryTexts;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.StorageFull;
import org.jixiao.index.VectorSettings;
import org.jixiao.ingest.BundledCorpus;
import org.jixiao.ingest.Ingestor;
import picocli.CommandLine.Option;

/** {@code --data} and {@code --index}, shared by every command that needs the corpus or its index. */
final class CorpusOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "数据目录，可重复 / data directory, repeatable (default: ./data, else the bundled corpus)")
  List<Path> data = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR", description = "索引目录 / index directory (default: ${DEFAULT-VALUE})")
  Path index = Path.of("index");

  @Option(names = "--no-vectors", description = "不计算语义向量（只能关键词检索）/ build without vectors (keyword search only)")
  boolean noVectors;

  @Option(names = "--entry-texts", hidden = true,
      description = "what text is embedded per entry (NAME, CATEGORY_NAME, NAME_QUALITATIVE_TARGET); for measurements")
  EntryTexts entryTexts = EntryTexts.DEFAULT;

  @Option(names = "--solr", paramLabel = "ADDRESS",
      description = "用 SolrCloud 集群代替内嵌索引：ZooKeeper 地址（zk1:2181,zk2:2181/solr）或节点 URL / use a SolrCloud cluster "
          + "instead of the embedded index: ZooKeeper hosts with an optional chroot, or node URLs (http://host:8983/solr)")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "Solr 集合名 / Solr collection (default: ${DEFAULT-VALUE})")
  String collection = "jixiao";

  @Option(names = "--shards", paramLabel = "N", description = "新建 Solr 集合的分片数 / shards of a new Solr collection (default: ${DEFAULT-VALUE})")
  int shards = 2;

  @Option(names = "--replicas", paramLabel = "N",
      description = "新建 Solr 集合每个分片的副本数 / replicas per shard of a new Solr collection (default: ${DEFAULT-VALUE})")
  int replicas = 2;

  IndexLocation location() {
    return new IndexLocation(index);
  }

  /**
   * The data directories: as given, else ./data, else the bundled corpus copied beside the index.
   * Decided once per command (a command asks for them several times; the bundled corpus is copied
   * and announced once).
   */
  List<Path> dataDirectories(PrintWriter out) throws IOException {
    if (resolved == null) {
      resolved = resolveDataDirectories(out);
    }
    return resolved;
  }

  private List<Path> resolved;

  private List<Path> resolveDataDirectories(PrintWriter out) throws IOException {
    if (!data.isEmpty()) {
      return data.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
    Path local = Path.of("data");
    if (Files.isDirectory(local)) {
      return List.of(local.toAbsolutePath().normalize());
    }
    Path bundled = BundledCorpus.extractTo(location().root().resolve("bundled-corpus"));
    out.println("未找到 ./data，使用内置语料 / no ./data here, using the bundled corpus: " + bundled);
    return List.of(bundled);
  }

  /** The indexer these options ask for: with bge-small-zh vectors unless {@code --no-vectors}. */
  Indexer indexer() {
    return new Indexer(Ingestor.standard(), vectorSettings());
  }

  /** How entries are embedded: bge-small-zh unless {@code --no-vectors} (then null). */
  VectorSettings vectorSettings() {
    return noVectors ? null : new VectorSettings(BgeSmallZh.lazy(), entryTexts, null,
        org.jixiao.embed.EmbeddingProgress.printingTo(
            new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
            java.time.Duration.ofSeconds(10)));
  }

  /** Whether {@code --solr} chose a SolrCloud collection over the embedded index. */
  boolean onSolr() {
    return solr != null;
  }

  /** The {@code --collection} on the {@code --solr} cluster, created when it does not exist. */
  org.jixiao.index.SolrCollection openCollection() throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards 与 --replicas 须至少为 1 / --shards and --replicas must be at least 1");
    }
    VectorSettings vectors = vectorSettings();
    return org.jixiao.index.SolrCollection.open(solr, collection, shards, replicas, vectors,
        vectors == null ? null : vectors.cacheIn(location()),
        org.jixiao.search.SolrSearcher.configset());
  }

  /**
   * Puts every table of the data directories into {@code collection} (replacing tables of the same
   * id), a few hundred files at a time, takes out the tables no longer there, and commits; prints
   * what was read and what was skipped.
   */
  void fill(org.jixiao.index.SolrCollection collection, PrintWriter out) throws IOException {
    List<Path> directories = dataDirectories(out);
    Ingestor.requireDirectories(directories);
    long start = System.nanoTime();
    List<org.jixiao.ingest.SourceFile> files = Ingestor.listFiles(directories);
    Ingestor ingestor = Ingestor.standard();
    long documents = 0;
    long indicators = 0;
    java.util.Set<String> read = new java.util.HashSet<>();
    for (int from = 0; from < files.size(); from += FILES_PER_BATCH) {
      org.jixiao.ingest.IngestResult batch = ingestor.ingestFiles(files.subList(from, Math.min(files.size(), from + FILES_PER_BATCH)));
      collection.put(batch.documents());
      batch.documents().forEach(d -> read.add(d.id()));
      documents += batch.documents().size();
      indicators += batch.indicatorCount();
      for (org.jixiao.ingest.FileFailure f : batch.failures()) {
        out.println("跳过 / skipped " + f.file() + ": " + f.reason());
      }
    }
    int removed = collection.retainOnly(read);
    if (removed > 0) {
      out.printf("移除 %d 个已不在数据目录中的表格 / took out %d tables no longer in the data directories%n", removed, removed);
    }
    collection.commit();
    out.printf("Solr 集合 %s：%d 个表格，%d 个指标（%d ms）/ Solr collection %s: %d tables, %d indicators (%d ms)%n",
        collection.name(), documents, indicators, (System.nanoTime() - start) / 1_000_000,
        collection.name(), documents, indicators, (System.nanoTime() - start) / 1_000_000);
    out.flush();
  }

  /** Files read per batch when a Solr collection is filled: bounded memory at any corpus size. */
  private static final int FILES_PER_BATCH = 500;

  /** Builds or refreshes the index as needed, prints what happened, and opens it. */
  OpenIndex openUpToDate(PrintWriter out, boolean force) throws IOException {
    return openUpToDate(out, force, true);
  }

  /** The same, with Lucene's query cache on or off (see {@link OpenIndex#open(org.jixiao.index.IndexLocation, boolean)}). */
  OpenIndex openUpToDate(PrintWriter out, boolean force, boolean queryCache) throws IOException {
    List<Path> directories = dataDirectories(out);
    Ingestor.requireDirectories(directories);
    try {
      Indexer.Outcome outcome = indexer().update(directories, location(), force);
      if (outcome.rebuilt()) {
        Reports.printBuild(out, outcome);
      }
    } catch (IOException | RuntimeException e) {
      // A build that cannot finish (a full disk above all) leaves the last generation intact: serve
      // it, and say why it is behind the data, rather than not start at all.
      if (force || !hasGeneration()) {
        throw buildFailed(e);
      }
      out.println("警告 / warning: 索引未能按数据更新（" + cause(e) + "），继续使用上一版索引 / the index could not be brought up to date ("
          + cause(e) + "): serving the previous generation");
      out.flush();
    }
    return OpenIndex.open(location(), queryCache);
  }

  /**
   * The reference backend's live index ({@code live/} inside the index directory), brought in step
   * with the data.
   */
  org.jixiao.index.LiveIndex openLive(PrintWriter out, boolean queryCache) throws IOException {
    List<Path> directories = dataDirectories(out);
    Ingestor.requireDirectories(directories);
    long start = System.nanoTime();
    org.jixiao.index.LiveIndex live = indexer().openLive(directories, location(), queryCache);
    out.printf("实时索引就绪 / live index ready (%d ms)%n", (System.nanoTime() - start) / 1_000_000);
    out.flush();
    return live;
  }

  /** Builds the index from the data whatever its state ({@code index}); a failure says its cause. */
  Indexer.Outcome rebuild(PrintWriter out) throws IOException {
    List<Path> directories = dataDirectories(out);
    Ingestor.requireDirectories(directories);
    try {
      return indexer().update(directories, location(), true);
    } catch (IOException | RuntimeException e) {
      throw buildFailed(e);
    }
  }

  private static IOException buildFailed(Throwable e) {
    return new IOException("索引未能建立：" + cause(e) + " / the index could not be built: " + cause(e), e);
  }

  private boolean hasGeneration() {
    try {
      return location().current().isPresent();
    } catch (IOException damaged) {
      return false;
    }
  }

  /** What went wrong, in words: a full disk by name, else the innermost message (Lucene wraps the real one). */
  static String cause(Throwable e) {
    if (StorageFull.is(e)) {
      return "磁盘空间不足 / no space left on the disk";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
  }
}
