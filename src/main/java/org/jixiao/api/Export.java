package org.jixiao.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.ProjectHit;

/**
 * A result list as a table with the columns of a performance-target table, as CSV (UTF-8 with a
 * byte-order mark, so Excel reads the Chinese) or XLSX.
 */
public final class Export {

  static final List<String> INDICATOR_COLUMNS = List.of(
      "城市", "区县", "主管部门", "预算单位", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值",
      "实施周期指标值", "计算公式", "指标概念", "来源文件", "行号", "id");
  static final List<String> PROJECT_COLUMNS = List.of(
      "城市", "区县", "主管部门", "预算单位", "项目名称", "年度", "预算（万元）", "绩效目标", "指标数", "来源文件", "行号", "id");

  /** Most rows an export holds: a result list, not a dump of the corpus. */
  public static final int MAX_ROWS = 2_000;
  public static final List<String> FORMATS = List.of("csv", "xlsx", "json");

  private Export() {}

  /** The hits in {@code format} (csv, xlsx, or json written by {@code json}). */
  public static byte[] encode(String format, String type, List<Hit> hits, com.fasterxml.jackson.databind.ObjectMapper json)
      throws IOException {
    return switch (format) {
      case "xlsx" -> xlsx(columns(type), rows(hits));
      case "json" -> json.writeValueAsBytes(java.util.Map.of("hits", hits));
      case "csv" -> csv(columns(type), rows(hits));
      default -> throw new IllegalArgumentException("format 须为 csv、xlsx 或 json / format must be csv, xlsx or json");
    };
  }

  /** The media type of a format's bytes. */
  static String contentType(String format) {
    return switch (format) {
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "json" -> "application/json; charset=utf-8";
      default -> "text/csv; charset=utf-8";
    };
  }

  public static List<String> columns(String type) {
    return "project".equals(type) ? PROJECT_COLUMNS : INDICATOR_COLUMNS;
  }

  public static List<List<String>> rows(List<Hit> hits) {
    List<List<String>> rows = new ArrayList<>();
    for (Hit h : hits) {
      if (h instanceof IndicatorHit i) {
        rows.add(cells(i.city(), i.district(), i.department(), i.unit(), i.project(), i.level1(), i.level2(), i.name(),
            raw(i, Period.ANNUAL), raw(i, Period.CYCLE), i.formula(), i.conceptLabel(),
            i.source() == null ? null : i.source().file(), i.source() == null ? null : String.valueOf(i.source().line()), i.id()));
      } else if (h instanceof ProjectHit p) {
        rows.add(cells(p.city(), p.district(), p.department(), p.unit(), p.project(), p.year() == null ? null : p.year().toString(),
            p.budget() == null || p.budget().total() == null ? null : p.budget().total().toPlainString(), p.goal(),
            String.valueOf(p.indicatorCount()), p.source() == null ? null : p.source().file(),
            p.source() == null ? null : String.valueOf(p.source().line()), p.id()));
      }
    }
    return rows;
  }

  private static String raw(IndicatorHit i, Period period) {
    return i.targets().stream().filter(t -> t.period() == period).map(Target::raw).findFirst().orElse(null);
  }

  private static List<String> cells(String... values) {
    List<String> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(v == null ? "" : v);
    }
    return out;
  }

  public static byte[] csv(List<String> columns, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("\uFEFF");
    b.append(columns.stream().map(Export::quote).collect(Collectors.joining(","))).append("\r\n");
    for (List<String> row : rows) {
      b.append(row.stream().map(Export::quote).collect(Collectors.joining(","))).append("\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * RFC 4180 quoting; a cell starting with = + - @ is prefixed with an apostrophe so a spreadsheet
   * never runs document text as a formula.
   */
  static String quote(String cell) {
    String v = cell;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  public static byte[] xlsx(List<String> columns, List<List<String>> rows) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("绩效指标");
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c)); // strings only: never a formula
        }
      }
      book.write(out);
      book.dispose();
      return out.toByteArray();
    }
  }
}
