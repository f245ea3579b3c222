package org.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.OpenIndex;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bundled corpus indexed without vectors once for a test class: built and opened before its
 * tests, closed and deleted after. Register it as a static field:
 * {@code @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();}
 */
public final class SeedIndexExtension implements BeforeAllCallback, AfterAllCallback {

  private Path dir;
  private OpenIndex index;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("jixiao-seed-");
    index = SeedIndex.keywordOnly(dir);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The open index. */
  public OpenIndex index() {
    return index;
  }

  /** Where it was built, to open it again. */
  public IndexLocation location() {
    return SeedIndex.location(dir);
  }
}
