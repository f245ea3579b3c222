package org.jixiao.testing;

import java.nio.file.Path;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.EntryTexts;
import org.jixiao.index.OpenIndex;
import org.jixiao.index.VectorSettings;
import org.jixiao.search.Fusion;
import org.jixiao.search.Searcher;
import org.jixiao.search.Synonyms;

/**
 * The real model for tests, with one embedding cache shared by every test index in the build
 * ({@code target/test-embeddings}): the seeds are embedded once per clean build, not once per test.
 */
public final class TestVectors {

  private TestVectors() {}

  public static final Path SHARED_CACHE = Path.of("target", "test-embeddings");

  public static VectorSettings settings() {
    return new VectorSettings(BgeSmallZh.shared(), EntryTexts.DEFAULT, SHARED_CACHE);
  }

  /** The bundled corpus (data/) indexed with vectors into {@code dir}, opened. */
  public static OpenIndex seedIndex(Path dir) throws java.io.IOException {
    org.jixiao.index.IndexLocation location = new org.jixiao.index.IndexLocation(dir);
    new org.jixiao.index.Indexer(org.jixiao.ingest.Ingestor.standard(), settings())
        .update(java.util.List.of(Path.of("data")), location, false);
    return OpenIndex.open(location);
  }

  /** A searcher as the product configures it: real model, built-in synonyms, default fusion. */
  public static Searcher searcher(OpenIndex index) {
    return new Searcher(index, new QueryVectors(BgeSmallZh.shared()), Synonyms.builtIn(), Fusion.DEFAULT);
  }
}
