package org.jixiao.ingest.recognise;

import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;

/**
 * What a table states about itself outside its columns: the title, the unit and department named
 * above the table ({@code 单位名称：…}, {@code 部门名称：…}, or a label with the name on the next line),
 * the money unit ({@code 单位：万元}) and a year written in the title ({@code 2022年度}, {@code (2020年度)}).
 */
record DocumentMeta(
    String title, String unit, String department, String moneyUnit, Integer statedYear, boolean selfEvaluation,
    boolean unitWide) {

  /** A title of a unit-wide table: 部门整体支出绩效目标表, 单位整体绩效自评表, 部门(单位)整体绩效目标申报表. */
  private static final Regex UNIT_WIDE = Regex.of("整体(支出)?绩效|整体支出");

  private static final Regex TITLE =
      Regex.of("绩效目标表|绩效自评表|自评表|绩效目标申报表|绩效目标批复表|绩效评价|绩效目标和指标|绩效目标公开");
  private static final Regex YEAR = Regex.of("(?<!\\d)(20[0-4]\\d)(?!\\d)");
  private static final Regex YEAR_LINE = Regex.of("^[(（]?\\s*(20[0-4]\\d)\\s*年度?\\s*[)）]?$");
  private static final Regex MONEY_UNIT = Regex.of("(?:金额)?单位\\s*[:：]\\s*(万元|元)");
  private static final Regex LABEL =
      Regex.of("^(单位名称|部门名称|预算单位|填报单位|预算部门|主管部门|部门)\\s*(?:[（(]\\s*盖章\\s*[)）])?\\s*(?:[:：]\\s*(.*)|$)");
  private static final Regex CODE_PREFIX = Regex.of("^\\d{2,}[_\\-\\s]*");

  /** Reads the meta data from the single-cell lines of a sheet and the cells that carry labels. */
  static DocumentMeta of(List<Row> rows) {
    String title = null;
    String unit = null;
    String department = null;
    String moneyUnit = null;
    Integer year = null;
    String pendingLabel = null;
    for (Row row : rows) {
      List<String> cells = row.filledCells();
      if (cells.isEmpty()) {
        continue;
      }
      String first = cells.get(0).replaceFirst("^#+\\s*", "");
      for (String cell : cells) {
        Matcher money = MONEY_UNIT.pattern().matcher(cell);
        if (moneyUnit == null && money.find()) {
          moneyUnit = money.group(1);
        }
      }
      if (cells.size() != 1) {
        pendingLabel = null;
        continue;
      }
      if (pendingLabel != null && first.length() <= 40 && !LABEL.matches(first)
          && !TITLE.find(first)) {
        if (pendingLabel.equals("unit")) {
          unit = unit == null ? first : unit;
        } else {
          department = department == null ? first : department;
        }
        pendingLabel = null;
        continue;
      }
      pendingLabel = null;
      // A later title line still gives the year the first one lacked (a file name above the sheet's own title).
      if ((title == null || year == null) && first.length() <= 80 && TITLE.find(first)) {
        title = title == null ? first : title;
        Matcher y = YEAR.pattern().matcher(first);
        if (y.find() && year == null) {
          year = Integer.valueOf(y.group(1));
        }
        continue;
      }
      Matcher yl = YEAR_LINE.pattern().matcher(first);
      if (yl.matches() && year == null) {
        year = Integer.valueOf(yl.group(1));
        continue;
      }
      Matcher label = LABEL.pattern().matcher(first);
      if (label.matches() && first.length() <= 80) {
        String kind = label.group(1).contains("部门") ? "department" : "unit";
        String written = label.group(2) == null ? "" : label.group(2);
        String value = MONEY_UNIT.replaceAll(written, "").replaceAll("[（(]\\s*盖章\\s*[)）]", "").strip();
        value = CODE_PREFIX.replaceFirst(value, "").strip();
        if (value.isEmpty()) {
          pendingLabel = kind;
        } else if (kind.equals("unit") && unit == null) {
          unit = value;
        } else if (kind.equals("department") && department == null) {
          department = value;
        }
      }
    }
    boolean selfEvaluation = title != null && (title.contains("自评") || title.contains("评价"));
    boolean unitWide = title != null && UNIT_WIDE.find(title);
    return new DocumentMeta(title, unit, department, moneyUnit == null ? "万元" : moneyUnit, year, selfEvaluation, unitWide);
  }
}
