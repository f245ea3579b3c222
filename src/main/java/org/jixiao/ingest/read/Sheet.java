package org.jixiao.ingest.read;

import java.util.List;

/** A source file as rows of cells. {@code file} is the path shown in provenance. */
public record Sheet(String file, List<Row> rows) {

  /**
   * Rows a file may have. Published tables, even a province's whole list, have tens of thousands;
   * a file of a million one-character rows took 16 s and 2.3 GB to recognise, for nothing.
   */
  public static final int MAX_ROWS = 100_000;

  public Sheet {
    rows = List.copyOf(rows);
  }

  /** True when the reader stopped at {@link #MAX_ROWS}: the file is refused, not read in part. */
  public boolean overLimit() {
    return rows.size() > MAX_ROWS;
  }

  /** The refusal of a file with more than {@link #MAX_ROWS} rows, whichever reader finds it. */
  public static UnreadableFileException tooManyRows() {
    return new UnreadableFileException("表格行数过多（上限 " + MAX_ROWS + " 行），未读取 / more than "
        + MAX_ROWS + " rows: the file is not read", UnreadableFileException.Reason.TOO_LARGE);
  }
}
