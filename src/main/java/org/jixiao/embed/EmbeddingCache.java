package org.jixiao.embed;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jixiao.util.Digests;

/**
 * Vectors already computed, kept in a file beside the index so that re-indexing an unchanged corpus
 * embeds nothing. Keyed by a SHA-256 of the model id and the text (the first 128 bits), so a changed
 * model never reuses old vectors.
 *
 * <p>The file is append-only: a header, then fixed-size records (key, vector). A build killed in the
 * middle of an append leaves at most one partial record at the end, which is cut off on the next open.
 * Only index builds write to it, and they hold the index's build lock.
 */
public final class EmbeddingCache implements AutoCloseable {

  private static final int MAGIC = 0x4A58_4556; // "JXEV"
  private static final int VERSION = 1;
  private static final int KEY_BYTES = 16;

  private final Path file;
  private final String modelId;
  private final int dimension;
  private final int recordBytes;
  /**
   * Where each cached vector's record starts in the file. Only the keys are held in memory (some 90
   * bytes a text, where the vectors would take 2 KB each: 700 MB for a province's 320,000 texts, read
   * again by every upload); a vector is read from the file when it is asked for.
   */
  private final Map<Key, Long> offsets = new HashMap<>();
  private FileChannel channel;

  private record Key(long high, long low) {}

  private EmbeddingCache(Path file, String modelId, int dimension) {
    this.file = file;
    this.modelId = modelId;
    this.dimension = dimension;
    this.recordBytes = KEY_BYTES + dimension * Float.BYTES;
  }

  /** Opens (or creates) the cache for {@code modelId} in {@code directory}. */
  public static EmbeddingCache open(Path directory, String modelId, int dimension) throws IOException {
    Files.createDirectories(directory);
    String name = "vectors-" + HexFormat.of().formatHex(Digests.sha256(modelId)).substring(0, 12) + ".bin";
    EmbeddingCache cache = new EmbeddingCache(directory.resolve(name), modelId, dimension);
    cache.load();
    return cache;
  }

  public Path file() {
    return file;
  }

  public synchronized int size() {
    return offsets.size();
  }

  /** Whether a vector for {@code text} is cached. */
  public synchronized boolean contains(String text) {
    return offsets.containsKey(key(text));
  }

  /** The cached vector for {@code text}, or null. */
  public synchronized float[] get(String text) throws IOException {
    Long at = offsets.get(key(text));
    if (at == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    long position = at + KEY_BYTES;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        throw new EOFException("embedding cache " + file + " ends inside a record");
      }
    }
    buffer.flip();
    float[] v = new float[dimension];
    buffer.asFloatBuffer().get(v);
    return v;
  }

  /** Adds vectors for texts, in memory and durably on disk. */
  public synchronized void putAll(List<String> texts, List<float[]> computed) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(recordBytes * texts.size()).order(ByteOrder.LITTLE_ENDIAN);
    long end = channel.size();
    List<Key> added = new java.util.ArrayList<>();
    java.util.Set<Key> adding = new java.util.HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      float[] v = computed.get(i);
      if (v.length != dimension) {
        throw new IllegalArgumentException("vector of dimension " + v.length + ", expected " + dimension);
      }
      Key k = key(texts.get(i));
      if (offsets.containsKey(k) || !adding.add(k)) {
        continue;
      }
      added.add(k);
      buffer.putLong(k.high).putLong(k.low);
      for (float f : v) {
        buffer.putFloat(f);
      }
    }
    buffer.flip();
    long position = end;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(false);
    for (int i = 0; i < added.size(); i++) {
      offsets.put(added.get(i), end + (long) i * recordBytes); // known once durable
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  private void load() throws IOException {
    byte[] header = header();
    if (Files.exists(file) && Files.size(file) >= header.length) {
      long valid = readRecords(header);
      if (valid > 0) {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.truncate(valid); // drops a record cut short by a crash
        return;
      }
    }
    {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      channel.write(ByteBuffer.wrap(header), 0);
      channel.force(false);
    }
  }

  /** Reads every complete record's key; returns the length of the valid prefix. A foreign header empties the cache. */
  private long readRecords(byte[] expectedHeader) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] actual = new byte[expectedHeader.length];
      in.readFully(actual);
      if (!java.util.Arrays.equals(actual, expectedHeader)) {
        return 0; // another format version: start again
      }
      long valid = expectedHeader.length;
      long length = Files.size(file);
      byte[] key = new byte[KEY_BYTES];
      ByteBuffer view = ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN);
      while (valid + recordBytes <= length) {
        in.readFully(key);
        in.skipNBytes(recordBytes - KEY_BYTES);
        view.clear();
        offsets.put(new Key(view.getLong(), view.getLong()), valid);
        valid += recordBytes;
      }
      return valid; // a record cut short at the end is left out
    }
  }

  private byte[] header() {
    byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(16 + id.length).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(MAGIC).putInt(VERSION).putInt(dimension).putInt(id.length).put(id).array();
  }

  private Key key(String text) {
    byte[] digest = Digests.sha256(modelId + '\u0000' + text);
    ByteBuffer b = ByteBuffer.wrap(digest);
    return new Key(b.getLong(), b.getLong());
  }
}
