package org.jixiao.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.recognise.UnrecognisedLayoutException;
import org.jixiao.model.Document;

/**
 * The corpus as files in data directories. Uploads are checked by reading them before anything is
 * written, kept under {@code uploads/} of the first data directory (so a rebuild reproduces the
 * index); only the changed files' entries are re-indexed, into a new generation that replaces the
 * old one atomically (see {@code IncrementalUpdate}). Removed files are moved to
 * {@code .deleted/} (hidden, so never indexed), not erased. One change at a time: two uploads at
 * once both land, one after the other.
 */
public final class DataLibrary implements Library {

  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  public static final int MAX_FILES = 200;
  static final String UPLOADS = "uploads";

  private final List<Path> dataDirectories;
  private final Catalogue catalogue;
  private final Ingestor ingestor;

  /** A library whose changes are published as index generations of {@code location}. */
  public DataLibrary(List<Path> dataDirectories, IndexLocation location, Indexer indexer, Ingestor ingestor) {
    this(dataDirectories, new Generations(dataDirectories, location, indexer), ingestor);
  }

  /** A library whose changes go to {@code catalogue}. */
  public DataLibrary(List<Path> dataDirectories, Catalogue catalogue, Ingestor ingestor) {
    this.dataDirectories = List.copyOf(dataDirectories);
    this.catalogue = catalogue;
    this.ingestor = ingestor;
  }

  @Override
  public synchronized Change add(List<Upload> uploads) throws IOException {
    if (uploads.isEmpty()) {
      throw new IllegalArgumentException("没有上传文件 / no files uploaded");
    }
    if (uploads.size() > MAX_FILES) {
      throw new IllegalArgumentException("一次最多上传 " + MAX_FILES + " 个文件 / at most " + MAX_FILES + " files per request");
    }
    Path target = dataDirectories.get(0).resolve(UPLOADS);
    String before = catalogue.fingerprint();
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Document> added = new ArrayList<>();
    List<Kept> kept = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Upload u : uploads) {
      String name = safeName(u.name());
      if (!seen.add(name)) {
        // Two files of one name in one request would be indexed twice under one id.
        outcomes.add(failed(name, "同一次上传中文件名重复，只保留第一个 / the same file name twice in one upload; the first is kept"));
        continue;
      }
      if (u.content().length == 0) {
        outcomes.add(failed(name, "文件为空 / the file is empty"));
        continue;
      }
      if (u.content().length > MAX_FILE_BYTES) {
        outcomes.add(failed(name, "文件过大（上限 20 MB）/ file larger than 20 MB"));
        continue;
      }
      String relative = UPLOADS + "/" + name;
      Document document;
      try {
        document = ingestor.read(relative, u.content());
      } catch (UnrecognisedLayoutException | IOException e) {
        outcomes.add(failed(name, e.getMessage()));
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        // A parser's failure, however deep (a page nested 80,000 levels), costs this file only.
        outcomes.add(failed(name, "读取时出错 / error while reading: " + e.getClass().getSimpleName()));
        continue;
      }
      Path file = target.resolve(name);
      boolean existed = Files.exists(file);
      try {
        kept.add(keep(target, file, u.content()));
      } catch (IOException e) {
        if (StorageFull.is(e)) {
          // No room for this file means no room for the index either: nothing of this request stays.
          undo(kept);
          throw new StorageFull(e);
        }
        // A name the file system refuses: this file is not kept, and no part of it stays behind.
        outcomes.add(failed(name, "保存失败 / could not be saved: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        continue;
      }
      added.add(document);
      outcomes.add(new FileOutcome(name, existed ? "replaced" : "indexed", document.id(), document.projects().size(),
          document.indicatorCount(), document.warnings(), null));
    }
    Change change;
    try {
      change = finish(outcomes, before, added, List.of());
    } catch (IOException | RuntimeException e) {
      // The index did not take the files: they go, and replaced files come back, so that nothing
      // unindexed goes live at the next start.
      undo(kept);
      if (StorageFull.is(e)) {
        throw new StorageFull(e);
      }
      throw e;
    }
    for (Kept k : kept) {
      if (k.previous() != null) {
        Files.deleteIfExists(k.previous());
      }
    }
    return change;
  }

  /** A file written by an upload, and where the file it replaced waits until the index has the new one. */
  private record Kept(Path file, Path previous) {}

  /**
   * Writes the upload beside its final name, moves a file of the same name aside (hidden, so never
   * indexed), then moves the upload into place. On failure nothing of it remains.
   */
  private static Kept keep(Path target, Path file, byte[] content) throws IOException {
    Files.createDirectories(target);
    Path temp = Files.createTempFile(target, ".upload-", ".part");
    Path previous = null;
    try {
      Files.write(temp, content);
      if (Files.exists(file)) {
        previous = target.resolve(".replaced-" + System.nanoTime() + "-" + file.getFileName());
        Files.move(file, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      return new Kept(file, previous);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      if (previous != null && !Files.exists(file)) {
        Files.move(previous, file, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
  }

  /** Takes back what {@link #keep} did, latest first. */
  private static void undo(List<Kept> kept) throws IOException {
    for (int i = kept.size() - 1; i >= 0; i--) {
      Kept k = kept.get(i);
      Files.deleteIfExists(k.file());
      if (k.previous() != null) {
        Files.move(k.previous(), k.file(), StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }


  @Override
  public synchronized Change remove(String documentId) throws IOException {
    Optional<IndexReport.FileEntry> entry = catalogue.fileOf(documentId);
    if (entry.isEmpty()) {
      return new Change(List.of(), null, null);
    }
    String before = catalogue.fingerprint();
    for (Path dir : dataDirectories) {
      Path file = dir.resolve(entry.get().file()).normalize();
      if (file.startsWith(dir) && Files.isRegularFile(file)) {
        Path trashed = trashPath(Files.createDirectories(dir.resolve(".deleted")), file.getFileName().toString());
        Files.move(file, trashed);
        try {
          return finish(List.of(new FileOutcome(entry.get().file(), "removed", documentId, entry.get().projects(),
              entry.get().indicators(), List.of(), null)), before, List.of(), List.of(entry.get()));
        } catch (IOException | RuntimeException e) {
          // The index still has the document: so does the data directory.
          Files.move(trashed, file);
          if (StorageFull.is(e)) {
            throw new StorageFull(e);
          }
          throw e;
        }
      }
    }
    return new Change(List.of(), null, null);
  }

  /**
   * A name in the trash no earlier copy has: the time to the millisecond, then a counter where the
   * same file was deleted twice within it, so that no deleted copy overwrites another.
   */
  static Path trashPath(Path trash, String fileName) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path candidate = trash.resolve(stamp + "-" + fileName);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = trash.resolve(stamp + "-" + n + "-" + fileName);
    }
    return candidate;
  }

  /** Indexes the change (the catalogue re-indexes just the changed files when it was current before it). */
  private Change finish(List<FileOutcome> outcomes, String before, List<Document> added, List<IndexReport.FileEntry> removed)
      throws IOException {
    Catalogue.Applied applied = catalogue.apply(before, added, removed);
    return new Change(outcomes, applied.index(), applied.report());
  }

  private static FileOutcome failed(String name, String reason) {
    return new FileOutcome(name, "failed", null, null, null, List.of(), reason);
  }

  /**
   * The file name alone, without any directory part, and nothing a file system or a later reader
   * could misread: an upload can never write outside {@code uploads/}.
   */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    base = base.replaceAll("[\\x00-\\x1f<>:\"|?*]", "_");
    while (base.startsWith(".")) {
      base = base.substring(1);
    }
    if (base.isBlank()) {
      base = "upload";
    }
    return withinBytes(withoutLoneSurrogates(base), MAX_NAME_BYTES);
  }

  /** File systems allow 255 bytes a name; what is kept leaves room for the trash's prefix. */
  public static final int MAX_NAME_BYTES = 200;

  /** Half of an emoji (a lone surrogate) cannot be a file name's character. */
  private static String withoutLoneSurrogates(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '_' : c);
      }
    }
    return b.toString();
  }

  /** The name cut to at most {@code max} UTF-8 bytes, its extension kept and no character split. */
  private static String withinBytes(String name, int max) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= max) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String stem = name.substring(0, name.length() - ext.length());
    int budget = max - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder kept = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + bytes > budget) {
        break;
      }
      kept.appendCodePoint(cp);
      used += bytes;
      i += Character.charCount(cp);
    }
    return kept + ext;
  }
}
