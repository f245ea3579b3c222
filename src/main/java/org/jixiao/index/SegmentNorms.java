package org.jixiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's norms (BM25's encoded field lengths) of the context and goal fields, in memory. A
 * broad search reads a clause of tens of thousands of entries that tie on the name, and reading each
 * norm through the index's norms iterator was most of such a read. One byte per entry and field:
 * 4.8 MB for the 1.2 million entries of a million indicators. Loaded per field when a search first
 * reads it, so that opening the index (and the first answer) does not wait for fields its first
 * searches do not read.
 */
final class SegmentNorms {

  /** The fields kept: those that score an entry's rest. */
  static final List<String> FIELDS = List.of(Fields.TEXT, Fields.TEXT_CJK, Fields.GOAL, Fields.GOAL_CJK);

  /** By field; empty when the field's norms are not single bytes. */
  private final Map<String, Optional<byte[]>> byField = new ConcurrentHashMap<>();

  /** The norms of {@code field} by doc (0 where a doc lacks the field); null for a field not kept, without norms, or not in bytes. */
  byte[] of(LeafReader reader, String field) throws IOException {
    if (!FIELDS.contains(field)) {
      return null;
    }
    try {
      return byField.computeIfAbsent(field, f -> {
        try {
          return Optional.ofNullable(read(reader, f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).orElse(null);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static byte[] read(LeafReader reader, String field) throws IOException {
    NumericDocValues values = reader.getNormValues(field);
    if (values == null) {
      return null;
    }
    byte[] out = new byte[reader.maxDoc()];
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      long norm = values.longValue();
      if (norm != (byte) norm) {
        return null;
      }
      out[doc] = (byte) norm;
    }
    return out;
  }
}
