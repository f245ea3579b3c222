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
  private final Map<Key, float[]> vectors = new HashMap<>();
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
    return vectors.size();
  }

  /** The cached vector for {@code text}, or null. */
  public synchronized float[] get(String text) {
    return vectors.get(key(text));
  }

  /** Adds vectors for texts, in memory and durably on disk. */
  public synchronized void putAll(List<String> texts, List<float[]> computed) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(recordBytes * texts.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < texts.size(); i++) {
      float[] v = computed.get(i);
      if (v.length != dimension) {
        throw new IllegalArgumentException("vector of dimension " + v.length + ", expected " + dimension);
      }
      Key k = key(texts.get(i));
      if (vectors.putIfAbsent(k, v) != null) {
        continue;
      }
      buffer.putLong(k.high).putLong(k.low);
      for (float f : v) {
        buffer.putFloat(f);
      }
    }
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
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
        channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.truncate(valid); // drops a record cut short by a crash
        channel.position(valid);
        return;
      }
    }
    {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      channel.write(ByteBuffer.wrap(header));
      channel.force(false);
    }
  }

  /** Reads every complete record; returns the length of the valid prefix. A foreign header empties the cache. */
  private long readRecords(byte[] expectedHeader) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] actual = new byte[expectedHeader.length];
      in.readFully(actual);
      if (!java.util.Arrays.equals(actual, expectedHeader)) {
        return 0; // another format version: start again
      }
      long valid = expectedHeader.length;
      byte[] record = new byte[recordBytes];
      ByteBuffer view = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
      while (true) {
        try {
          in.readFully(record);
        } catch (EOFException partialOrEnd) {
          return valid;
        }
        view.clear();
        Key k = new Key(view.getLong(), view.getLong());
        float[] v = new float[dimension];
        view.asFloatBuffer().get(v);
        vectors.put(k, v);
        valid += recordBytes;
      }
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
