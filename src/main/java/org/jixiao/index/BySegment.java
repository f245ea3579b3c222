package org.jixiao.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.util.StringHelper;

/**
 * Values computed once per segment and shared by every open reader of it. A segment is known by its
 * unique id (with its doc values generation), the same for every reader of the same segment files:
 * a new generation hard-links the unchanged segments of the one before, so its readers find their
 * values already made. A value goes when the last open reader of its segment closes. Readers that
 * are not segment readers are known by their core.
 */
final class BySegment<V> {

  /** Makes a segment's value from one of its readers. */
  @FunctionalInterface
  interface Loader<V> {
    V load(LeafReader reader) throws IOException;
  }

  private final ConcurrentHashMap<Object, V> values = new ConcurrentHashMap<>();
  /** Each open reader core's segment, and the open cores of each segment (changed under this). */
  private final ConcurrentHashMap<Object, Object> segmentOfCore = new ConcurrentHashMap<>();
  private final Map<Object, Set<Object>> coresOfSegment = new HashMap<>();
  /** Told of every core that closes (what else was kept for it can go too). */
  private final Consumer<Object> closed;

  BySegment(Consumer<Object> closed) {
    this.closed = closed;
  }

  /** The value of {@code reader}'s segment, made by {@code loader} (under this object's lock) when there is none. */
  V get(LeafReader reader, Loader<V> loader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    Object core = helper == null ? reader : helper.getKey();
    Object known = segmentOfCore.get(core);
    V value = known == null ? null : values.get(known);
    if (value != null) {
      return value;
    }
    synchronized (this) {
      Object segment = segmentOf(reader, core);
      value = values.get(segment);
      if (value == null) {
        value = loader.load(reader);
        values.put(segment, value);
      }
      if (segmentOfCore.putIfAbsent(core, segment) == null) {
        coresOfSegment.computeIfAbsent(segment, s -> new HashSet<>()).add(core);
        if (helper != null) {
          helper.addClosedListener(this::released);
        }
      }
    }
    return value;
  }

  private static Object segmentOf(LeafReader reader, Object core) {
    if (reader instanceof SegmentReader segment) {
      SegmentCommitInfo info = segment.getSegmentInfo();
      return StringHelper.idToString(info.info.getId()) + "/" + info.info.name + "/" + info.getDocValuesGen();
    }
    return core;
  }

  private synchronized void released(IndexReader.CacheKey core) {
    Object segment = segmentOfCore.remove(core);
    closed.accept(core);
    Set<Object> cores = segment == null ? null : coresOfSegment.get(segment);
    if (cores != null) {
      cores.remove(core);
      if (cores.isEmpty()) {
        coresOfSegment.remove(segment);
        values.remove(segment);
      }
    }
  }
}
