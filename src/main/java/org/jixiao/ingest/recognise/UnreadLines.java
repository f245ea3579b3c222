package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * The report of lines that look like indicators but gave none, for the index report, the upload
 * answer and the draft check: their line numbers and the start of their text (Chinese, then English).
 */
final class UnreadLines {

  /** Lines named in full; the rest are counted. */
  static final int LISTED = 12;

  private static final int EXCERPT = 24;

  private UnreadLines() {}

  /** The start of a line's text, for the report. */
  static String excerpt(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "…";
  }

  /** @param lines entries of the form {@code 12:text} */
  static String message(List<String> lines) {
    StringBuilder zh = new StringBuilder();
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < Math.min(lines.size(), LISTED); i++) {
      String entry = lines.get(i);
      int colon = entry.indexOf(':');
      String line = entry.substring(0, colon);
      zh.append(i == 0 ? "" : "；").append("第").append(line).append("行“").append(entry.substring(colon + 1)).append("”");
      numbers.append(i == 0 ? "" : ", ").append(line);
    }
    String more = lines.size() > LISTED ? "等 " + lines.size() + " 行" : "";
    String moreEn = lines.size() > LISTED ? " (" + lines.size() + " lines in all)" : "";
    return "以下各行像是绩效指标，但没有读出：" + zh + more + " / lines that look like indicators but were not read: "
        + numbers + moreEn;
  }

  /** Money rows of a self-evaluation's budget block: numbers, but not indicators. */
  private static final Pattern MONEY_ROW = Pattern.compile(".*(资金|拨款|预算数|执行数|预算执行|执行率|结转|结余|万元|合计|总分|小计).*");

  /**
   * What the page around a table says of itself: publication stamps (发布时间:2025-03-20 09:32, 来源:),
   * page counters (第1页 / 共23页), index numbers (索引号), file names (….doc), and the project block's
   * labels with their values (项目属性 延续性项目 项目期 3年). Never an indicator, whatever numbers it holds.
   */
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*\\d{1,2}:\\d{2}|(?:发布|创建|发文|更新|成文)(?:时间|日期)\\s*[:：]|来源\\s*[:：]"
          + "|第\\s*\\d+\\s*页\\s*/\\s*共\\s*\\d+\\s*页|索\\s*引\\s*号|\\.(?:docx?|pdf|xlsx?|wps|et)(?:\\s|$)"
          + "|^\\s*(?:项目属性|项目期|项目来源|项目类别|项目类型)\\s");

  /**
   * Lines that look like indicators — a category word, or a text beside a target — but gave none and
   * belong to no header, label or project row, nor to the page around the table.
   */
  static List<String> find(SheetCells sheet, Set<Integer> claimed) {
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < sheet.rows().size(); i++) {
      Row row = sheet.rows().get(i);
      if (claimed.contains(row.line())) {
        continue;
      }
      List<Cell> cells = sheet.lines().get(i);
      boolean category = cells.stream().anyMatch(c -> c.is(Cell.Kind.CATEGORY));
      boolean target = cells.stream().anyMatch(c -> c.is(Cell.Kind.VALUE) && c.shape() == ValueGrammar.Shape.MEASURE);
      boolean text = cells.stream().anyMatch(c -> c.is(Cell.Kind.TEXT) && c.text().length() >= 2);
      if (((category && text) || (target && text && !MONEY_ROW.matcher(row.text()).matches())) && !PAGE_FURNITURE.matcher(row.text()).find()) {
        unread.add(row.line() + ":" + UnreadLines.excerpt(row.text()));
      }
    }
    return unread;
  }

}
