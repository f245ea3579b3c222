package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and removing files re-indexes only those files, and ends exactly where a full rebuild would. */
class IncrementalUpdateTest {

  @TempDir Path tmp;

  static final String HOTLINE = "000-guangzhou-12345-hotline-centre.txt";
  static final String HAIZHU = "001-guangzhou-haizhu-digital-government.txt";
  static final String PETITIONS = "003-guangzhou-petitions-bureau.txt";
  static final String HUANGPU = "004-guangzhou-huangpu-government-services-data.txt";

  record Counts(int entries, int hotline, int haizhu, int huangpu) {}

  static Counts counts(IndexLocation location, String... ids) throws Exception {
    try (OpenIndex index = OpenIndex.open(location)) {
      IndexSearcher searcher = index.acquire();
      try {
        return new Counts(searcher.getIndexReader().numDocs(),
            searcher.count(new TermQuery(new Term(Fields.DOCUMENT_ID, ids[0]))),
            searcher.count(new TermQuery(new Term(Fields.DOCUMENT_ID, ids[1]))),
            searcher.count(new TermQuery(new Term(Fields.DOCUMENT_ID, ids[2]))));
      } finally {
        index.release(searcher);
      }
    }
  }

  /** A data directory holding copies of bundled tables, indexed once. */
  record Built(Path data, Ingestor ingestor, Indexer indexer, IndexLocation location) {}

  Built built(String... files) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String f : files) {
      Files.copy(Path.of("data", f), data.resolve(f));
    }
    Ingestor ingestor = Ingestor.standard();
    Indexer indexer = new Indexer(ingestor, null);
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    indexer.update(List.of(data), location, false);
    return new Built(data, ingestor, indexer, location);
  }

  @Test
  void addAndRemoveReindexOnlyThoseFilesAndMatchAFullRebuild() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String f : List.of(HOTLINE, HAIZHU, PETITIONS)) {
      Files.copy(Path.of("data", f), data.resolve(f));
    }
    Ingestor ingestor = Ingestor.standard();
    Indexer indexer = new Indexer(ingestor, null);
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    indexer.update(List.of(data), location, false);
    Path firstGeneration = location.current().orElseThrow();
    String hotlineId = location.currentReport().orElseThrow().files().stream()
        .filter(f -> f.file().equals(HOTLINE)).findFirst().orElseThrow().documentId();
    String haizhuId = location.currentReport().orElseThrow().files().stream()
        .filter(f -> f.file().equals(HAIZHU)).findFirst().orElseThrow().documentId();

    // One file uploaded, one removed: what DataLibrary does, minus HTTP.
    String before = indexer.fingerprint(List.of(data));
    Files.createDirectories(data.resolve("uploads"));
    Files.copy(Path.of("data", HUANGPU), data.resolve("uploads").resolve(HUANGPU));
    Document huangpu = ingestor.read("uploads/" + HUANGPU, Files.readAllBytes(Path.of("data", HUANGPU)));
    Files.delete(data.resolve(HAIZHU));
    Indexer.Outcome outcome = indexer.apply(List.of(data), location, before, List.of(huangpu), List.of(HAIZHU));

    assertThat(outcome.rebuilt()).isFalse();
    assertThat(location.current().orElseThrow()).isNotEqualTo(firstGeneration);
    assertThat(firstGeneration).doesNotExist();
    IndexReport report = outcome.report();
    assertThat(report.files()).extracting(IndexReport.FileEntry::file)
        .containsExactlyInAnyOrder(HOTLINE, PETITIONS, "uploads/" + HUANGPU);
    assertThat(report.projects()).isEqualTo(7 + 11 + 32);
    assertThat(report.indicators()).isEqualTo(35 + 33 + 156);
    // The index now counts as current for the data on disk: the next start does not rebuild.
    assertThat(indexer.update(List.of(data), location, false).rebuilt()).isFalse();

    // The same data built from scratch holds the same entries.
    IndexLocation full = new IndexLocation(tmp.resolve("full"));
    IndexReport rebuilt = indexer.update(List.of(data), full, true).report();
    assertThat(report.projects()).isEqualTo(rebuilt.projects());
    assertThat(report.indicators()).isEqualTo(rebuilt.indicators());
    Counts incremental = counts(location, hotlineId, haizhuId, huangpu.id());
    assertThat(incremental).isEqualTo(counts(full, hotlineId, haizhuId, huangpu.id()));
    assertThat(incremental.haizhu()).isZero();
    assertThat(incremental.huangpu()).isEqualTo(32 + 156);
    assertThat(incremental.entries()).isEqualTo(7 + 35 + 11 + 33 + 32 + 156);
    // The added segment is sorted by name like the built ones: the search relies on namesakes being adjacent.
    assertSortedByName(location);
    assertSortedByName(full);
  }

  /** Every segment is sorted by name key, then id, and each name's entries are one run of doc ids. */
  static void assertSortedByName(IndexLocation location) throws Exception {
    try (OpenIndex index = OpenIndex.open(location)) {
      org.apache.lucene.search.IndexSearcher searcher = index.acquire();
      try {
        assertThat(searcher.getIndexReader().leaves()).isNotEmpty();
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          assertThat(leaf.reader().getMetaData().getSort()).hasToString("<string: \"" + Fields.NAME_KEY + "\">,<string: \"" + Fields.ID + "\">");
          org.apache.lucene.index.SortedDocValues keys = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.NAME_KEY);
          int previous = -1;
          int keyed = 0;
          for (int doc = keys.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            assertThat(keys.ordValue()).as("doc %d", doc).isGreaterThanOrEqualTo(previous);
            previous = keys.ordValue();
            keyed++;
          }
          assertThat(keyed).isPositive();
        }
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void aReplacedFileReplacesItsEntriesAndAStaleIndexIsRebuiltWhole() throws Exception {
    Built built = built(HOTLINE);
    Path data = built.data();
    Ingestor ingestor = built.ingestor();
    Indexer indexer = built.indexer();
    IndexLocation location = built.location();

    // Replacing the file by another table under the same name drops the old entries.
    String before = indexer.fingerprint(List.of(data));
    Files.copy(Path.of("data", PETITIONS), data.resolve(HOTLINE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Document replaced = ingestor.read(HOTLINE, Files.readAllBytes(data.resolve(HOTLINE)));
    Indexer.Outcome outcome = indexer.apply(List.of(data), location, before, List.of(replaced), List.of());
    assertThat(outcome.rebuilt()).isFalse();
    assertThat(outcome.report().documents()).isEqualTo(1);
    assertThat(outcome.report().indicators()).isEqualTo(33);
    try (OpenIndex index = OpenIndex.open(location)) {
      IndexSearcher searcher = index.acquire();
      assertThat(searcher.getIndexReader().numDocs()).isEqualTo(11 + 33);
      index.release(searcher);
    }

    // A change made behind the index's back (a file copied in by hand) means the index was not
    // current: the update then reads everything rather than patching a stale index.
    Files.copy(Path.of("data", HAIZHU), data.resolve(HAIZHU));
    String stale = "not-the-index-fingerprint";
    Indexer.Outcome whole = indexer.apply(List.of(data), location, stale, List.of(), List.of());
    assertThat(whole.rebuilt()).isTrue();
    assertThat(whole.report().documents()).isEqualTo(2);
  }

  @Test
  void aNewGenerationReadsTheColumnsOfItsUnchangedSegmentsFromTheOneBefore() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String f : List.of(HOTLINE, HAIZHU)) {
      Files.copy(Path.of("data", f), data.resolve(f));
    }
    Indexer indexer = new Indexer(Ingestor.standard(), null);
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    indexer.update(List.of(data), location, false);
    org.jixiao.search.SearchRequest satisfaction =
        new org.jixiao.search.SearchRequest("满意度", "indicator", 10, 0, java.util.Map.of(), org.jixiao.search.SearchMode.BM25);
    OpenIndex first = OpenIndex.open(location);
    long before = org.jixiao.search.Searcher.keywordOnly(first).search(satisfaction).total();
    assertThat(first.columns().loads()).isEqualTo(1);

    String fingerprint = indexer.fingerprint(List.of(data));
    Files.createDirectories(data.resolve("uploads"));
    Files.copy(Path.of("data", PETITIONS), data.resolve("uploads/" + PETITIONS));
    indexer.apply(List.of(data), location, fingerprint,
        List.of(Ingestor.standard().read("uploads/" + PETITIONS, Files.readAllBytes(Path.of("data", PETITIONS)))), List.of());
    OpenIndex second = OpenIndex.open(location);
    assertThat(second.columns()).as("one set of columns for the index directory").isSameAs(first.columns());
    long after = org.jixiao.search.Searcher.keywordOnly(second).search(satisfaction).total();
    assertThat(after).isGreaterThan(before);
    assertThat(second.columns().loads()).as("only the upload's segment is loaded").isEqualTo(2);

    first.close(); // the old generation goes: the segment it shared stays loaded for the new one
    assertThat(org.jixiao.search.Searcher.keywordOnly(second).search(satisfaction).total()).isEqualTo(after);
    assertThat(second.columns().loads()).isEqualTo(2);
    second.close();
    try (OpenIndex third = OpenIndex.open(location)) {
      assertThat(third.columns()).as("all closed: released").isNotSameAs(second.columns());
    }
  }

  /**
   * An upload in serve runs on a background thread: its indexing gives way to searches being
   * answered (pauses counted by GiveWay), and the index it makes is the same.
   */
  @Test
  void anUpdateOnABackgroundThreadPausesWhileSearchesRun() throws Exception {
    Built built = built(HOTLINE);
    Path data = built.data();
    Ingestor ingestor = built.ingestor();
    Indexer indexer = built.indexer();
    IndexLocation location = built.location();
    String before = indexer.fingerprint(List.of(data));
    // Many tables, so that indexing them takes well over one 5 ms slice.
    List<Document> added = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Files.copy(Path.of("data", HUANGPU), data.resolve("h" + i + ".txt"));
      added.add(ingestor.read("h" + i + ".txt", Files.readAllBytes(Path.of("data", HUANGPU))));
    }
    org.jixiao.util.GiveWay.background();
    org.jixiao.util.GiveWay.searchStarts();
    long pauses;
    try {
      long start = org.jixiao.util.GiveWay.pausesTaken();
      indexer.apply(List.of(data), location, before, added, List.of());
      pauses = org.jixiao.util.GiveWay.pausesTaken() - start;
    } finally {
      org.jixiao.util.GiveWay.searchEnds();
      org.jixiao.util.GiveWay.foreground();
    }
    assertThat(pauses).as("pauses while a search was being answered").isPositive();
    assertThat(location.currentReport().orElseThrow().indicators()).isEqualTo(35 + 40 * 156);
  }
}
