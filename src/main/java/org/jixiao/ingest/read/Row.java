package org.jixiao.ingest.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of cells as read from a source, with the 1-based line (or spreadsheet row) it came from.
 * A blank source line is a row with no cells: it separates blocks but never ends a table by itself.
 */
public record Row(int line, List<String> cells) {

  public Row {
    cells = List.copyOf(cells);
  }

  /** The cell at {@code index}, or "" beyond the end. */
  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** True when every cell is blank. */
  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }

  /** The cells that hold text, in order. */
  public List<String> filledCells() {
    // a loop, not a stream: the recogniser asks this of every row many times
    List<String> filled = new ArrayList<>(cells.size());
    for (String c : cells) {
      if (!c.isBlank()) {
        filled.add(c);
      }
    }
    return filled;
  }

  /** All cells joined with a space: for patterns that do not care about cell borders. */
  public String text() {
    return String.join(" ", filledCells());
  }
}
