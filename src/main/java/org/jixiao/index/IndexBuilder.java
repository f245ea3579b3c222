package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.ingest.IngestResult;
import org.jixiao.model.Document;

/**
 * Builds a complete index generation from ingested documents and publishes it. Until the final
 * rename of {@code CURRENT}, readers keep using the previous generation.
 */
public final class IndexBuilder {

  /**
   * Bumped when the schema changes, so that an index built by an older version is rebuilt. 12: an
   * indicator's stored record holds the indicator and its placement whole (nested), where it copied
   * their fields. 11: a full build writes its texts' vectors as one segment.
   */
  public static final int SCHEMA_VERSION = 12;

  private IndexBuilder() {}

  /**
   * Writes the documents into a new generation of {@code location} and makes it current.
   *
   * @param fingerprint identifies the data the index is built from (see {@code DataFingerprint})
   * @param dataDirectories the directories read, for the report
   * @param vectors how entries are embedded; null for an index without vectors (keyword search only)
   */
  public static IndexReport build(
      IngestResult ingest, IndexLocation location, String fingerprint, List<String> dataDirectories, VectorSettings vectors)
      throws IOException {
    long start = System.nanoTime();
    try (IndexLocation.BuildLock lock = location.lockForBuild()) {
      EntryVectors entryVectors = vectors == null ? EntryVectors.NONE : EntryVectors.compute(ingest, vectors, location);
      Path generation = location.newGeneration();
      try {
        write(ingest, generation, entryVectors);
        IndexReport report = report(
            ingest, fingerprint, dataDirectories, (System.nanoTime() - start) / 1_000_000, entryVectors.report());
        IndexLocation.writeReport(generation, report);
        location.publish(generation);
        return report;
      } catch (IOException | RuntimeException e) {
        location.discard(generation);
        throw e;
      }
    }
  }

  private static void write(IngestResult ingest, Path generation, EntryVectors vectors) throws IOException {
    try (FSDirectory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
      addAll(writer, ingest.documents(), vectors);
      // One segment: documents are added from many threads, so how they fall into segments differs
      // from build to build; merged into one sorted segment they always lie in (name, id) order, and
      // equal scores come out in the same order on every build and machine.
      writer.forceMerge(1);
      writer.commit();
    }
    TextVectorsWriter.write(generation, vectors, true);
  }

  static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(new RepeatingTextAnalyzer(Analyzers.forIndexing()))
        .setOpenMode(mode)
        .setIndexSort(new Sort(new SortField(Fields.NAME_KEY, SortField.Type.STRING), new SortField(Fields.ID, SortField.Type.STRING)))
        .setRAMBufferSizeMB(ramBufferMb());
  }

  /**
   * The indexing buffer: a quarter of the heap, between 128 MB and 2 GB. Each flush makes a segment
   * and every merge rewrites segments, so at a million entries a larger buffer is the cheapest build
   * time there is (measured when entries still had their own HNSW graphs, 1M with vectors: 316 s at
   * 128 MB, 244 s at 2 GB); a quarter of the heap leaves the rest for the documents being indexed.
   */
  static double ramBufferMb() {
    long quarter = Runtime.getRuntime().maxMemory() / (4L * 1024 * 1024);
    return Math.max(128, Math.min(2048, quarter));
  }

  /**
   * Adds each document's entries as one block. Analysis (smartcn above all) is most of the cost and
   * IndexWriter takes documents from many threads at once, so documents are added in parallel.
   */
  static void addAll(IndexWriter writer, List<Document> documents, EntryVectors vectors) throws IOException {
    DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    if (org.jixiao.util.GiveWay.keepToOneThread()) {
      // An upload while serve answers searches: this thread alone, pausing between tables (GiveWay).
      for (Document document : documents) {
        org.jixiao.util.GiveWay.maybePause();
        writer.addDocuments(mapper.map(document, vectors));
      }
      return;
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.submit(() -> documents.parallelStream().forEach(document -> {
        try {
          writer.addDocuments(mapper.map(document, vectors));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("建索引失败 / indexing failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("建索引被中断 / indexing interrupted", e);
    } finally {
      pool.shutdown();
    }
  }

  static IndexReport.FileEntry fileEntry(Document d) {
    return new IndexReport.FileEntry(
        d.sourceFile(), d.id(), d.kind().code(), d.unit() != null ? d.unit() : d.department(), d.city(),
        d.district(), d.year(), d.yearBasis().code(), d.projects().size(), d.indicatorCount(), d.warnings());
  }

  private static IndexReport report(
      IngestResult ingest, String fingerprint, List<String> dataDirectories, long millis, EmbeddingReport embedding) {
    List<IndexReport.FileEntry> files = new ArrayList<>();
    for (Document d : ingest.documents()) {
      files.add(fileEntry(d));
    }
    return new IndexReport(
        ingest.documents().size(), ingest.projectCount(), ingest.indicatorCount(), files, ingest.failures(),
        fingerprint, dataDirectories, OffsetDateTime.now().toString(), millis, embedding);
  }
}
