package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;

/**
 * Splits rows whose cells a web page glued together without separators, as in
 * {@code 绩效指标一级指标二级指标指标内容指标值} / {@code 产出指标数量指标农村义务教育学校改造覆盖率100%}.
 * Only the four-column form (category, category, name, value) is split: the category words come
 * from the fixed vocabulary and the value from the end of the text (a number with its sign and %,
 * or a short qualitative phrase); the name is what is left. Wider glued tables (value, its meaning,
 * scoring rule and unit run together) are cut by {@link WideGluedRows}.
 */
final class GluedColumns {

  private static final List<String> LEVEL1 = List.of("满意度指标", "产出指标", "效益指标", "成本指标");
  private static final List<String> LEVEL2 = List.of(
      "社会公众或服务对象满意度指标", "服务对象满意度指标", "可持续影响指标", "经济效益指标", "社会效益指标",
      "生态效益指标", "生态环境成本指标", "经济成本指标", "社会成本指标", "数量指标", "质量指标", "时效指标", "成本指标");
  /** A number at the end with its sign and unit: ≥90%, 100%, 2. */
  private static final Pattern NUMBER_AT_END = Pattern.compile("((?:[≥≤≧≦><=]=?)?\\d+(?:\\.\\d+)?%?)$");
  /** Qualitative targets that end a glued row (the DOMAIN's 提升 / 改善 / 稳步提高 family). */
  private static final Pattern WORDS_AT_END = Pattern.compile("(稳步提高|持续改善|巩固提高|有所提升|有所提高|有所减轻|明显改善|逐步提高)$");

  /** Header-block labels glued to their values: 项目主管部门青山区教育局项目执行单位化工区学校. */
  private static final Pattern LABEL = Pattern.compile("项目名称|项目主管部门|项目执行单位|实施单位");

  private GluedColumns() {}

  /** label, value, label, value …; null unless the text starts with a label and has no colon. */
  private static List<String> labels(String text) {
    Matcher m = LABEL.matcher(text);
    if (text.contains(":") || text.contains("：") || text.contains("|") || !m.lookingAt()) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    int start = 0;
    String label = null;
    m.reset();
    while (m.find()) {
      if (label != null) {
        cells.add(label);
        cells.add(text.substring(start, m.start()));
      }
      label = m.group();
      start = m.end();
    }
    cells.add(label);
    cells.add(text.substring(start));
    return cells.stream().anyMatch(String::isEmpty) ? null : cells;
  }

  /** The rows with glued cells cut apart; rows that cannot be cut are reported to {@code warn}. */
  static List<Row> split(List<Row> rows, Consumer<String> warn) {
    List<Row> out = new ArrayList<>();
    boolean inTable = false;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String text = row.filledCells().size() == 1 ? row.filledCells().get(0).replaceAll("\\s+", "") : null;
      if (text != null && WideGluedRows.isHeader(text)) {
        out.addAll(WideGluedRows.split(rows, i, warn));
        return out;
      }
      if (text != null && text.contains("一级指标二级指标") && text.matches(".*(指标内容|三级指标|指标名称)指标值$")) {
        out.add(new Row(row.line(), List.of("一级指标", "二级指标", "三级指标", "指标值")));
        inTable = true;
        continue;
      }
      List<String> glued = !inTable && text != null ? labels(text) : null;
      if (glued != null) {
        out.add(new Row(row.line(), glued));
        continue;
      }
      List<String> cells = inTable && text != null ? cells(text) : null;
      if (cells == null) {
        inTable = inTable && row.isBlank();
        out.add(row);
      } else {
        out.add(new Row(row.line(), cells));
      }
    }
    return out;
  }

  /** level 1, level 2, name, value; null when the text does not end in a value. */
  private static List<String> cells(String text) {
    Matcher value = NUMBER_AT_END.matcher(text);
    if (!value.find()) {
      value = WORDS_AT_END.matcher(text);
      if (!value.find()) {
        return null;
      }
    }
    String rest = text.substring(0, value.start(1));
    String level1 = level1At(rest);
    rest = rest.substring(level1.length());
    String level2 = level2At(rest);
    rest = rest.substring(level2.length());
    return rest.isEmpty() ? null : List.of(level1, level2, rest, value.group(1));
  }

  /** The level-1 word the text starts with, when a level-2 word follows it; else "". */
  static String level1At(String text) {
    for (String word : LEVEL1) {
      if (text.startsWith(word) && startsWithAny(text.substring(word.length()), LEVEL2)) {
        return word;
      }
    }
    return "";
  }

  /** The level-2 word the text starts with, or "". */
  static String level2At(String text) {
    for (String word : LEVEL2) {
      if (text.startsWith(word)) {
        return word;
      }
    }
    return "";
  }

  private static boolean startsWithAny(String text, List<String> words) {
    return words.stream().anyMatch(text::startsWith);
  }
}
