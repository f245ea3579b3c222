package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jixiao.util.BestEntries;
import org.jixiao.util.LruMap;

/**
 * The vector of every distinct embedded text of a generation, in a small Lucene index of its own
 * ({@code texts/} inside the generation): one document per text with its key and its vector, in an
 * HNSW graph per kind of entry. Entries point at their text by {@link Fields#VECTOR_KEY}.
 *
 * <p>Why apart from the entries: the generated million-indicator corpus has 627 distinct texts, a
 * real province perhaps tens of thousands, so the graph is a few hundred to a few thousand times
 * smaller than one over every entry, and building it no longer dominates a build (it was ~190 s of a
 * 300 s rebuild at a million). Texts whose entries were all removed by an update stay behind; a search
 * finds no entry for them and moves on, and the next full build drops them.
 */
public final class TextVectors implements Closeable {

  /** The directory inside a generation. */
  static final String DIRECTORY = "texts";
  /** First byte of a key: the text stands for an indicator. */
  static final byte INDICATOR = 'i';
  /** First byte of a key: the text stands for a project. */
  static final byte PROJECT = 'p';

  static final String INDICATOR_VECTOR = "indicator_vector";
  static final String PROJECT_VECTOR = "project_vector";

  /** A text found near a query vector: its key and Lucene's dot-product score, {@code (1 + cos) / 2}. */
  public record Near(BytesRef key, float score) {}

  /** How many texts' vectors are kept in memory (2 KB each) when not all are: those of recent searches' entries. */
  static final int RECENT_VECTORS = 4_096;

  /**
   * Up to this many bytes of vectors, every text's vector is held in memory and searched exactly:
   * 16,000 texts of 512 dimensions (the generated million has 627, 1.3 MB). Scanning them all costs
   * less than a graph search's machinery at that size, and it is exact; more texts than that are
   * searched through each segment's graph.
   */
  static final long IN_MEMORY_BYTES = 32L * 1024 * 1024;

  private final DirectoryReader reader;
  private final FSDirectory directory;
  /**
   * Every live text's key by document, read once per segment and shared by every generation that
   * links the segment ({@link #SEGMENTS}): an upload adds one small segment of texts, and re-reading
   * the keys of every distinct text for its new generation was ~0.4 s of an upload at a million.
   * A key read from the doc values costs a lookup in the terms dictionary each time (a quarter of a
   * vector search at a million when every neighbour's key was read that way), hence the arrays.
   */
  private final BytesRef[] keys;
  /** Each segment's texts with its doc base and live documents, to find a text's document by key. */
  private final List<Placed> segments;
  /** The live texts of indicators and of projects, by document. */
  private final int[] indicatorTexts;
  private final int[] projectTexts;
  /** Every text's vector by document when they fit in {@link #IN_MEMORY_BYTES}; else null. */
  private final float[][] all;
  /** Per segment of the entries, each key's text (by its doc value ord; -1: none), made on first use. */
  private final Map<IndexReader.CacheKey, int[]> textsOfSegments = new ConcurrentHashMap<>();
  /** Recently read vectors by document, when not all are in memory (guarded by itself). */
  private final Map<Integer, float[]> recent = new LruMap<>(RECENT_VECTORS);

  /** One segment's texts, live or not, by segment-local document: what generations share. */
  private record SegmentTexts(BytesRef[] keys, Map<BytesRef, Integer> docs, int[] indicators, int[] projects) {

    static SegmentTexts read(LeafReader reader) throws IOException {
      BytesRef[] keys = new BytesRef[reader.maxDoc()];
      Map<BytesRef, Integer> docs = new HashMap<>();
      IntStream.Builder indicators = IntStream.builder();
      IntStream.Builder projects = IntStream.builder();
      SortedDocValues values = reader.getSortedDocValues(Fields.VECTOR_KEY);
      for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        BytesRef key = BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()));
        keys[doc] = key;
        docs.put(key, doc);
        (key.bytes[0] == PROJECT ? projects : indicators).add(doc);
      }
      return new SegmentTexts(keys, docs, indicators.build().toArray(), projects.build().toArray());
    }
  }

  /** A segment's texts where this generation's reader has them. */
  private record Placed(int docBase, SegmentTexts texts, Bits live) {}

  /** Segments' texts, shared by the readers of every generation that has the segment. */
  private static final BySegment<SegmentTexts> SEGMENTS = new BySegment<>(core -> {});

  private TextVectors(FSDirectory directory, DirectoryReader reader, long inMemoryBytes) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.keys = new BytesRef[reader.maxDoc()];
    this.segments = new ArrayList<>();
    IntStream.Builder indicators = IntStream.builder();
    IntStream.Builder projects = IntStream.builder();
    int count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SegmentTexts texts = SEGMENTS.get(leaf.reader(), SegmentTexts::read);
      Bits live = leaf.reader().getLiveDocs();
      segments.add(new Placed(leaf.docBase, texts, live));
      for (int doc = 0; doc < texts.keys().length; doc++) {
        if (texts.keys()[doc] != null && (live == null || live.get(doc))) {
          keys[leaf.docBase + doc] = texts.keys()[doc];
          count++;
        }
      }
      for (int doc : texts.indicators()) {
        if (live == null || live.get(doc)) {
          indicators.add(leaf.docBase + doc);
        }
      }
      for (int doc : texts.projects()) {
        if (live == null || live.get(doc)) {
          projects.add(leaf.docBase + doc);
        }
      }
    }
    this.indicatorTexts = indicators.build().toArray();
    this.projectTexts = projects.build().toArray();
    this.all = (long) count * dimension(reader) * Float.BYTES <= inMemoryBytes ? readAll() : null;
  }

  /** The live document of the text with {@code key}, or null. */
  private Integer docOf(BytesRef key) {
    for (Placed segment : segments) {
      Integer doc = segment.texts().docs().get(key);
      if (doc != null && (segment.live() == null || segment.live().get(doc))) {
        return segment.docBase() + doc;
      }
    }
    return null;
  }

  private static int dimension(DirectoryReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : new String[] {INDICATOR_VECTOR, PROJECT_VECTOR}) {
        var info = leaf.reader().getFieldInfos().fieldInfo(field);
        if (info != null) {
          return info.getVectorDimension();
        }
      }
    }
    return 0;
  }

  private float[][] readAll() throws IOException {
    float[][] out = new float[reader.maxDoc()][];
    for (int doc = 0; doc < keys.length; doc++) {
      if (keys[doc] != null) {
        out[doc] = read(doc);
      }
    }
    return out;
  }

  /** The texts of {@code generation}, or null when it was built without vectors. */
  static TextVectors open(Path generation) throws IOException {
    return open(generation, IN_MEMORY_BYTES);
  }

  /** The same, with every vector in memory up to {@code inMemoryBytes} of them (tests try both ways). */
  static TextVectors open(Path generation, long inMemoryBytes) throws IOException {
    Path dir = generation.resolve(DIRECTORY);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new TextVectors(directory, DirectoryReader.open(directory), inMemoryBytes);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  static String fieldOf(byte kind) {
    return kind == PROJECT ? PROJECT_VECTOR : INDICATOR_VECTOR;
  }

  /**
   * The {@code m} texts of entries of {@code type} nearest {@code vector}, best first (of equal
   * scores the earlier text): all of them scored when their vectors are in memory, else from each
   * segment's graph.
   */
  public Near[] nearest(String type, float[] vector, int m) throws IOException {
    boolean projects = Fields.TYPE_PROJECT.equals(type);
    List<Near> out = new ArrayList<>();
    if (all != null) {
      // Texts are scanned in document order, so the heap keeps the earlier of equal scores.
      BestEntries best = new BestEntries(m);
      for (int doc : projects ? projectTexts : indicatorTexts) {
        best.offer(doc, score(vector, all[doc]));
      }
      best.bestFirst((doc, score) -> out.add(new Near(keys[doc], score)));
      return out.toArray(Near[]::new);
    }
    String field = projects ? PROJECT_VECTOR : INDICATOR_VECTOR;
    List<ScoreDoc> found = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      TopDocs top = leaf.reader().searchNearestVectors(field, vector, m, leaf.reader().getLiveDocs(), Integer.MAX_VALUE);
      for (ScoreDoc sd : top.scoreDocs) {
        found.add(new ScoreDoc(leaf.docBase + sd.doc, sd.score));
      }
    }
    found.sort(Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    for (ScoreDoc sd : found.subList(0, Math.min(m, found.size()))) {
      out.add(new Near(keys[sd.doc], sd.score));
    }
    return out.toArray(Near[]::new);
  }

  /** One more than the highest text number {@link #textsOf} gives. */
  public int textCount() {
    return keys.length;
  }

  /**
   * For a segment of the entries' index, the text of each of its {@link Fields#VECTOR_KEY} doc value
   * ords (-1 where none), read once per segment: scoring an entry is then a doc value and two array
   * reads, not a lookup of its key in two dictionaries.
   */
  public int[] textsOf(LeafReader entries) throws IOException {
    IndexReader.CacheHelper helper = entries.getCoreCacheHelper();
    int[] known = helper == null ? null : textsOfSegments.get(helper.getKey());
    if (known != null) {
      return known;
    }
    SortedDocValues values = entries.getSortedDocValues(Fields.VECTOR_KEY);
    int[] texts = new int[values == null ? 0 : values.getValueCount()];
    for (int ord = 0; ord < texts.length; ord++) {
      Integer doc = docOf(values.lookupOrd(ord));
      texts[ord] = doc == null ? -1 : doc;
    }
    if (helper != null) {
      textsOfSegments.put(helper.getKey(), texts);
    }
    return texts;
  }

  /** The vector of text number {@code text} (shared: not to be changed). */
  public float[] vectorOf(int text) throws IOException {
    if (all != null) {
      return all[text];
    }
    synchronized (recent) {
      float[] known = recent.get(text);
      if (known != null) {
        return known;
      }
    }
    float[] vector = read(text);
    synchronized (recent) {
      recent.put(text, vector);
    }
    return vector;
  }

  /** How many texts of entries of {@code type} there are (some may have no entry left). */
  public int size(String type) {
    return (Fields.TYPE_PROJECT.equals(type) ? projectTexts : indicatorTexts).length;
  }

  /** The vector of the text with {@code key} (shared: not to be changed), or null when there is none. */
  public float[] vectorOf(BytesRef key) throws IOException {
    Integer doc = docOf(key);
    return doc == null ? null : vectorOf(doc);
  }

  private float[] read(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(fieldOf(keys[doc].bytes[0]));
    if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
      throw new IOException("向量索引损坏，请重建索引 / a text has lost its vector; rebuild the index");
    }
    return values.vectorValue().clone();
  }

  /** Lucene's score of a dot product, {@code (1 + cos) / 2}, as the graph search gives it. */
  public static float score(float[] a, float[] b) {
    return VectorSimilarityFunction.DOT_PRODUCT.compare(a, b);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
