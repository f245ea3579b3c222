package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;

/**
 * Reads the commonest damaged export: a spreadsheet flattened into one long line, its cells joined by
 * spaces in an order that no longer follows rows or columns ({@code 指标1:居民健康档案 38508人 指标2:…
 * 不少于12 种 不少于6 种 116次 6次 二级指标 三级指标 指标5:… 37442人 3 3 …}).
 *
 * <p>What can be read is read: the project labels, and every numbered name ({@code 指标N:}), a name
 * broken over two cells joined again. Values are paired with names only where the order is
 * unambiguous: the names waiting since the last values are followed by exactly one tuple each
 * (target, actual, weight, score in a self-evaluation; the target alone otherwise), each tuple ending
 * in plain-number weight and score. Elsewhere the names are kept without values and the file says
 * which ones; nothing is paired by guess. A name at the very end of the line is cut and is reported.
 */
final class FlattenedTable {

  private static final Pattern MARKER = Pattern.compile("^指标\\s*\\d+\\s*[:：]");
  private static final int LONG_LINE = 500;
  private static final Pattern VALUE = Pattern.compile("^(?:不少于|不低于|不高于|不超过|大于|小于|≥|≤|>|<|＞|＜)?\\d.*|^[—-]$");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Set<String> UNITS = Set.of(
      "%", "人", "人次", "个", "次", "种", "例", "户", "所", "台", "家", "项", "场", "件", "份", "辆", "张", "本", "册", "篇", "期", "批", "元", "万元", "天", "小时", "公里", "平方米", "亩", "吨");
  /** Column headings scattered through the line; they end a name and are otherwise ignored. */
  private static final Set<String> HEADINGS = Set.of(
      "一级指标", "二级指标", "三级指标", "一级", "二级", "三级", "指标", "指标值", "年度指标值", "完成值", "实际完成值", "分值", "得分", "偏差原因", "年度", "实际");
  private static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标");
  private static final Set<String> LABELS = Set.of("项目名称", "主管部门", "实施单位");
  /** The standard order of the output level 2s: names seen before a later one belong to an earlier one. */
  private static final List<String> OUTPUT_ORDER = List.of("数量指标", "质量指标", "时效指标", "成本指标");

  private FlattenedTable() {}

  /** A numbered name with its category and, where pairing is unambiguous, its values. */
  private static final class Name {
    final String label;
    final StringBuilder text = new StringBuilder();
    String level1;
    String level2;
    List<String> values = List.of();

    Name(String label, String level1, String level2) {
      this.label = label;
      this.level1 = level1;
      this.level2 = level2;
    }
  }

  /** The rows with each flattened table line replaced by the rows it can be read as. */
  static List<Row> split(List<Row> rows, Consumer<String> warn) {
    List<Row> out = new ArrayList<>();
    for (Row row : rows) {
      if (isFlattened(row)) {
        out.addAll(read(row, warn));
      } else {
        out.add(row);
      }
    }
    return out;
  }

  private static boolean isFlattened(Row row) {
    String text = row.text();
    if (row.filledCells().size() != 1 || text.length() < LONG_LINE) {
      return false;
    }
    int labels = 0;
    for (String token : text.split("\\s+")) {
      if (MARKER.matcher(token).find()) {
        labels++;
      }
    }
    return labels >= 3;
  }

  private static List<Row> read(Row row, Consumer<String> warn) {
    String[] tokens = row.text().split("\\s+");
    boolean selfEvaluation = row.text().contains("完成值") && row.text().contains("得分");
    int width = selfEvaluation ? 4 : 1;
    List<Row> out = new ArrayList<>();
    int firstLabel = -1;
    for (int i = 0; i < tokens.length; i++) {
      if (LABELS.contains(tokens[i]) && i + 1 < tokens.length && !LABELS.contains(tokens[i + 1])) {
        firstLabel = firstLabel < 0 ? i : firstLabel;
        out.add(new Row(row.line(), List.of(tokens[i], tokens[i + 1])));
      }
    }
    if (firstLabel > 0) {
      // The title the spreadsheet had above its label rows (稷山县项目支出绩效自评表 (2021年度)).
      out.add(0, new Row(row.line(), List.of(String.join(" ", List.of(tokens).subList(0, firstLabel)))));
    }
    out.add(new Row(row.line(), selfEvaluation
        ? List.of("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分")
        : List.of("一级指标", "二级指标", "三级指标", "指标值")));

    List<Name> names = new ArrayList<>();
    List<Name> pending = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    String level1 = "";
    String level2 = "";
    Name current = null;
    boolean started = false;
    for (String token : tokens) {
      Matcher marker = MARKER.matcher(token);
      String standardLevel2 = token.endsWith("指标") ? Categories.parentOf(Categories.level2(token)) : null;
      if (marker.find()) {
        if (!values.isEmpty()) {
          pair(pending, values, width, unpaired);
        }
        current = new Name(marker.group().replaceAll("[\\s:：]", ""), level1, level2);
        current.text.append(token.substring(marker.end()));
        names.add(current);
        pending.add(current);
        started = true;
      } else if (LEVEL1.contains(token)) {
        pair(pending, values, width, unpaired);
        level1 = token;
        level2 = "";
        current = null;
      } else if (standardLevel2 != null) {
        pair(pending, values, width, unpaired);
        if (inferEarlierLevel(names, Categories.level2(token))) {
          warn.accept("第" + row.line() + "行" + token + "之前的指标没有写明类别，按标准表次序归为数量指标 / line " + row.line()
              + ": the indicators before " + token + " name no category and are filed as 数量指标, which precedes it in the standard table");
        }
        level2 = token;
        current = null;
      } else if (!started || HEADINGS.contains(token)) {
        current = null;
      } else if (VALUE.matcher(token).matches()) {
        current = null;
        values.add(token);
      } else if (UNITS.contains(token) && !values.isEmpty() && current == null) {
        values.set(values.size() - 1, values.get(values.size() - 1) + token);
      } else if (current != null) {
        current.text.append(token);
      }
    }
    Name last = names.isEmpty() ? null : names.get(names.size() - 1);
    if (last != null && values.isEmpty() && pending.contains(last)
        && tokens[tokens.length - 1].endsWith(lastPiece(last))) {
      names.remove(last);
      pending.remove(last);
      warn.accept("第" + row.line() + "行末尾的“" + last.label + ":" + last.text + "”后面没有内容，名称可能被截断，未读取 / line "
          + row.line() + " ends inside " + last.label + " (" + last.text + "…), which is not read");
    }
    pair(pending, values, width, unpaired);
    if (!unpaired.isEmpty()) {
      warn.accept("第" + row.line() + "行单元格次序已乱，" + String.join("、", unpaired) + "的指标值无法与名称可靠配对，只读取名称 / line "
          + row.line() + ": cells out of order, so the values of " + String.join(", ", unpaired) + " cannot be paired with their names; names only");
    }
    if (names.stream().anyMatch(n -> n.level1.isEmpty() && n.level2.isEmpty())) {
      warn.accept("第" + row.line() + "行部分指标没有写明类别，未读取 / line " + row.line() + ": some indicators have no category and are not read");
    }
    for (Name n : names) {
      List<String> cells = new ArrayList<>(List.of(n.level1, n.level2, n.text.toString()));
      for (int i = 0; i < width; i++) {
        cells.add(i < n.values.size() ? n.values.get(i) : "");
      }
      out.add(new Row(row.line(), cells));
    }
    return out;
  }

  private static String lastPiece(Name name) {
    String text = name.text.toString();
    return text.substring(Math.max(0, text.length() - 2));
  }

  /**
   * Names that arrived with no category before the first level-2 word take the output level 2 that
   * comes before it in the standard template order (数量指标 before 质量指标), when that is one word.
   */
  private static boolean inferEarlierLevel(List<Name> names, String seenLevel2) {
    if (OUTPUT_ORDER.indexOf(seenLevel2) != 1) {
      return false;
    }
    boolean inferred = false;
    for (Name n : names) {
      if (n.level1.isEmpty() && n.level2.isEmpty()) {
        n.level2 = OUTPUT_ORDER.get(0);
        inferred = true;
      }
    }
    return inferred;
  }

  /** Gives each waiting name its tuple when there is exactly one well-formed tuple per name. */
  private static void pair(List<Name> pending, List<String> values, int width, List<String> unpaired) {
    if (pending.isEmpty()) {
      values.clear();
      return;
    }
    boolean clean = values.size() == pending.size() * width;
    for (int i = 0; clean && width == 4 && i < pending.size(); i++) {
      clean = PLAIN_NUMBER.matcher(values.get(i * 4 + 2)).matches() && PLAIN_NUMBER.matcher(values.get(i * 4 + 3)).matches();
    }
    for (int i = 0; i < pending.size(); i++) {
      if (clean) {
        pending.get(i).values = List.copyOf(values.subList(i * width, (i + 1) * width));
      } else {
        unpaired.add(pending.get(i).label);
      }
    }
    pending.clear();
    values.clear();
  }
}
