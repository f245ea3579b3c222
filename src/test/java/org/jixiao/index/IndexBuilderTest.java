package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.embed.BgeSmallZh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  @TempDir Path tmp;

  static long generations(Path root) throws Exception {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
    }
  }

  @Test
  void buildPublishesOneCompleteGenerationWithItsReport() throws Exception {
    IngestResult ingest = Ingestor.standard().ingest(List.of(Path.of("data")));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    IndexReport report = IndexBuilder.build(ingest, location, "fp1", List.of("data"), null);
    assertThat(report.documents()).isEqualTo(5);
    assertThat(report.projects()).isEqualTo(7 + 5 + 1 + 11 + 32);
    assertThat(report.indicators()).isEqualTo(35 + 24 + 16 + 33 + 156);
    assertThat(location.currentReport()).get().extracting(IndexReport::dataFingerprint).isEqualTo("fp1");
    Path first = location.current().orElseThrow();

    IndexBuilder.build(ingest, location, "fp2", List.of("data"), null);
    assertThat(location.current().orElseThrow()).isNotEqualTo(first);
    assertThat(first).doesNotExist();
    assertThat(generations(location.root())).isEqualTo(1);

    // The fields results are highlighted on keep offsets in their postings; the searched-only ones do not.
    try (OpenIndex index = OpenIndex.open(location)) {
      org.apache.lucene.search.IndexSearcher searcher = index.acquire();
      try {
        org.apache.lucene.index.FieldInfos infos =
            org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        for (String highlighted : List.of(Fields.NAME_CJK, Fields.GOAL_CJK)) {
          assertThat(infos.fieldInfo(highlighted).getIndexOptions()).as(highlighted)
              .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        assertThat(infos.fieldInfo(Fields.NAME).getIndexOptions())
            .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void aFailedBuildLeavesThePreviousIndexInUse() throws Exception {
    IngestResult ingest = Ingestor.standard().ingest(List.of(Path.of("data")));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    IndexBuilder.build(ingest, location, "good", List.of("data"), null);
    Path good = location.current().orElseThrow();

    // A stale generation left by a build that was killed is cleaned up by the next build, never used.
    Files.createDirectory(location.root().resolve("gen-00000000-000000-000-dead"));
    try (IndexLocation.BuildLock held = location.lockForBuild()) {
      assertThatThrownBy(() -> IndexBuilder.build(ingest, location, "bad", List.of("data"), null))
          .hasMessageContaining("另一个建索引进程");
    }
    assertThat(location.current()).contains(good);
    try (OpenIndex index = OpenIndex.open(location)) {
      assertThat(index.report().dataFingerprint()).isEqualTo("good");
    }
    IndexBuilder.build(ingest, location, "next", List.of("data"), null);
    assertThat(generations(location.root())).isEqualTo(1);
  }

  @Test
  void aDamagedPointerGivesAClearMessage() throws Exception {
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    Files.createDirectories(location.root());
    Files.writeString(location.root().resolve("CURRENT"), "gen-missing\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OpenIndex.open(location)).hasMessageContaining("index --rebuild");
    assertThat(new IndexLocation(tmp.resolve("empty")).current()).isEmpty();
    assertThatThrownBy(() -> OpenIndex.open(new IndexLocation(tmp.resolve("empty")))).hasMessageContaining("还没有索引");
  }

  @Test
  void indexerRebuildsOnlyWhenTheDataChanged() throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("a.txt"));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    Indexer indexer = new Indexer(Ingestor.standard(), null);
    assertThat(indexer.update(List.of(data), location, false).rebuilt()).isTrue();
    assertThat(indexer.update(List.of(data), location, false).rebuilt()).isFalse();
    Files.copy(Path.of("data/000-guangzhou-12345-hotline-centre.txt"), data.resolve("b.txt"));
    Indexer.Outcome changed = indexer.update(List.of(data), location, false);
    assertThat(changed.rebuilt()).isTrue();
    assertThat(changed.report().documents()).isEqualTo(2);
    assertThat(indexer.update(List.of(data), location, true).rebuilt()).isTrue();
  }

  @Test
  void vectorsAreEmbeddedOnceAndReusedByTheNextBuild() throws Exception {
    Path data = tmp.resolve("data-v");
    Files.createDirectories(data);
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("a.txt"));
    IndexLocation location = new IndexLocation(tmp.resolve("index-v"));
    // A private cache beside the index (the default), so the first build really embeds.
    Indexer indexer = new Indexer(Ingestor.standard(), VectorSettings.of(BgeSmallZh.shared()));
    IndexReport first = indexer.update(List.of(data), location, true).report();
    assertThat(first.hasVectors()).isTrue();
    assertThat(first.embedding().entries()).isEqualTo(11 + 33);
    // Several indicators share a name (正常运行率 twice, 服务对象满意度 …): distinct texts only.
    assertThat(first.embedding().embedded()).isGreaterThan(0).isLessThan(11 + 33);
    assertThat(location.root().resolve("embeddings")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("vectors-"));

    IndexReport second = indexer.update(List.of(data), location, true).report();
    assertThat(second.embedding().embedded()).as("an unchanged corpus embeds nothing").isZero();
    assertThat(second.embedding().entries()).isEqualTo(first.embedding().entries());

    IndexReport keywordsOnly = new Indexer(Ingestor.standard(), null).update(List.of(data), location, false).report();
    assertThat(keywordsOnly.hasVectors()).as("switching vectors off changes the fingerprint and rebuilds").isFalse();
  }
}
