package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.recognise.WrappedRows.Joined;

/**
 * Rows whose cells a form centred in their height, as most printed forms do: a PDF's text layer gives the short
 * cells (the categories, the values) on the row's middle line and a tall cell's first lines above it, its last
 * below ({@code 显著提升了疫情期间对} / {@code 效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度} / {@code
 * 幼儿园扶持力度 ,大力支持了民办幼儿} / {@code 园的发展}). {@link WrappedRows} joins the lines below a row; the lines
 * above it are found here.
 */
final class CentredRows {

  private CentredRows() {}

  /**
   * The row below line {@code i} joined, line {@code i} and any like it before that row included, where line {@code i} begins the cells of a row whose short cells a
   * PDF centred in its height: the tall cells start on the lines above the one that holds the categories and
   * the values ({@code 显著提升了疫情期间对} above {@code 效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度}).
   * Those lines hold what a row's rest may (no category, heading or numbered item), every piece a column's full
   * width (each runs on); the first line below them is a row a category or a value marks. Their pieces begin that
   * row's cells of words, the tallest first (a cell centred in the row has at least as many lines below the middle
   * as above it). Null when the lines are no such start, or when which cells they begin is not clear.
   */
  static Joined join(TextLayer layer, int i) {
    if (layer.widths().isEmpty() || !leadsIn(layer, i)) {
      return null;
    }
    List<String> leads = new ArrayList<>(layer.pieces(i));
    int j = i + 1;
    while (j < layer.size() && layer.pieces(j).size() == leads.size() && leadsIn(layer, j)) {
      for (int c = 0; c < leads.size(); c++) {
        leads.set(c, leads.get(c) + layer.pieces(j).get(c));
      }
      j++;
    }
    if (j >= layer.size() || !layer.tableRow(j) || !layer.marked(j)) {
      return null;
    }
    Joined main = WrappedRows.joinRow(layer, j);
    if (java.util.Arrays.stream(main.linesBelow()).max().orElse(0) < j - i) {
      return null; // centred, the row's tallest cell runs as far below its middle line as above it
    }
    int[] to = tallest(main, leads.size());
    if (to == null) {
      return null;
    }
    List<String> cells = new ArrayList<>(main.cells());
    for (int k = 0; k < to.length; k++) {
      cells.set(to[k], leads.get(k) + cells.get(to[k]));
    }
    return new Joined(cells, j, main.next(), main.linesBelow(), main.endsOpen());
  }

  /** True when line {@code i} could be a row's rest (no category, heading or row's start), each piece as wide as a column. */
  private static boolean leadsIn(TextLayer layer, int i) {
    List<String> p = layer.pieces(i);
    return !p.isEmpty() && layer.isRest(i) && p.stream().allMatch(x -> layer.widths().contains(x.length()) && !CellRests.endsACell(x));
  }

  /**
   * The cells of words of a joined row that {@code leads} pieces begin, in order: all of them when there are as
   * many, else those with the most lines below, when that choice is clear; null otherwise.
   */
  private static int[] tallest(Joined row, int leads) {
    List<Integer> words = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = Cell.of(row.cells().get(c), 0);
      if (!cell.is(Cell.Kind.CATEGORY) && !TextLayer.isMeasure(cell, row.cells().get(c)) && !cell.is(Cell.Kind.HEADER)) {
        words.add(c);
      }
    }
    if (words.size() < leads) {
      return null;
    }
    if (words.size() > leads) {
      List<Integer> byHeight = new ArrayList<>(words);
      byHeight.sort((a, b) -> row.linesBelow()[b] - row.linesBelow()[a]);
      if (row.linesBelow()[byHeight.get(leads - 1)] == row.linesBelow()[byHeight.get(leads)]) {
        return null; // as tall as the next: which cells the lines above begin is not clear
      }
      words = byHeight.subList(0, leads).stream().sorted().toList();
    }
    return words.stream().mapToInt(Integer::intValue).toArray();
  }
}
