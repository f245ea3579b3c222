package org.jixiao.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.ProjectHit;

/**
 * A result list as a table with the columns of a performance-target table, written as it is read:
 * CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese), XLSX (numbers as number cells, the
 * header frozen and filterable), JSON Lines (one hit a line) or JSON ({@code {"hits": […]}}). Rows
 * arrive in batches ({@link #rows}); nothing holds the whole export in memory but the XLSX writer's
 * temporary file.
 */
public abstract class Export implements AutoCloseable {

  /** A column: its header, its width in characters (XLSX), and whether its values are numbers. */
  record Column(String header, int width, boolean number) {}

  static final List<Column> INDICATOR_COLUMNS = List.of(
      text("城市", 8), text("区县", 8), text("主管部门", 20), text("预算单位", 24), text("项目名称", 30), text("一级指标", 10),
      text("二级指标", 12), text("三级指标", 28), text("年度指标值", 14), text("实施周期指标值", 14), text("比较", 5), number("数值", 10),
      text("单位", 8), text("计算公式", 20), text("指标概念", 14), text("来源文件", 30), number("行号", 6), text("id", 22));
  static final List<Column> PROJECT_COLUMNS = List.of(
      text("城市", 8), text("区县", 8), text("主管部门", 20), text("预算单位", 24), text("项目名称", 30), number("年度", 6),
      number("预算（万元）", 12), text("绩效目标", 40), number("指标数", 6), text("来源文件", 30), number("行号", 6), text("id", 18));

  public static final List<String> FORMATS = List.of("csv", "xlsx", "jsonl", "json");
  /** An XLSX sheet holds 1,048,576 rows; the header takes one. */
  public static final int MAX_XLSX_ROWS = 1_048_575;

  private static Column text(String header, int width) {
    return new Column(header, width, false);
  }

  private static Column number(String header, int width) {
    return new Column(header, width, true);
  }

  /** A writer of {@code format} for hits of {@code type} onto {@code out} (not closed with it). */
  public static Export to(String format, String type, OutputStream out, ObjectMapper json) throws IOException {
    List<Column> columns = "project".equals(type) ? PROJECT_COLUMNS : INDICATOR_COLUMNS;
    return switch (format) {
      case "csv" -> new Csv(columns, out);
      case "xlsx" -> new Xlsx(columns, out);
      case "jsonl" -> new JsonLines(out, json);
      case "json" -> new Json(out, json);
      default -> throw new IllegalArgumentException("format 须为 csv、xlsx、jsonl 或 json / format must be csv, xlsx, jsonl or json");
    };
  }

  /** The media type of a format. */
  public static String contentType(String format) {
    return switch (format) {
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "json" -> "application/json; charset=utf-8";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      default -> "text/csv; charset=utf-8";
    };
  }

  /** Writes the next rows. */
  public abstract void rows(List<Hit> hits) throws IOException;

  /** Ends the export (the file is complete only then); the stream stays open. */
  @Override
  public abstract void close() throws IOException;

  /** A hit's cells, in the order of its type's columns; numbers as {@link Double}, the rest as text or null. */
  static List<Object> cells(Hit h) {
    List<Object> c = new ArrayList<>();
    if (h instanceof IndicatorHit hit) {
      org.jixiao.model.IndicatorRecord i = hit.record();
      Target annual = target(i, Period.ANNUAL);
      Target cycle = target(i, Period.CYCLE);
      Target parsed = annual != null && annual.value() != null ? annual : cycle;
      c.addAll(java.util.Arrays.asList(i.city(), i.district(), i.department(), i.unit(), i.project(), i.level1(), i.level2(), i.name(),
          annual == null ? null : annual.raw(), cycle == null ? null : cycle.raw(),
          parsed == null || parsed.op() == null ? null : comparison(parsed.op()), parsed == null ? null : parsed.value(),
          parsed == null || parsed.value() == null ? null : parsed.unit(), i.formula(), i.conceptLabel(),
          i.source() == null ? null : i.source().file(), i.source() == null ? null : (double) i.source().line(), i.id()));
    } else if (h instanceof ProjectHit hit) {
      org.jixiao.model.ProjectRecord p = hit.record();
      c.addAll(java.util.Arrays.asList(p.city(), p.district(), p.department(), p.unit(), p.name(),
          p.year() == null ? null : p.year().doubleValue(),
          p.budget() == null || p.budget().total() == null ? null : p.budget().total().doubleValue(), p.goal(),
          (double) p.indicatorCount(), p.source() == null ? null : p.source().file(),
          p.source() == null ? null : (double) p.source().line(), p.id()));
    }
    return c;
  }

  /** The comparison as a table writes it; = as the full-width ＝ and a range in words, so no spreadsheet reads a formula. */
  private static String comparison(org.jixiao.model.Op op) {
    return switch (op) {
      case EQ -> "＝";
      case RANGE -> "区间";
      default -> op.symbol();
    };
  }

  private static Target target(org.jixiao.model.IndicatorRecord i, Period period) {
    return i.targets().stream().filter(t -> t.period() == period).findFirst().orElse(null);
  }

  /** A number as a person writes it: 95, not 95.0; 0.5 stays. */
  static String plain(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return cell.toString();
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

  private static final class Csv extends Export {
    private final Writer out;

    Csv(List<Column> columns, OutputStream stream) throws IOException {
      this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      out.write('\uFEFF');
      line(columns.stream().map(c -> (Object) c.header()).toList());
    }

    private void line(List<Object> cells) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        // Numbers are data, not text a spreadsheet could run: a negative one is written as it is.
        out.write(cells.get(i) instanceof Double ? plain(cells.get(i)) : quote(plain(cells.get(i))));
      }
      out.write("\r\n");
    }

    @Override
    public void rows(List<Hit> hits) throws IOException {
      for (Hit h : hits) {
        line(cells(h));
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  private static final class Xlsx extends Export {
    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(500);
    private final SXSSFSheet sheet;
    private final int width;
    private int next = 1;

    Xlsx(List<Column> columns, OutputStream out) {
      this.out = out;
      this.width = columns.size();
      book.setCompressTempFiles(true);
      sheet = book.createSheet("绩效指标");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      SXSSFRow header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).header());
        header.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, columns.get(c).width() * 2 * 256); // CJK characters are two wide
      }
      sheet.createFreezePane(0, 1);
    }

    @Override
    public void rows(List<Hit> hits) {
      for (Hit h : hits) {
        if (next > MAX_XLSX_ROWS) {
          return;
        }
        SXSSFRow row = sheet.createRow(next++);
        List<Object> cells = cells(h);
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          if (v instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString()); // strings only: never a formula
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      try {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, width - 1));
        book.write(out);
        out.flush();
      } finally {
        book.close();
      }
    }
  }

  private static final class JsonLines extends Export {
    private final OutputStream out;
    private final com.fasterxml.jackson.databind.ObjectWriter json;

    JsonLines(OutputStream out, ObjectMapper json) {
      this.out = out;
      // one line a hit, whatever the mapper's indentation
      this.json = json.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public void rows(List<Hit> hits) throws IOException {
      for (Hit h : hits) {
        out.write(json.writeValueAsBytes(h));
        out.write('\n');
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  private static final class Json extends Export {
    private final JsonGenerator gen;
    private final ObjectMapper json;

    Json(OutputStream out, ObjectMapper json) throws IOException {
      this.json = json;
      this.gen = json.getFactory().createGenerator(out);
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.writeStartObject();
      gen.writeArrayFieldStart("hits");
    }

    @Override
    public void rows(List<Hit> hits) throws IOException {
      for (Hit h : hits) {
        json.writeValue(gen, h);
      }
    }

    @Override
    public void close() throws IOException {
      gen.writeEndArray();
      gen.writeEndObject();
      gen.close();
    }
  }
}
