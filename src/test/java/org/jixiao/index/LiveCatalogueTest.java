package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.ReferenceSearcher;
import org.jixiao.search.SearchBackend;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.Synonyms;
import org.jixiao.search.Fusion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live index kept in step with its data: uploads and deletes searchable after they return, and
 * what a restart finds: nothing read again when the data is as committed, everything put in again
 * (and vanished tables deleted) when the data changed while it was closed.
 */
class LiveCatalogueTest {

  @TempDir Path tmp;

  static final String TABLE = String.join("\n",
      "2025年项目支出绩效目标表", "", "单位名称：珠海市金田区教育局", "", "单位：万元", "",
      "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标",
      "合计\t10.00\t10.00\t\t\t\t",
      "珠海市金田区教育局\t10.00\t10.00\t\t\t\t",
      "星际巡航保障项目\t10.00\t10.00\t\t\t保障星际巡航；\t1、产出指标：%s，年度指标值：95%%。", "");

  /** How many indicators of exactly that name a search for it finds. */
  static long found(SearchBackend backend, String name) throws Exception {
    return backend.search(new SearchRequest(name, "indicator", 100, 0, Map.of(), SearchMode.BM25)).hits().stream()
        .filter(h -> ((org.jixiao.search.IndicatorHit) h).record().name().equals(name)).count();
  }

  @Test
  void changesAreSearchableWhenTheyReturnAndARestartReadsOnlyWhatChanged() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    Indexer indexer = new Indexer(Ingestor.standard(), null);
    String documentId;
    try (LiveIndex live = indexer.openLive(List.of(data), location, true)) {
      ReferenceSearcher searcher = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
      assertThat(searcher.size().documents()).isEqualTo(1);
      DataLibrary library = new DataLibrary(List.of(data), new LiveCatalogue(live, indexer, List.of(data)), Ingestor.standard());

      Library.Change added = library.add(List.of(new Library.Upload("star.txt", TABLE.formatted("星舰巡航完成率").getBytes(StandardCharsets.UTF_8))));
      assertThat(added.index()).as("nothing to swap: the searchers see the change").isNull();
      assertThat(added.report().documents()).isEqualTo(2);
      assertThat(found(searcher, "星舰巡航完成率")).isEqualTo(1);
      documentId = added.files().get(0).documentId();

      // The same file name again replaces its entries.
      library.add(List.of(new Library.Upload("star.txt", TABLE.formatted("星舰补给到位率").getBytes(StandardCharsets.UTF_8))));
      assertThat(found(searcher, "星舰巡航完成率")).isZero();
      assertThat(found(searcher, "星舰补给到位率")).isEqualTo(1);
      assertThat(searcher.size().documents()).isEqualTo(2);
      assertThat(live.committedFingerprint()).isEqualTo(indexer.fingerprint(List.of(data)));
    }
    try (LiveIndex live = LiveIndex.open(LiveIndex.directoryIn(location), null)) {
      // Committed: a plain reopen, no sync, already has the upload.
      live.refresh();
      assertThat(found(new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT), "星舰补给到位率")).isEqualTo(1);
    }
    try (LiveIndex live = indexer.openLive(List.of(data), location, true)) {
      ReferenceSearcher searcher = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
      DataLibrary library = new DataLibrary(List.of(data), new LiveCatalogue(live, indexer, List.of(data)), Ingestor.standard());
      Library.Change removed = library.remove(documentId);
      assertThat(removed.files()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo("removed"));
      assertThat(removed.files().get(0).indicators()).isEqualTo(1);
      assertThat(found(searcher, "星舰补给到位率")).isZero();
      assertThat(library.remove(documentId).files()).isEmpty();
    }
    // Changed while closed: a table added beside it, the petitions table taken away.
    Files.writeString(data.resolve("moon.txt"), TABLE.formatted("月面基地巡检率"));
    Files.delete(data.resolve("petitions.txt"));
    try (LiveIndex live = indexer.openLive(List.of(data), location, true)) {
      ReferenceSearcher searcher = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
      assertThat(found(searcher, "月面基地巡检率")).isEqualTo(1);
      assertThat(searcher.size().documents()).isEqualTo(1);
    }
  }

  @Test
  void aChangeThatFailsHalfWayLeavesNoGhostsOnceTheNextChangeLands() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    Indexer indexer = new Indexer(Ingestor.standard(), new VectorSettings(new org.jixiao.testing.HashEmbedder(8, "故障"), EntryTexts.DEFAULT, tmp.resolve("cache")));
    try (LiveIndex live = indexer.openLive(List.of(data), new IndexLocation(tmp.resolve("index")), true)) {
      ReferenceSearcher searcher = new ReferenceSearcher(live, null, Synonyms.builtIn(), Fusion.DEFAULT);
      DataLibrary library = new DataLibrary(List.of(data), new LiveCatalogue(live, indexer, List.of(data)), Ingestor.standard());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.add(List.of(
              new Library.Upload("broken.txt", TABLE.formatted("故障注入完成率").getBytes(StandardCharsets.UTF_8)))))
          .hasMessageContaining("on purpose");
      assertThat(data.resolve("uploads/broken.txt")).as("the library took its file back").doesNotExist();
      // What a change that failed after writing would leave: entries in the writer, uncommitted.
      live.put(Ingestor.standard().ingest(List.of(writeTable(tmp.resolve("ghost"), "幽灵表格完成率"))).documents());

      library.add(List.of(new Library.Upload("star.txt", TABLE.formatted("星舰巡航完成率").getBytes(StandardCharsets.UTF_8))));
      assertThat(found(searcher, "星舰巡航完成率")).isEqualTo(1);
      assertThat(found(searcher, "幽灵表格完成率")).as("the half-applied entries are gone").isZero();
      assertThat(searcher.size().documents()).isEqualTo(2);
    }
  }

  private static Path writeTable(Path dir, String indicator) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("t.txt"), TABLE.formatted(indicator));
    return dir;
  }
}
