package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.ingest.FileFailure;
import org.jixiao.ingest.IngestResult;
import org.jixiao.model.Document;

/**
 * Changes a few files' entries in the current generation without re-reading the rest of the corpus.
 *
 * <p>The new generation starts as hard links to the current one's files: Lucene never rewrites a
 * file once written, so linking is safe and costs one directory entry per file, whatever the corpus
 * size. An IndexWriter then deletes the changed documents' entries by {@link Fields#DOCUMENT_ID},
 * adds the new ones and commits, and the generation is published as a full build would be. Readers
 * of the previous generation are untouched; a crash before the publish leaves it current.
 */
final class IncrementalUpdate {

  private IncrementalUpdate() {}

  /**
   * @param added documents read from new or replaced files
   * @param removedFiles data-relative names of files removed or replaced
   * @param fingerprint the fingerprint of the data after the change
   */
  static IndexReport apply(
      IndexLocation location, List<Document> added, List<String> removedFiles, String fingerprint, VectorSettings vectors)
      throws IOException {
    long start = System.nanoTime();
    try (IndexLocation.BuildLock lock = location.lockForBuild()) {
      Path current = location.current().orElseThrow(() -> new IOException("没有可更新的索引 / no index to update"));
      IndexReport before = IndexLocation.readReport(current);
      Set<String> changedFiles = new HashSet<>(removedFiles);
      added.forEach(d -> changedFiles.add(d.sourceFile()));
      Set<String> staleIds = new HashSet<>();
      before.files().stream().filter(f -> changedFiles.contains(f.file())).forEach(f -> staleIds.add(f.documentId()));
      added.forEach(d -> staleIds.add(d.id()));

      IngestResult ingest = new IngestResult(added, List.of());
      EntryVectors entryVectors = vectors == null ? EntryVectors.NONE : EntryVectors.compute(ingest, vectors, location);
      Path generation = location.newGeneration();
      try {
        link(current, generation);
        Path texts = current.resolve(TextVectors.DIRECTORY);
        if (Files.isDirectory(texts)) {
          Files.createDirectories(generation.resolve(TextVectors.DIRECTORY));
          link(texts, generation.resolve(TextVectors.DIRECTORY));
        }
        try (FSDirectory dir = FSDirectory.open(generation);
            IndexWriter writer = new IndexWriter(dir, IndexBuilder.writerConfig(IndexWriterConfig.OpenMode.APPEND))) {
          writer.deleteDocuments(staleIds.stream().map(id -> new Term(Fields.DOCUMENT_ID, id)).toArray(Term[]::new));
          IndexBuilder.addAll(writer, added, entryVectors);
          writer.commit();
        }
        TextVectorsWriter.write(generation, entryVectors, false);
        IndexReport report = report(before, added, changedFiles, fingerprint, (System.nanoTime() - start) / 1_000_000, entryVectors.report());
        IndexLocation.writeReport(generation, report);
        location.publish(generation);
        return report;
      } catch (IOException | RuntimeException e) {
        location.discard(generation);
        throw e;
      }
    }
  }

  /** Hard-links every index file of {@code from} into {@code to}; copies where links are not supported. */
  private static void link(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(from)) {
      files = list.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(IndexLocation.REPORT))
          .filter(p -> !p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
          .toList();
    }
    for (Path file : files) {
      Path target = to.resolve(file.getFileName());
      try {
        Files.createLink(target, file);
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static IndexReport report(
      IndexReport before, List<Document> added, Set<String> changedFiles, String fingerprint, long millis, EmbeddingReport embedding) {
    List<IndexReport.FileEntry> files = new ArrayList<>(
        before.files().stream().filter(f -> !changedFiles.contains(f.file())).toList());
    added.forEach(d -> files.add(IndexBuilder.fileEntry(d)));
    List<FileFailure> failures = before.failures().stream().filter(f -> !changedFiles.contains(f.file())).toList();
    int projects = files.stream().mapToInt(IndexReport.FileEntry::projects).sum();
    int indicators = files.stream().mapToInt(IndexReport.FileEntry::indicators).sum();
    EmbeddingReport vectors = before.embedding() == null || embedding == null ? null
        : new EmbeddingReport(before.embedding().model(), before.embedding().texts(), projects + indicators,
            embedding.embedded(), embedding.millis());
    return new IndexReport(files.size(), projects, indicators, files, failures, fingerprint, before.dataDirectories(),
        OffsetDateTime.now().toString(), millis, vectors);
  }
}
