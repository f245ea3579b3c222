package org.jixiao.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.ingest.read.DocSheetReader;
import org.jixiao.ingest.read.DocxSheetReader;
import org.jixiao.ingest.read.HtmlSheetReader;
import org.jixiao.ingest.read.PdfSheetReader;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.read.SheetReader;
import org.jixiao.ingest.read.SpreadsheetSheetReader;
import org.jixiao.ingest.read.TextSheetReader;
import org.jixiao.ingest.read.UnreadableFileException;
import org.jixiao.ingest.recognise.TableRecogniser;
import org.jixiao.ingest.recognise.UnrecognisedLayoutException;
import org.jixiao.ingest.region.RegionResolver;
import org.jixiao.model.Document;
import org.jixiao.util.Deadline;
import org.jixiao.util.GiveWay;

/**
 * Reads every file under a set of data directories into documents. A file that cannot be read or
 * whose layout is not recognised is reported with its reason and skipped; the others are read.
 */
public final class Ingestor {

  /** Files above this size are skipped: no table comes near it, and it bounds memory per file. */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  /**
   * Time one file may take to read. Real tables take well under a second; a 50 MB PDF of hundreds
   * of pages some tens of seconds. Past it the file is refused, so a crafted file cannot hold an
   * upload (and the request gate) for minutes.
   */
  public static final Duration FILE_BUDGET = Duration.ofSeconds(120);

  private final List<SheetReader> readers;
  private final TableRecogniser recogniser;
  private final Duration budget;

  public Ingestor(List<SheetReader> readers, TableRecogniser recogniser) {
    this(readers, recogniser, FILE_BUDGET);
  }

  private Ingestor(List<SheetReader> readers, TableRecogniser recogniser, Duration budget) {
    this.readers = List.copyOf(readers);
    this.recogniser = recogniser;
    this.budget = budget;
  }

  /** This ingestor with another time budget per file. */
  public Ingestor withBudget(Duration budget) {
    return new Ingestor(readers, recogniser, budget);
  }

  /** The ingestor with every reader this build has and the bundled gazetteer. */
  public static Ingestor standard() {
    // Formats known by their magic bytes first; text, which accepts almost anything, last.
    return new Ingestor(
        List.of(new DocxSheetReader(), new DocSheetReader(), new SpreadsheetSheetReader(), new PdfSheetReader(), new HtmlSheetReader(), new TextSheetReader()),
        new TableRecogniser(RegionResolver.bundled()));
  }

  /** Every regular, non-hidden file under the directories, in path order. */
  public static List<SourceFile> listFiles(List<Path> directories) throws IOException {
    requireDirectories(directories);
    List<SourceFile> files = new ArrayList<>();
    for (Path dir : directories) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> dir.relativize(p).toString().chars().noneMatch(c -> c == 0))
            .filter(p -> !isHidden(dir.relativize(p)))
            .sorted(Comparator.comparing(Path::toString))
            .forEach(p -> files.add(new SourceFile(p, dir.relativize(p).toString().replace('\\', '/'))));
      }
    }
    return files;
  }

  /** Fails with the user's message when a data directory is not there. */
  public static void requireDirectories(List<Path> directories) throws IOException {
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        throw new IOException("数据目录不存在：" + dir + " / data directory not found: " + dir);
      }
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads all files under the directories. */
  public IngestResult ingest(List<Path> directories) throws IOException {
    return ingestFiles(listFiles(directories));
  }

  /**
   * Reads the given files; files are independent, so they are read in parallel, except by an upload
   * in {@code serve} while searches are answered, which reads them one by one on its own thread and
   * leaves the other cores to the searches.
   */
  public IngestResult ingestFiles(List<SourceFile> files) {
    List<Outcome> outcomes = (GiveWay.keepToOneThread() ? files.stream() : files.parallelStream()).map(this::read).toList();
    List<Document> documents = new ArrayList<>();
    List<FileFailure> failures = new ArrayList<>();
    for (Outcome o : outcomes) {
      o.document.ifPresent(documents::add);
      o.failure.ifPresent(failures::add);
    }
    return new IngestResult(documents, failures);
  }

  private record Outcome(Optional<Document> document, Optional<FileFailure> failure) {}

  private Outcome read(SourceFile file) {
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_BYTES) {
        return failed(file, "文件过大（" + size / (1024 * 1024) + " MB，上限 50 MB）/ file too large (limit 50 MB)");
      }
      return new Outcome(Optional.of(read(file.name(), Files.readAllBytes(file.path()))), Optional.empty());
    } catch (UnrecognisedLayoutException | IOException e) {
      return failed(file, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must cost one file, not the whole corpus.
      return failed(file, "读取时出错 / error while reading: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Reads one file's bytes; the name is what provenance and the id derive from.
   *
   * @throws UnreadableFileException also when reading takes longer than the budget per file (or an
   *     enclosing {@link Deadline}), which stops the work
   */
  public Document read(String name, byte[] content) throws IOException, UnrecognisedLayoutException {
    try (Deadline.Scope scope = Deadline.start(budget)) {
      return readWithin(name, content);
    } catch (Deadline.Exceeded e) {
      throw new UnreadableFileException("读取超时（上限 " + e.seconds() + " 秒），未读取 / reading took longer than "
          + e.seconds() + " s: the file is not read", UnreadableFileException.Reason.TOO_SLOW);
    }
  }

  private Document readWithin(String name, byte[] content) throws IOException, UnrecognisedLayoutException {
    if (content.length == 0) {
      throw new UnreadableFileException("文件为空 / the file is empty");
    }
    SheetReader reader = readers.stream()
        .filter(r -> r.accepts(content))
        .findFirst()
        .orElseThrow(() -> new IOException("无法识别的文件格式 / unrecognised file format"));
    Sheet sheet = reader.read(name, content);
    if (sheet.overLimit()) {
      throw Sheet.tooManyRows();
    }
    return recogniser.recognise(sheet, documentId(name));
  }

  private static Outcome failed(SourceFile file, String reason) {
    return new Outcome(Optional.empty(), Optional.of(new FileFailure(file.name(), reason)));
  }

  /** A stable id for a file name: 12 hex digits of its SHA-1 (collisions are negligible below 10^6 files). */
  public static String documentId(String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
