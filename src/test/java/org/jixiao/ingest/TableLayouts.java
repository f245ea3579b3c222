package org.jixiao.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A table written the ways exports write it (the layouts that {@link LayoutIndependenceTest} and
 * {@link DevelopmentTablesLayoutsTest} read back): tabs, pipes, CSV as a spreadsheet saves it, cells
 * joined by single spaces, one cell per line, the whole table flattened into one line, or cells glued
 * with no separator. A layout's {@code -merged} form is the caller's: it leaves the repeated category
 * cells empty; its {@code -centred} form moves their text to the middle of the rows they cover ({@link #centred}).
 */
final class TableLayouts {

  private TableLayouts() {}

  /**
   * {@code cells} under {@code header}, with the project's name above them and, when not null, the
   * form's {@code title} first (on the same line where the whole table is one line).
   */
  static String write(String layout, String title, String project, String[] header, List<String[]> cells) {
    StringBuilder b = new StringBuilder();
    String flattenedLabel = "项目名称 ";
    if (title != null) {
      if (layout.startsWith("flattened")) {
        flattenedLabel = title + " 项目名称 ";
      } else {
        b.append(title).append('\n');
      }
    }
    switch (layout.replace("-merged", "")) {
      case "tabs" -> {
        b.append("项目名称\t").append(project).append('\n').append(String.join("\t", header)).append('\n');
        cells.forEach(c -> b.append(String.join("\t", c)).append('\n'));
      }
      case "pipes" -> {
        b.append("| 项目名称 | ").append(project).append(" |\n| ").append(String.join(" | ", header)).append(" |\n|")
            .append("---|".repeat(header.length)).append('\n');
        cells.forEach(c -> b.append("| ").append(String.join(" | ", c)).append(" |\n"));
      }
      case "spaces" -> {
        b.append("项目名称 ").append(project).append('\n').append(String.join(" ", header)).append('\n');
        cells.forEach(c -> b.append(String.join(" ", filled(c))).append('\n'));
      }
      case "cell-per-line" -> {
        b.append("项目名称\n").append(project).append("\n\n");
        Arrays.stream(header).forEach(h -> b.append(h).append("\n\n"));
        cells.forEach(c -> filled(c).forEach(x -> b.append(x).append("\n\n")));
      }
      case "flattened" -> {
        b.append(flattenedLabel).append(project).append(' ').append(String.join(" ", header));
        cells.forEach(c -> filled(c).forEach(x -> b.append(' ').append(x)));
        b.append('\n');
      }
      case "csv" -> {
        // As a spreadsheet saves it: quoted only where a cell holds a comma, a quote or a line break.
        try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(b, org.apache.commons.csv.CSVFormat.EXCEL)) {
          String[] projectRow = new String[header.length];
          Arrays.fill(projectRow, "");
          projectRow[0] = "项目名称";
          projectRow[1] = project;
          out.printRecord((Object[]) projectRow);
          out.printRecord((Object[]) header);
          for (String[] c : cells) {
            out.printRecord((Object[]) c);
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      case "glued" -> {
        b.append("项目名称").append(project).append('\n').append(String.join("", header)).append('\n');
        cells.forEach(c -> b.append(String.join("", c)).append('\n'));
      }
      default -> throw new IllegalArgumentException(layout);
    }
    return b.toString();
  }

  private static List<String> filled(String[] cells) {
    return Arrays.stream(cells).filter(c -> !c.isEmpty()).toList();
  }

  /**
   * {@code rows} (a table's cells, the same number in each) as a PDF's text layer orders them when the merged
   * cells are centred vertically: each merged cell's text beside the middle row of those it covers (the upper
   * one of an even span), the rows above it before it. A merged cell is a leading cell whose rows below leave
   * it and every cell before it empty while they fill later ones; other empty cells stay where they are.
   */
  static List<String[]> centred(List<String[]> rows) {
    List<String[]> out = new java.util.ArrayList<>();
    for (String[] r : rows) {
      out.add(r.clone());
    }
    int width = rows.isEmpty() ? 0 : rows.get(0).length;
    for (int c = 0; c < width; c++) {
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r)[c].isEmpty()) {
          continue;
        }
        int end = r + 1;
        while (end < rows.size() && emptyThrough(rows.get(end), c) && filledAfter(rows.get(end), c)) {
          end++;
        }
        int middle = r + (end - r - 1) / 2;
        if (middle != r) {
          out.get(middle)[c] = rows.get(r)[c];
          out.get(r)[c] = "";
        }
        r = end - 1;
      }
    }
    return out;
  }

  private static boolean emptyThrough(String[] row, int c) {
    for (int k = 0; k <= c; k++) {
      if (!row[k].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean filledAfter(String[] row, int c) {
    for (int k = c + 1; k < row.length; k++) {
      if (!row[k].isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
