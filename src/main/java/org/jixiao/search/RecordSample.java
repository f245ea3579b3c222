package org.jixiao.search;

import java.util.List;

/**
 * Some of the records that match, and how many match in all.
 *
 * @param records the records read (all of them when {@code total} is not larger)
 * @param total every matching record, read or not
 */
public record RecordSample<T>(List<T> records, int total) {

  public RecordSample {
    records = List.copyOf(records);
  }

  /** True when every matching record was read. */
  public boolean complete() {
    return records.size() == total;
  }
}
