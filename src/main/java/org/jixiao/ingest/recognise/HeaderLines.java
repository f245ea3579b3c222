package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * Joins a header that the export broke over several lines because its cells held line breaks
 * ({@code 绩效指标 | 一级 指标 |} / {@code 二级 指标 |} / {@code 三级 指标 |} / {@code 指标值 | …}).
 * Each piece alone names too few columns to be a header, or names the wrong ones.
 */
final class HeaderLines {

  private HeaderLines() {}

  static List<Row> join(List<Row> rows) {
    List<Row> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      List<String> cells = new ArrayList<>();
      int pieces = 0;
      int j = i;
      int end = i;
      while (j < rows.size()) {
        Row row = rows.get(j);
        if (row.isBlank()) {
          j++;
          continue;
        }
        List<String> filled = row.filledCells().stream().map(c -> c.replaceAll("[|\\s]+$", "").strip()).toList();
        // 项目名称：热线运维 is a field of the project's header block, not a piece of a broken header.
        if (filled.stream().anyMatch(c -> ColumnRole.of(c) == null || c.matches(".*[：:]\\s*\\S.*"))) {
          break;
        }
        cells.addAll(filled);
        pieces++;
        j++;
        end = j;
      }
      boolean levels = cells.stream().anyMatch(c -> ColumnRole.of(c) == ColumnRole.LEVEL1)
          && cells.stream().anyMatch(c -> ColumnRole.of(c) == ColumnRole.LEVEL3);
      if (pieces >= 2 && levels) {
        out.add(new Row(rows.get(i).line(), cells));
        i = end;
      } else {
        out.add(rows.get(i));
        i++;
      }
    }
    return out;
  }
}
