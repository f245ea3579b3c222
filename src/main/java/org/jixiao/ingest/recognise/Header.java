package org.jixiao.ingest.recognise;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.ingest.read.Row;

/** A header row: which column holds which role. */
record Header(int line, int width, Map<ColumnRole, Integer> columns) {

  /**
   * The header a row is, if any: at least two recognised columns, one of them an anchor
   * (项目名称, 绩效指标, 一级指标, 三级指标 …). The first column naming a role keeps it.
   */
  static Optional<Header> of(Row row) {
    Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
    for (int i = 0; i < row.cells().size(); i++) {
      ColumnRole role = ColumnRole.of(row.cells().get(i));
      if (role != null) {
        columns.putIfAbsent(role, i);
        boolean secondHalf = columns.containsKey(ColumnRole.TARGET) || columns.containsKey(ColumnRole.CYCLE_TARGET);
        if ((role == ColumnRole.LEVEL2 || role == ColumnRole.LEVEL3) && (secondHalf || row.cell(i).contains("年度"))) {
          // Tables with 中期/长期 and 年度 halves side by side (中期 on the left, as every template
          // that labels them has it): this year's indicators are the right, 年度 half.
          Integer earlier = columns.put(role, i);
          if (earlier != null && earlier != i) {
            columns.putIfAbsent(role == ColumnRole.LEVEL2 ? ColumnRole.CYCLE_LEVEL2 : ColumnRole.CYCLE_LEVEL3, earlier);
          }
        } else if (role == ColumnRole.TARGET && columns.get(ColumnRole.TARGET) != i
            && columns.getOrDefault(ColumnRole.LEVEL3, -1) > columns.get(ColumnRole.TARGET)) {
          columns.putIfAbsent(ColumnRole.CYCLE_TARGET, columns.get(ColumnRole.TARGET));
          columns.put(ColumnRole.TARGET, i);
        }
      }
    }
    boolean anchored = columns.keySet().stream().anyMatch(r -> r.anchor);
    return anchored && columns.size() >= 2
        ? Optional.of(new Header(row.line(), row.cells().size(), columns))
        : Optional.empty();
  }

  boolean has(ColumnRole role) {
    return columns.containsKey(role);
  }

  /** The cell of {@code row} in the column of {@code role}, stripped, or "" when there is none. */
  String cell(Row row, ColumnRole role) {
    Integer index = columns.get(role);
    return index == null ? "" : row.cell(index).strip();
  }

  /** Project-per-row tables name projects and pack their indicators or goals into cells. */
  boolean isProjectTable() {
    return has(ColumnRole.PROJECT_NAME) && (has(ColumnRole.INDICATORS) || has(ColumnRole.GOAL))
        && !has(ColumnRole.LEVEL1);
  }

  /** Indicator-per-row tables have category and name columns. */
  boolean isIndicatorTable() {
    return has(ColumnRole.LEVEL1) || has(ColumnRole.LEVEL3);
  }
}
