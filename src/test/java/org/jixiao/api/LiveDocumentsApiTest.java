package org.jixiao.api;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.LiveCatalogue;
import org.jixiao.index.LiveIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.Fusion;
import org.jixiao.search.ReferenceSearcher;
import org.jixiao.search.Synonyms;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterEach;

/**
 * Every upload and delete test of {@link DocumentsApiTest}, on the reference backend: the live index
 * takes each change with {@code updateDocuments} / {@code deleteDocuments}, a commit and a refresh,
 * and the next search sees it, with no generation built and nothing swapped.
 */
class LiveDocumentsApiTest extends DocumentsApiTest {

  private final List<LiveIndex> opened = new ArrayList<>();

  @Override
  Javalin server(String token) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    Indexer indexer = new Indexer(Ingestor.standard(), TestVectors.settings());
    LiveIndex live = indexer.openLive(List.of(data), new IndexLocation(tmp.resolve("index")), true);
    opened.add(live);
    ReferenceSearcher searcher = new ReferenceSearcher(live, new QueryVectors(BgeSmallZh.shared()), Synonyms.builtIn(), Fusion.DEFAULT);
    return ApiServer.create(searcher, new DataLibrary(List.of(data), new LiveCatalogue(live, indexer, List.of(data)), Ingestor.standard()),
        token);
  }

  @AfterEach
  void closeLiveIndexes() throws Exception {
    for (LiveIndex live : opened) {
      live.close();
    }
  }
}
