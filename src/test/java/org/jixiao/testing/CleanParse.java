package org.jixiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.recognise.UnrecognisedLayoutException;

/**
 * The fuzz tests' one assertion: reading an input through {@link Ingestor#standard()} ends, within a
 * time bound, in a document or a clean per-file failure with a message; nothing else may escape.
 */
public final class CleanParse {

  public static final Duration LIMIT = Duration.ofSeconds(10);
  private static final Ingestor INGESTOR = Ingestor.standard();
  /** One daemon worker, so that a runaway parse can be abandoned without hanging the test JVM. */
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz");
    t.setDaemon(true);
    return t;
  });

  private CleanParse() {}

  /** Keeps a failing input under target/fuzz-failures so that it can be replayed and turned into a test. */
  private static void keep(String fileName, byte[] input) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      Files.write(dir.resolve(System.nanoTime() + "-" + fileName), input);
    } catch (IOException ignored) {
      // The assertion that follows still reports the failure.
    }
  }

  /** Reads {@code input} as a file called {@code fileName} (its extension picks the reader). */
  public static void check(String fileName, byte[] input) throws Exception {
    Future<Object> run = WORKER.submit(() -> {
      try {
        return INGESTOR.read(fileName, input);
      } catch (UnrecognisedLayoutException | IOException expected) {
        assertThat(expected.getMessage()).isNotBlank();
        return expected;
      }
    });
    try {
      run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      keep(fileName, input);
      throw new AssertionError("parse of " + fileName + " took longer than " + LIMIT + " for an input of " + input.length + " bytes");
    } catch (ExecutionException e) {
      keep(fileName, input);
      throw new AssertionError("uncaught " + e.getCause() + " reading " + fileName + " of " + input.length + " bytes", e.getCause());
    }
  }
}
