package org.jixiao.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An index directory holding generations: {@code gen-<time>/} directories, each a complete Lucene
 * index with its {@code report.json}, and a {@code CURRENT} file naming the one in use. A build writes
 * a new generation and only then replaces {@code CURRENT} by an atomic rename, so a build that fails
 * or is killed leaves the previous index as it was.
 */
public final class IndexLocation {

  static final String CURRENT = "CURRENT";
  static final String REPORT = "report.json";
  private static final String GENERATION_PREFIX = "gen-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The generation in use, if a build has completed here. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(GENERATION_PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new IOException("索引目录已损坏：CURRENT 文件内容无效，请运行 `index --rebuild` / index is corrupt: CURRENT is invalid; run `index --rebuild`");
    }
    Path generation = root.resolve(name);
    if (!Files.isDirectory(generation)) {
      throw new IOException("索引目录已损坏：找不到 " + name + "，请运行 `index --rebuild` / index is corrupt: " + name + " is missing; run `index --rebuild`");
    }
    return Optional.of(generation);
  }

  /** The report of the generation in use, if any. */
  public Optional<IndexReport> currentReport() throws IOException {
    Optional<Path> generation = current();
    return generation.isEmpty() ? Optional.empty() : Optional.of(readReport(generation.get()));
  }

  /** A new, empty generation directory. */
  Path newGeneration() throws IOException {
    Files.createDirectories(root);
    String name = GENERATION_PREFIX + LocalDateTime.now().format(STAMP) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    return Files.createDirectory(root.resolve(name));
  }

  /** Makes {@code generation} the one in use, then removes the others. */
  void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
      ch.force(true);
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    removeGenerationsExcept(generation);
  }

  /** Deletes generations other than {@code keep}: superseded ones and those of interrupted builds. */
  void removeGenerationsExcept(Path keep) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> stale;
    try (Stream<Path> list = Files.list(root)) {
      stale = list.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX))
          .filter(p -> keep == null || !p.getFileName().equals(keep.getFileName()))
          .toList();
    }
    for (Path dir : stale) {
      deleteRecursively(dir);
    }
  }

  /** Deletes a generation that was never published (a failed build). */
  void discard(Path generation) throws IOException {
    deleteRecursively(generation);
  }

  /**
   * Holds the build lock: only one build writes to an index directory at a time.
   *
   * @throws IOException when another build holds it
   */
  BuildLock lockForBuild() throws IOException {
    Files.createDirectories(root);
    FileChannel channel = FileChannel.open(root.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new IOException("另一个建索引进程正在运行：" + root + " / another build is writing to " + root);
      }
      return new BuildLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException("另一个建索引进程正在运行：" + root + " / another build is writing to " + root, e);
    }
  }

  /** The build lock; closing releases it. */
  record BuildLock(FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      lock.release();
      channel.close();
    }
  }

  static void writeReport(Path generation, IndexReport report) throws IOException {
    Path tmp = generation.resolve(REPORT + ".tmp");
    JSON.writeValue(tmp.toFile(), report);
    Files.move(tmp, generation.resolve(REPORT), StandardCopyOption.ATOMIC_MOVE);
  }

  static IndexReport readReport(Path generation) throws IOException {
    Path report = generation.resolve(REPORT);
    if (!Files.isRegularFile(report)) {
      throw new IOException("索引目录已损坏：缺少 report.json，请运行 `index --rebuild` / index is corrupt: report.json is missing; run `index --rebuild`");
    }
    return JSON.readValue(report.toFile(), IndexReport.class);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
