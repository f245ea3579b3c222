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
  public enum Mode { LINES, SPACES, FLAT, GLUED, PAGED, HTML, WRAPPED, NARROW, MIDDLE, RUN, STACKED }

  /** A printed column's width in characters in {@link Mode#WRAPPED}: most names are longer. */
  private static final int COLUMN_WIDTH = 10;

  /** The categories' columns' width in {@link Mode#NARROW}: most category words are longer. */
  private static final int NARROW_COLUMN = 3;

  /** Rows to a printed page in {@link Mode#PAGED}: few, so that most tables break at least once. */
  private static final int ROWS_PER_PAGE = 6;

  /** Where a header row's first heading starts. */
  private static final java.util.regex.Pattern FIRST_HEADING = java.util.regex.Pattern.compile("序号|一级指标|二级指标|三级指标|指标名称|绩效指标");

  /** The heading words a header row holds: the row a printed table repeats at the top of each page. */
  private static final java.util.regex.Pattern HEADER_ROW = java.util.regex.Pattern.compile("三级指标|指标名称|指标值|绩效指标");

  private PipeRendering() {}

  /** True for a text with at least five lines of pipe-separated cells. */
  public static boolean isPipeTable(String text) {
    return text.lines().filter(l -> l.chars().filter(c -> c == '|').count() >= 2).count() >= 5;
  }

  /** {@code text} with every line that holds pipes written again in {@code mode}; the first line (the source) as it is. */
  public static String render(String text, Mode mode) {
    if (mode == Mode.PAGED) {
      return paged(text);
    }
    if (mode == Mode.HTML) {
      return html(text);
    }
    if (mode == Mode.WRAPPED) {
      return wrapped(text);
    }
    if (mode == Mode.MIDDLE) {
      return middle(text);
    }
    if (mode == Mode.NARROW) {
      return narrow(text);
    }
    if (mode == Mode.FLAT) {
      return oneLine(render(text, Mode.SPACES));
    }
    if (mode == Mode.RUN) {
      return oneLine(wrapped(text));
    }
    if (mode == Mode.STACKED) {
      return eachRow(text, PipeRendering::stacked);
    }
    return eachRow(text, cells -> String.join(mode == Mode.LINES ? "\n" : mode == Mode.GLUED ? "" : " ", cells));
  }

  /** A rendered page with everything after its first line (the source) in one line, single spaces between its lines. */
  private static String oneLine(String rendered) {
    int first = Math.max(0, rendered.indexOf('\n'));
    return rendered.substring(0, first) + "\n" + String.join(" ", rendered.substring(first).strip().split("\\s*\n\\s*"));
  }

  /**
   * {@code text} with every line that holds pipes written again by {@code row} from its filled cells; the
   * other lines, and the first (the source), as they are.
   */
  private static String eachRow(String text, java.util.function.Function<List<String>, String> row) {
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
      b.append(row.apply(cells));
    }
    return b.toString();
  }

  /**
   * The pipes as a PDF printed them: every few rows a page ends, its number printed under it
   * ({@code — 2 —}), and the next page repeats the table's header row. Cells and rows stay as written.
   */
  private static String paged(String text) {
    String[] lines = text.split("\n", -1);
    String header = null;
    int rows = 0;
    int page = 1;
    StringBuilder b = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      b.append('\n').append(line);
      if (line.chars().filter(c -> c == '|').count() < 2) {
        continue;
      }
      if (HEADER_ROW.matcher(line).find() || line.strip().startsWith("序号")) {
        // The header a page repeats is the table's own row of headings (the text a page printed before the
        // first one, 详情见附件…一级指标, is no part of it); a second table's header starts its own pages.
        int bar = line.indexOf('|');
        java.util.regex.Matcher first = FIRST_HEADING.matcher(line);
        header = first.find() && (bar < 0 || first.start() < bar) ? line.substring(first.start()) : line;
        rows = 0;
        continue;
      }
      if (header == null) {
        continue;
      }
      if (++rows % ROWS_PER_PAGE == 0 && i + 1 < lines.length && lines[i + 1].indexOf('|') >= 0) {
        b.append("\n— ").append(page++).append(" —\n").append(header);
      }
    }
    return b.toString();
  }

  /**
   * The text layer of a PDF whose columns are {@link #COLUMN_WIDTH} characters wide: a row's cells side by side,
   * single spaces between them, each longer cell broken at the column's width and its rest on the lines below,
   * beside the rest of the row's other long cells (资金是否全部纳入 100% 15 / 医保统筹). A row of one cell spans
   * the page (a title, a section) and is not broken.
   */
  private static String wrapped(String text) {
    return eachRow(text, cells -> sideBySide(cells, cells.stream().mapToInt(c -> COLUMN_WIDTH).toArray()));
  }

  /**
   * A row's cells one after another as a copy that takes a PDF's table cell by cell writes them: each cell on lines of
   * its own, a longer one broken at {@link #COLUMN_WIDTH} over several ({@code 省级财政专项资金投} / {@code 入成本控制率} /
   * {@code ≤100%}). A row of one cell spans the page and is not broken.
   */
  private static String stacked(List<String> cells) {
    if (cells.size() == 1) {
      return cells.get(0);
    }
    List<String> lines = new ArrayList<>();
    for (String cell : cells) {
      for (int from = 0; from < cell.length(); from += COLUMN_WIDTH) {
        lines.add(cell.substring(from, Math.min(cell.length(), from + COLUMN_WIDTH)).strip());
      }
    }
    return String.join("\n", lines);
  }

  /**
   * As {@link Mode#WRAPPED}, each row's cells centred in its height (most printed forms centre them): the
   * categories and short values on the row's middle line, a tall cell's first lines above it
   * ({@code 显著提升了疫情期间对} above {@code 效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度}).
   */
  private static String middle(String text) {
    return eachRow(text, cells -> sideBySide(cells, cells.stream().mapToInt(c -> COLUMN_WIDTH).toArray(), true));
  }

  /**
   * As {@link Mode#WRAPPED}, with the categories' columns as narrow as printed forms make them, three characters
   * (产出指 / 标, 满意度 / 指标, 社会效 / 益指标): a category word wraps at three characters, every other cell at
   * {@link #COLUMN_WIDTH}. (A pipe table does not always keep its cells under their headings, so a cell's column
   * is told by what it is.)
   */
  private static String narrow(String text) {
    return eachRow(text, cells -> sideBySide(cells,
        cells.stream().mapToInt(c -> org.jixiao.vocabulary.Categories.word(c) != null ? NARROW_COLUMN : COLUMN_WIDTH).toArray()));
  }

  /**
   * A row's cells as a PDF's text layer prints them in columns {@code widths} characters wide: side by side with
   * single spaces between them, each longer cell broken at its width and its rest on the lines below, beside the
   * rest of the row's other long cells. A row of one cell spans the page (a title, a section) and is not broken.
   */
  public static String sideBySide(List<String> cells, int[] widths) {
    return sideBySide(cells, widths, false);
  }

  /**
   * As {@link #sideBySide(List, int[])}, each cell's lines, when {@code centred}, in the middle of the row's
   * height as a form that centres its cells prints them: a cell of one line on the row's middle line (the upper
   * one of two), a taller cell starting as far above it as it ends below it (the upper way when it cannot be even).
   */
  public static String sideBySide(List<String> cells, int[] widths, boolean centred) {
    if (cells.size() == 1) {
      return cells.get(0);
    }
    int height = 0;
    for (int c = 0; c < cells.size(); c++) {
      height = Math.max(height, (cells.get(c).length() + widths[c] - 1) / widths[c]);
    }
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < height; row++) {
      List<String> pieces = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        int own = (cells.get(c).length() + widths[c] - 1) / widths[c];
        int from = (row - (centred ? (height - own) / 2 : 0)) * widths[c];
        if (from < 0) {
          continue;
        }
        if (from < cells.get(c).length()) {
          pieces.add(cells.get(c).substring(from, Math.min(cells.get(c).length(), from + widths[c])).strip());
        }
      }
      lines.add(String.join(" ", pieces));
    }
    return String.join("\n", lines);
  }

  /**
   * The page as the HTML it was copied from: lines of text as paragraphs, runs of pipe rows as a table whose
   * cells, empty ones too, are the pipes' cells. Where the rows close each cell with a pipe and the first row
   * opens with none (a | b | c |), a leading pipe closes an empty cell; where every row opens with one
   * (markdown), it is the row's border.
   */
  private static String html(String text) {
    String[] lines = text.split("\n", -1);
    boolean closing = false;
    for (String line : lines) {
      String t = line.strip();
      if (t.chars().filter(c -> c == '|').count() >= 2) {
        closing = !t.startsWith("|");
        break;
      }
    }
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>\n<p>").append(escape(lines[0])).append("</p>\n");
    boolean inTable = false;
    for (int i = 1; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.chars().filter(c -> c == '|').count() < 2) {
        // Text, or a copy that writes one cell per line with a lone pipe beside it (cell |, | cell): a paragraph.
        if (inTable) {
          b.append("</table>\n");
          inTable = false;
        }
        String words = t.replace("|", "").strip();
        if (!words.isEmpty()) {
          b.append("<p>").append(escape(words)).append("</p>\n");
        }
        continue;
      }
      if (!inTable) {
        b.append("<table>\n");
        inTable = true;
      }
      String inner = t.endsWith("|") ? t.substring(0, t.length() - 1) : t;
      if (!closing && inner.startsWith("|")) {
        inner = inner.substring(1);
      }
      b.append("<tr>");
      for (String cell : inner.split("\\|", -1)) {
        b.append("<td>").append(escape(cell.strip())).append("</td>");
      }
      b.append("</tr>\n");
    }
    if (inTable) {
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
