package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;

/**
 * Cuts apart the wide glued table a web page makes of a 湘西-style 项目支出绩效目标表, where each row's
 * ten cells run together with no separator:
 * {@code 成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,每少1元扣1分-定量}.
 *
 * <p>The row is anchored at both ends by closed vocabularies: the category words at the start, and
 * the 度量单位 / 指标值类型 cells ({@code -定量}, {@code -定性}) at the end. Between them the name and
 * the target are separated at the first place a target can start: a number (with its sign, unit and
 * 以上 / 以下), a date, or a qualitative phrase such as 有所减轻. What follows the target (its meaning
 * and scoring rule) is prose and is dropped. A row where no target can be found is reported, not
 * guessed at.
 *
 * <p>The unit / project lines ({@code 505006州民族特殊教育学校30.00}, then an indented
 * {@code 505006  学生伙食费30.00}) become the 项目名称 / 实施单位 / 资金总额 label rows the header block
 * reads, followed by the table header again so the indicator rows stay in the table.
 */
final class WideGluedRows {

  /** 一级指标二级指标三级指标指标值 followed by further columns (指标值内容, 评(扣分标准), 度量单位 …). */
  private static final Pattern HEADER = Pattern.compile(".*一级指标二级指标(三级指标|指标内容|指标名称)指标值.+");
  private static final List<String> HEADER_CELLS = List.of("一级指标", "二级指标", "三级指标", "指标值");
  /** The 度量单位 and 指标值类型 cells that close a row. */
  private static final Pattern ROW_END = Pattern.compile("[-—/]?(定量|定性)$");
  /** 单位代码 + unit or project name + 资金总额: {@code 505006州民族特殊教育学校30.00}. */
  private static final Pattern CODE_LINE = Pattern.compile("^(\\d{3,})(\\D.*?)(\\d+(?:\\.\\d+)?)$");

  private static final String SIGN = "(?:大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|达到|≥|≤|>=|<=|>|<|＞|＜|=)";
  private static final String UNIT =
      "(?:%|‰|(?:万元|元|人次|人|个|次|天|户|所|台|家|项|场|件|份|种|辆|张|本|册|篇|期|批|套|座|处|名|例|小时|公里|平方米|亩|吨|分钟)"
          + "(?:[/／](?:人次|人|户|次|天|年|月|日)(?:[.．·]?每[天日月年])?)?)";
  /** A target at the start of the text: a date, or a number with its sign, unit and 以上 / 以下. */
  private static final Pattern TARGET = Pattern.compile(
      "(" + SIGN + "?\\s*(?:\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|\\d+(?:\\.\\d+)?" + UNIT + "?)(?:及以上|及以下|以上|以下|以内)?"
          + "|(?:有所|稳步|持续|明显|逐步|显著|巩固|进一步)(?:提高|提升|改善|减轻|增加|下降|降低|增强|优化|好转))");
  /** Where a target may start: a sign, a digit or the first word of a qualitative phrase. */
  private static final Pattern TARGET_START = Pattern.compile(SIGN + "|\\d|有所|稳步|持续|明显|逐步|显著|巩固|进一步");

  private WideGluedRows() {}

  static boolean isHeader(String spaceless) {
    return HEADER.matcher(spaceless).matches();
  }

  /** Rows of a table whose header is {@link #isHeader}; reports rows it cannot cut to {@code warn}. */
  static List<Row> split(List<Row> rows, int headerIndex, Consumer<String> warn) {
    List<Row> out = new ArrayList<>();
    int headerLine = rows.get(headerIndex).line();
    out.add(new Row(headerLine, HEADER_CELLS));
    List<Row> codeLines = new ArrayList<>();
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      Row row = rows.get(i);
      String text = String.join("", row.filledCells()).replaceAll("\\s+", "");
      Matcher code = CODE_LINE.matcher(text);
      if (code.matches()) {
        codeLines.add(row);
        continue;
      }
      Matcher end = ROW_END.matcher(text);
      if (!end.find()) {
        // A category row with no indicator (效益指标经济效益指标, its empty cells on lines of their own)
        // still moves the level 1 on.
        String level1 = GluedColumns.level1At(text);
        String level2 = GluedColumns.level2At(text.substring(level1.length()));
        boolean onlyCategories = !text.isEmpty() && level1.length() + level2.length() == text.length();
        out.add(onlyCategories ? new Row(row.line(), List.of(level1, level2, "", "")) : row);
        continue;
      }
      if (!codeLines.isEmpty()) {
        out.addAll(projectBlock(codeLines, headerLine));
        codeLines.clear();
      }
      List<String> cells = cells(text.substring(0, end.start()));
      if (cells == null) {
        warn.accept("第" + row.line() + "行各栏粘连，找不到指标值的起点，未读取 / line " + row.line()
            + ": glued cells with no recognisable target, row not read");
        continue;
      }
      out.add(new Row(row.line(), cells));
    }
    return out;
  }

  /**
   * The last code line before the indicators is the project (专项); one before it is its unit. They
   * become label rows, then the header again so that the rows that follow stay in the table.
   */
  private static List<Row> projectBlock(List<Row> codeLines, int headerLine) {
    List<Row> out = new ArrayList<>();
    Row projectRow = codeLines.get(codeLines.size() - 1);
    Matcher project = CODE_LINE.matcher(String.join("", projectRow.filledCells()).replaceAll("\\s+", ""));
    project.matches();
    out.add(new Row(projectRow.line(), List.of("项目名称", project.group(2))));
    if (codeLines.size() > 1) {
      Row unitRow = codeLines.get(codeLines.size() - 2);
      Matcher unit = CODE_LINE.matcher(String.join("", unitRow.filledCells()).replaceAll("\\s+", ""));
      unit.matches();
      out.add(new Row(unitRow.line(), List.of("实施单位", unit.group(2))));
    }
    out.add(new Row(projectRow.line(), List.of("资金总额", project.group(3))));
    out.add(new Row(headerLine, HEADER_CELLS));
    return out;
  }

  /** level 1, level 2, name, target; an empty list for a category row with no indicator; null when uncut. */
  static List<String> cells(String text) {
    String level1 = GluedColumns.level1At(text);
    String rest = text.substring(level1.length());
    String level2 = GluedColumns.level2At(rest);
    rest = rest.substring(level2.length());
    if (rest.isEmpty()) {
      return List.of(level1, level2, "", "");
    }
    Matcher start = TARGET_START.matcher(rest);
    // A name has at least two characters; a digit inside a range (0-6岁) or an age is part of the name.
    int from = 2;
    while (from < rest.length() && start.find(from)) {
      int at = start.start();
      Matcher target = TARGET.matcher(rest).region(at, rest.length());
      if (target.lookingAt() && !partOfName(rest, at, target.end())) {
        return List.of(level1, level2, rest.substring(0, at), target.group(1));
      }
      from = at + 1;
    }
    return null;
  }

  private static boolean partOfName(String text, int start, int end) {
    char before = text.charAt(start - 1);
    String after = text.substring(end);
    return Character.isDigit(before) || before == '-' || before == '.'
        || after.matches("^(?:[-~～—至]\\d|岁|周岁|月龄|级|类|号|型).*");
  }
}
