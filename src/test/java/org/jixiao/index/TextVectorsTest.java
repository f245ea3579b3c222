package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.Vectors;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each distinct text is kept once with its vector, every entry points at its own text's, and an
 * update adds the new texts without touching the rest: the entries end with the vectors a full
 * rebuild gives them.
 */
class TextVectorsTest {

  @TempDir Path tmp;

  @Test
  void entriesPointAtTheirTextsOnceEachAndAnUpdateEndsWhereARebuildDoes() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String f : List.of(IncrementalUpdateTest.HOTLINE, IncrementalUpdateTest.HAIZHU, IncrementalUpdateTest.PETITIONS)) {
      Files.copy(Path.of("data", f), data.resolve(f));
    }
    Ingestor ingestor = Ingestor.standard();
    Indexer indexer = new Indexer(ingestor, TestVectors.settings());
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    indexer.update(List.of(data), location, false);
    Map<String, float[]> built = vectorsById(location);
    try (OpenIndex index = OpenIndex.open(location)) {
      Set<String> names = new HashSet<>();
      Set<String> projects = new HashSet<>();
      for (Document d : ingestor.ingest(List.of(data)).documents()) {
        d.projects().forEach(p -> {
          projects.add(EntryTexts.DEFAULT.project(p));
          p.indicators().forEach(i -> names.add(EntryTexts.DEFAULT.indicator(p, i)));
        });
      }
      assertThat(index.texts().size(Fields.TYPE_INDICATOR)).as("one per distinct name").isEqualTo(names.size());
      assertThat(index.texts().size(Fields.TYPE_PROJECT)).as("one per distinct project text").isEqualTo(projects.size());
      assertThat(built).hasSize(index.report().projects() + index.report().indicators());
    }

    String before = indexer.fingerprint(List.of(data));
    Files.createDirectories(data.resolve("uploads"));
    Files.copy(Path.of("data", IncrementalUpdateTest.HUANGPU), data.resolve("uploads").resolve(IncrementalUpdateTest.HUANGPU));
    Document huangpu = ingestor.read("uploads/" + IncrementalUpdateTest.HUANGPU,
        Files.readAllBytes(Path.of("data", IncrementalUpdateTest.HUANGPU)));
    Files.delete(data.resolve(IncrementalUpdateTest.HAIZHU));
    assertThat(indexer.apply(List.of(data), location, before, List.of(huangpu), List.of(IncrementalUpdateTest.HAIZHU)).rebuilt())
        .isFalse();
    Map<String, float[]> updated = vectorsById(location);

    IndexLocation full = new IndexLocation(tmp.resolve("full"));
    indexer.update(List.of(data), full, true);
    Map<String, float[]> rebuilt = vectorsById(full);
    assertThat(updated.keySet()).isEqualTo(rebuilt.keySet());
    for (Map.Entry<String, float[]> e : rebuilt.entrySet()) {
      assertThat(updated.get(e.getKey())).as(e.getKey()).containsExactly(e.getValue());
      if (built.containsKey(e.getKey())) {
        assertThat(built.get(e.getKey())).as("unchanged " + e.getKey()).containsExactly(e.getValue());
      }
    }
    // An added indicator's vector is its name's.
    var indicator = huangpu.projects().get(0).indicators().get(0);
    float[] own = BgeSmallZh.shared().embed(List.of(indicator.name())).get(0);
    assertThat(Vectors.dot(own, updated.get(indicator.id()))).isGreaterThan(0.9999f);
    // The removed file's texts may stay behind in the update; the rebuild keeps only what entries use.
    try (OpenIndex u = OpenIndex.open(location); OpenIndex f = OpenIndex.open(full)) {
      assertThat(u.texts().size(Fields.TYPE_INDICATOR)).isGreaterThanOrEqualTo(f.texts().size(Fields.TYPE_INDICATOR));
    }
  }

  /** What a search asks of the graph at least ({@code NearestVectors.FIRST_TEXTS}, or k = 100 for hybrid). */
  static final int NEAREST_ASKED = 64;

  @Test
  void textsInMemoryAndTextsFromTheGraphAreTheSameNearestTexts() throws Exception {
    Path generation;
    try (OpenIndex index = TestVectors.seedIndex(tmp.resolve("seeds"))) {
      generation = index.generation();
    }
    List<float[]> queries = BgeSmallZh.shared().embed(List.of("群众满意度", "系统稳定不宕机", "热线外包服务"));
    try (TextVectors exact = TextVectors.open(generation, Long.MAX_VALUE); TextVectors graph = TextVectors.open(generation, 0)) {
      for (String type : List.of(Fields.TYPE_INDICATOR, Fields.TYPE_PROJECT)) {
        assertThat(exact.size(type)).isEqualTo(graph.size(type)).isGreaterThan(40);
        for (float[] q : queries) {
          TextVectors.Near[] a = exact.nearest(type, q, 20);
          TextVectors.Near[] b = graph.nearest(type, q, NEAREST_ASKED);
          assertThat(a).hasSize(20);
          // Each in order, best first, scored as Lucene scores a dot product.
          for (int i = 0; i < a.length; i++) {
            assertThat(a[i].score()).isEqualTo(TextVectors.score(q, exact.vectorOf(a[i].key())));
            if (i > 0) {
              assertThat(a[i].score()).isLessThanOrEqualTo(a[i - 1].score());
            }
          }
          // The graph is approximate: asked for as many texts as a search asks for, its best ten are the exact best ten.
          assertThat(List.of(b).subList(0, 10)).as(type).isEqualTo(List.of(a).subList(0, 10));
          assertThat(graph.vectorOf(a[0].key())).containsExactly(exact.vectorOf(a[0].key()));
        }
      }
    }
  }

  /** Every live entry's vector by entry id, each read through its key. */
  private static Map<String, float[]> vectorsById(IndexLocation location) throws Exception {
    Map<String, float[]> out = new HashMap<>();
    try (OpenIndex index = OpenIndex.open(location)) {
      IndexSearcher searcher = index.acquire();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          SortedDocValues keys = leaf.reader().getSortedDocValues(Fields.VECTOR_KEY);
          Bits live = leaf.reader().getLiveDocs();
          for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
            assertThat(ids.advanceExact(doc)).isTrue();
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            float[] v = index.texts().vectorOf(keys.lookupOrd(keys.ordValue()));
            assertThat(v).as(id).isNotNull();
            out.put(id, v);
          }
        }
        assertThat(out).as("every entry has a key").hasSize(searcher.getIndexReader().numDocs());
      } finally {
        index.release(searcher);
      }
    }
    return out;
  }

  /**
   * A full build writes its texts as one segment, whatever their number: every segment's graph is
   * searched for every form of every query. 9,000+ distinct texts of 512 dimensions are past
   * Lucene's default 16 MB indexing buffer, which cut them into several segments.
   */
  @Test
  void aFullBuildWritesItsTextsAsOneSegment() throws Exception {
    Path corpus = tmp.resolve("generated");
    new org.jixiao.bench.RealisticGenerator(Ingestor.standard().ingest(List.of(Path.of("data"))).documents(),
        org.jixiao.bench.RealisticGenerator.DEFAULT_REUSE).generate(12_000, corpus, 3);
    org.jixiao.embed.Embedder hashed = new org.jixiao.testing.HashEmbedder(512);
    IndexLocation location = new IndexLocation(tmp.resolve("many-texts"));
    new Indexer(Ingestor.standard(), new VectorSettings(hashed, EntryTexts.DEFAULT, tmp.resolve("hash-cache")))
        .update(List.of(corpus), location, false);
    try (OpenIndex index = OpenIndex.open(location);
        org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(index.generation().resolve(TextVectors.DIRECTORY));
        org.apache.lucene.index.DirectoryReader texts = org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertThat(texts.numDocs()).as("texts").isGreaterThan(9_000);
      assertThat(texts.leaves()).as("segments").hasSize(1);
    }
  }
}
