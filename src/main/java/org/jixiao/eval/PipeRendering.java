package org.jixiao.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown pipe table written again the way other pages render the same HTML table: one cell per
 * line, a row's cells joined by single spaces, or the whole page flattened into one line with single
 * spaces between its cells and lines, the empty cells dropped in each (they leave no mark there). The table's own quirks stay: its title, budget block, merged cells, notes and page text.
 * A reader of the form reads such a copy nearly as it reads the pipes; what it loses there it would
 * lose on a page rendered so.
 */
public final class PipeRendering {

  /**
   * How the cells are written again: one per line, a row's joined by spaces, the whole page in one
   * line, or a row's cells glued with nothing between them (a document site's preview).
   */
  public enum Mode { LINES, SPACES, FLAT, GLUED }

  private PipeRendering() {}

  /** True for a text with at least five lines of pipe-separated cells. */
  public static boolean isPipeTable(String text) {
    return text.lines().filter(l -> l.chars().filter(c -> c == '|').count() >= 2).count() >= 5;
  }

  /** {@code text} with every line that holds pipes written again in {@code mode}; the first line (the source) as it is. */
  public static String render(String text, Mode mode) {
    if (mode == Mode.FLAT) {
      String spaced = render(text, Mode.SPACES);
      int first = Math.max(0, spaced.indexOf('\n'));
      return spaced.substring(0, first) + "\n" + String.join(" ", spaced.substring(first).strip().split("\\s*\n\\s*"));
    }
    String[] lines = text.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      b.append('\n');
      String line = lines[i];
      if (line.indexOf('|') < 0) {
        b.append(line);
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String c : line.split("\\|", -1)) {
        if (!c.isBlank()) {
          cells.add(c.strip());
        }
      }
      b.append(String.join(mode == Mode.LINES ? "\n" : mode == Mode.GLUED ? "" : " ", cells));
    }
    return b.toString();
  }
}
