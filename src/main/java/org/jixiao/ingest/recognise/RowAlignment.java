package org.jixiao.ingest.recognise;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.vocabulary.Categories;

/**
 * Where a row sits under its header. Exports drop merged cells on the left of continuation rows
 * ({@code 产出指标 | 时效指标 | …} under {@code 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …}) and
 * leave label columns in front; the shift that puts each cell under the column whose part it is
 * (category words under 一级/二级指标, a name under 三级指标, a measure under 指标值, a number under
 * 分值) is the row's place. A row that lost cells in its middle (empty cells dropped) has no shift that
 * fits and is read by parts instead.
 */
final class RowAlignment {

  /**
   * True when the places leave out no column after the first one a cell took but category columns
   * (merged away), the name's column is one taken and every category word stands under its level's
   * column: a row that lost an empty sign, unit or value cell in its middle or at its end has not, nor
   * one that a shift put a column off.
   */
  static boolean onlyCategoriesSkipped(List<ColumnRole> columns, List<Cell> cells, int[] place) {
    int first = Integer.MAX_VALUE;
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int i = 0; i < place.length; i++) {
      int p = place[i];
      if (p < 0) {
        continue;
      }
      first = Math.min(first, p);
      taken.add(p);
      Cell c = i < cells.size() ? cells.get(i) : null;
      if (c != null && c.is(Cell.Kind.CATEGORY) && p < columns.size()
          && columns.get(p) != (c.category().level() == 1 ? ColumnRole.LEVEL1 : ColumnRole.LEVEL2)) {
        return false; // a category word under another column: the row sits elsewhere
      }
    }
    int name = columns.indexOf(ColumnRole.LEVEL3);
    if (name >= 0 && !taken.contains(name)) {
      return false;
    }
    for (int j = first; j < columns.size(); j++) {
      ColumnRole r = columns.get(j);
      if (!taken.contains(j) && r != ColumnRole.LEVEL1 && r != ColumnRole.LEVEL2 && r != ColumnRole.CYCLE_LEVEL2) {
        return false;
      }
    }
    return true;
  }

  /** No shift fits. */
  static final int NONE = Integer.MIN_VALUE;

  private RowAlignment() {}

  /** The shift d such that cell i sits under column i + d, or {@link #NONE}. */
  static int shift(List<ColumnRole> columns, List<Cell> cells) {
    return shift(columns, cells, NONE);
  }

  /**
   * As {@link #shift(List, List)}, but where two shifts fit equally well the one the table's previous
   * row took wins: rows of one table lost the same merged cells ({@code | | 考核任务完成及时 | 1-6期培训结束后及时考核 | …}
   * under rows that sat one column to the right).
   */
  static int shift(List<ColumnRole> columns, List<Cell> cells, int previous) {
    int best = NONE;
    int bestScore = Integer.MIN_VALUE;
    boolean bestClean = false;
    for (int d = -2; d < columns.size(); d++) {
      int score = 0;
      boolean clean = true;
      boolean any = false;
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        if (c.isBlank()) {
          continue;
        }
        int j = i + d;
        int s = j < 0 || j >= columns.size() ? -3 : agreement(columns.get(j), c);
        clean &= s > -2;
        score += s;
        any = true;
      }
      if (!any) {
        return NONE;
      }
      if (d == 0 && cells.size() == columns.size()) {
        // A row as wide as its header (a markdown or spreadsheet row that kept its empty cells) is in place.
        score += 3;
      }
      boolean tieBreak = previous != NONE ? d == previous && best != previous : Math.abs(d) < Math.abs(best);
      if (score > bestScore || (score == bestScore && tieBreak)) {
        best = d;
        bestScore = score;
        bestClean = clean;
      }
    }
    if (!bestClean || bestScore <= 0) {
      return NONE;
    }
    boolean hasBlank = cells.stream().anyMatch(Cell::isBlank);
    boolean fullWidth = cells.size() + best >= columns.size();
    return hasBlank || fullWidth ? best : NONE;
  }

  /**
   * Each cell's column (-1 for trailing empty cells), or null when the row fits no place: the best
   * shift, unless the row also lost merged category cells in its middle and fits better so. A table of
   * two halves whose level-2 cells were merged away writes {@code 购买标准试剂 | ≥100个 | 购买标准试剂 | ≥120个}
   * under {@code 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值}: no shift puts the second name under the
   * second 三级指标, but dropping the 二级 column between the halves does.
   */
  static int[] places(List<ColumnRole> columns, List<Cell> cells, int previous) {
    int shift = shift(columns, cells, previous);
    int[] gapped = gapped(columns, cells);
    if (gapped != null && (shift == NONE || score(columns, cells, gapped) > score(columns, cells, shifted(cells, shift)))) {
      return gapped;
    }
    return shift == NONE ? null : shifted(cells, shift);
  }

  /**
   * The text of each column a row's cells were placed in ({@link #places}), the first filled cell of each: the row as
   * its header names it. Headers are hints: a category word before the name, in a column whose heading names no level
   * (评价指标 | 评价内容 | 指标名称 …: 产出 | 数量指标 | …), is the level it is all the same.
   */
  static Map<ColumnRole, String> byRole(List<ColumnRole> columns, List<Cell> cells, int[] place) {
    Map<ColumnRole, String> at = new EnumMap<>(ColumnRole.class);
    for (int i = 0; i < cells.size(); i++) {
      int j = place[i];
      ColumnRole role = j >= 0 && j < columns.size() ? columns.get(j) : null;
      if (role != null && !cells.get(i).isBlank()) {
        at.putIfAbsent(role, cells.get(i).text());
      }
    }
    int name = columns.indexOf(ColumnRole.LEVEL3);
    for (int i = 0; i < cells.size(); i++) {
      int j = place[i];
      Cell c = cells.get(i);
      if (j < 0 || j >= columns.size() || name >= 0 && j >= name || columns.get(j) != null || !c.is(Cell.Kind.CATEGORY)) {
        continue;
      }
      at.putIfAbsent(c.category().level() == 1 ? ColumnRole.LEVEL1 : ColumnRole.LEVEL2, c.text());
    }
    return at;
  }

  /** The shift as places; cells that fall outside the header get -1. */
  static int[] shifted(List<Cell> cells, int shift) {
    int[] place = new int[cells.size()];
    for (int i = 0; i < place.length; i++) {
      place[i] = i + shift;
    }
    return place;
  }

  private static int score(List<ColumnRole> columns, List<Cell> cells, int[] place) {
    int score = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        score += place[i] < 0 || place[i] >= columns.size() ? -3 : agreement(columns.get(place[i]), cells.get(i));
      }
    }
    return score;
  }

  /** The header's last named column, or -1. */
  static int lastNamed(List<ColumnRole> columns) {
    int last = -1;
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j) != null) {
        last = j;
      }
    }
    return last;
  }

  /** Columns an export drops when their cells were merged: the categories and the block's label. */
  private static boolean mergeable(ColumnRole role) {
    return role == ColumnRole.LEVEL1 || role == ColumnRole.LEVEL2 || role == ColumnRole.CYCLE_LEVEL2 || role == ColumnRole.INDICATORS;
  }

  /**
   * The best places in order where columns may be skipped on the left and, between cells, only where
   * they are mergeable; every filled cell must be its column's part (agreement above 0), and the row must
   * reach the header's last named column or end in empty cells. Null where none fits, or where the
   * best skips nothing between cells.
   */
  static int[] gapped(List<ColumnRole> columns, List<Cell> cells) {
    int m = cells.size();
    while (m > 0 && cells.get(m - 1).isBlank()) {
      m--;
    }
    int n = columns.size();
    if (m < 2 || m > n) {
      return null;
    }
    final int none = Integer.MIN_VALUE / 2;
    int[][] best = new int[m][n];
    int[][] from = new int[m][n];
    for (int k = 0; k < m; k++) {
      for (int j = 0; j < n; j++) {
        best[k][j] = none;
        Cell c = cells.get(k);
        int fit = c.isBlank() ? 0 : agreement(columns.get(j), c);
        if (fit <= 0 && !c.isBlank()) {
          continue; // dropping columns is trusted only where every cell is its column's part
        }
        if (k == 0) {
          best[k][j] = fit;
          continue;
        }
        for (int p = j - 1; p >= 0; p--) {
          if (best[k - 1][p] != none && best[k - 1][p] + fit > best[k][j]) {
            best[k][j] = best[k - 1][p] + fit;
            from[k][j] = p;
          }
          if (!mergeable(columns.get(p))) {
            break; // only merged category columns may lie between two cells
          }
        }
      }
    }
    int lastNamed = lastNamed(columns);
    int end = -1;
    for (int j = 0; j < n; j++) {
      if (best[m - 1][j] != none && (end < 0 || best[m - 1][j] > best[m - 1][end])) {
        end = j;
      }
    }
    if (end < 0 || best[m - 1][end] <= 0 || (end < lastNamed && m == cells.size())) {
      return null;
    }
    int[] place = new int[cells.size()];
    java.util.Arrays.fill(place, -1);
    boolean inner = false;
    for (int k = m - 1, j = end; k >= 0; j = from[k][j], k--) {
      place[k] = j;
      inner |= k < m - 1 && place[k + 1] > j + 1;
    }
    // Without a gap between cells the places are a shift, which shift() judges.
    return inner ? place : null;
  }

  /** How well a cell fits a column: positive when it is that column's part, negative when it cannot be. */
  static int agreement(ColumnRole role, Cell c) {
    boolean category = c.is(Cell.Kind.CATEGORY);
    boolean value = c.is(Cell.Kind.VALUE);
    boolean text = c.is(Cell.Kind.TEXT);
    boolean categoryLike = text && (c.text().endsWith("指标") || c.text().endsWith("目标")) && c.text().length() <= 12;
    if (role == null) {
      return category ? -1 : 0;
    }
    return switch (role) {
      case LEVEL1 -> category ? (c.category().level() == 1 ? 3 : 0) : categoryLike ? 1 : value ? -3 : -1;
      case LEVEL2, CYCLE_LEVEL2 -> category ? (Categories.canBeLevel2(c.category()) ? 3 : 1) : categoryLike ? 1 : value ? -3 : 0;
      // A date or a grade can be where the name stands (2022年全年 | ≥360天 | ≥360天); a number cannot.
      case LEVEL3, CYCLE_LEVEL3 -> text ? 2 : category ? -1 : value && c.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.NUMBER ? -2
          : value && (c.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.DATE || c.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.QUALITATIVE) ? 0
          : value ? -1 : 0;
      // A sentence is a target too (显著促进了…发展。), and fits there better than under a category column.
      case TARGET, CYCLE_TARGET, ACTUAL -> c.isTargetLike() ? 2 : category ? -3 : text && PartialIndicator.PROSE.matcher(c.text()).matches() ? 1 : 0;
      case WEIGHT, SCORE, COMPLETION -> value ? (c.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.NUMBER ? 2 : 0) : category ? -3 : -2;
      case SIGN -> PartialIndicator.fits(role, c) ? 3 : -1;
      case MEASURE_UNIT -> PartialIndicator.fits(role, c) ? 3 : -1;
      // A measure (20万元) is a target, not a description of one.
      case DESCRIPTION -> text ? 1 : category ? -2 : c.isTargetLike() ? -1 : 0;
      // 绩 效 指 标 | 一级指标 | …: a label spanning the indicator block; its rows hold nothing of their own.
      case INDICATORS -> category ? -2 : 0;
      case TOTAL, FISCAL, SPECIAL_ACCOUNT, OTHER_FUNDS -> value ? 1 : -1;
      default -> text ? 1 : category ? -2 : 0;
    };
  }
}
