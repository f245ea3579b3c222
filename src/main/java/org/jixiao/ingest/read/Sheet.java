package org.jixiao.ingest.read;

import java.util.List;

/** A source file as rows of cells. {@code file} is the path shown in provenance. */
public record Sheet(String file, List<Row> rows) {

  public Sheet {
    rows = List.copyOf(rows);
  }
}
