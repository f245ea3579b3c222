package org.jixiao.util;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps its {@code maxEntries} most recently used entries and drops the least recently
 * used beyond that: the bound of every cache here (query vectors, indicator qualities, analysed
 * texts, term states, name answers). Not thread-safe; callers synchronize on it.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {

  private final int maxEntries;

  public LruMap(int maxEntries) {
    super(Math.min(maxEntries, 1024), 0.75f, true);
    this.maxEntries = maxEntries;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > maxEntries;
  }
}
