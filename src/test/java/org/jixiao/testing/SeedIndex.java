package org.jixiao.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;

/** The bundled corpus ({@code data/}) indexed without vectors, for tests that search it. */
public final class SeedIndex {

  private SeedIndex() {}

  /** Builds the index under {@code dir} and opens it; the caller closes it. */
  public static OpenIndex keywordOnly(Path dir) throws IOException {
    IndexLocation location = location(dir);
    new Indexer(Ingestor.standard(), null).update(List.of(Path.of("data")), location, false);
    return OpenIndex.open(location);
  }

  /** Where {@link #keywordOnly} builds the index under {@code dir}. */
  public static IndexLocation location(Path dir) {
    return new IndexLocation(dir.resolve("index"));
  }
}
