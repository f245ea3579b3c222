package org.jixiao.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jixiao.util.Deadline;

/**
 * Reads HTML pages (tables saved from budget-disclosure sites, or Excel's "save as web page") with
 * jsoup. Every {@code <table>} becomes rows of cells in document order; rowspan and colspan are
 * expanded so a merged cell repeats its text in every position it covers, which is what the
 * recogniser expects of a merged 一级指标 cell. Text outside tables (单位名称：…, 项目名称：…) becomes
 * one-cell rows in place. A row's line is its ordinal across the page.
 */
public final class HtmlSheetReader implements SheetReader {

  /** Spans beyond this are not tables people wrote; refusing them bounds the grid. */
  static final int MAX_SPAN = 1000;

  /** Total cells after expanding spans; far above any real table. */
  static final int MAX_CELLS = 4_000_000;

  private static final Pattern MARKUP = Pattern.compile("<(table|html)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  @Override
  public boolean accepts(byte[] content) {
    String text = TextDecoder.decode(content).text();
    return TextSheetReader.looksLikeText(text) && MARKUP.matcher(text).find();
  }

  @Override
  public Sheet read(String file, byte[] content) throws UnreadableFileException {
    Element body = Jsoup.parse(TextDecoder.decode(content).text()).body();
    Walker walker = new Walker();
    walker.walk(body);
    walker.flush();
    if (walker.tables == 0) {
      throw new UnreadableFileException("网页中没有表格 / no table in the HTML page");
    }
    return new Sheet(file, walker.rows);
  }

  /** Cell text: whitespace (including no-break and ideographic spaces) collapsed, {@code <br>} as a space. */
  static String cellText(Element cell) {
    return SPACE.matcher(cell.text()).replaceAll(" ").strip();
  }

  private static final class Walker {
    final List<Row> rows = new ArrayList<>();
    final StringBuilder line = new StringBuilder();
    int tables;
    long cells;

    void walk(Node node) throws UnreadableFileException {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
        return;
      }
      if (!(node instanceof Element element)) {
        return;
      }
      String tag = element.normalName();
      switch (tag) {
        case "script", "style", "template", "noscript" -> {
          return;
        }
        case "table" -> {
          flush();
          table(element);
          return;
        }
        case "br" -> {
          flush();
          return;
        }
        default -> { }
      }
      boolean block = element.isBlock();
      if (block) {
        flush();
      }
      for (Node child : element.childNodes()) {
        walk(child);
      }
      if (block) {
        flush();
      }
    }

    void flush() {
      String text = SPACE.matcher(line).replaceAll(" ").strip();
      line.setLength(0);
      if (!text.isEmpty()) {
        rows.add(new Row(rows.size() + 1, List.of(text)));
      }
    }

    /** One table's rows, with spans expanded. Rows of nested tables stay inside their cell's text. */
    void table(Element table) throws UnreadableFileException {
      tables++;
      // Column -> the text a rowspan carries down, and how many more rows it covers.
      Map<Integer, String> carryText = new HashMap<>();
      Map<Integer, Integer> carryLeft = new HashMap<>();
      for (Element tr : ownRows(table)) {
        Deadline.check();
        TreeMap<Integer, String> grid = new TreeMap<>();
        int col = 0;
        for (Element cell : tr.children()) {
          if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
            continue;
          }
          while (carryLeft.getOrDefault(col, 0) > 0) {
            col = takeCarry(col, grid, carryText, carryLeft);
          }
          int colspan = span(cell, "colspan");
          int rowspan = span(cell, "rowspan");
          String text = cellText(cell);
          for (int c = col; c < col + colspan; c++) {
            grid.put(c, text);
            if (rowspan > 1) {
              carryText.put(c, text);
              carryLeft.put(c, rowspan - 1);
            }
          }
          col += colspan;
        }
        for (Integer c : new ArrayList<>(carryLeft.keySet())) {
          if (c >= col && carryLeft.get(c) > 0 && !grid.containsKey(c)) {
            takeCarry(c, grid, carryText, carryLeft);
          }
        }
        List<String> cellsOfRow = new ArrayList<>();
        int width = grid.isEmpty() ? 0 : grid.lastKey() + 1;
        for (int c = 0; c < width; c++) {
          cellsOfRow.add(grid.getOrDefault(c, ""));
        }
        cells += width;
        if (cells > MAX_CELLS) {
          throw new UnreadableFileException("网页表格过大 / the HTML table is too large", UnreadableFileException.Reason.TOO_LARGE);
        }
        rows.add(new Row(rows.size() + 1, cellsOfRow));
      }
    }

    private static int takeCarry(int col, Map<Integer, String> grid, Map<Integer, String> text, Map<Integer, Integer> left) {
      grid.put(col, text.get(col));
      left.put(col, left.get(col) - 1);
      return col + 1;
    }

    private static List<Element> ownRows(Element table) {
      List<Element> trs = new ArrayList<>();
      for (Element child : table.children()) {
        switch (child.normalName()) {
          case "tr" -> trs.add(child);
          case "thead", "tbody", "tfoot" -> child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(trs::add);
          default -> { }
        }
      }
      return trs;
    }

    private static int span(Element cell, String attribute) throws UnreadableFileException {
      String value = cell.attr(attribute).strip();
      int span;
      try {
        span = value.isEmpty() ? 1 : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return 1;
      }
      if (span > MAX_SPAN) {
        throw new UnreadableFileException(
            "网页表格的合并单元格过大（" + attribute + "=" + span + "）/ a merged cell in the HTML table is too large",
            UnreadableFileException.Reason.TOO_LARGE);
      }
      return Math.max(span, 1);
    }
  }
}
