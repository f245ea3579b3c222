package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;

/**
 * Where an indicator table stops: rows that sum it up (合计, 产出指标得分小计), what a page prints
 * after it (signatures, review opinions, links), the form's numbered notes under 备注:, and the
 * title or header row of another table. The words that mark them are the form's, not any file's.
 */
final class TableEdges {

  /** Rows that sum up rather than measure. */
  private static final Regex TOTAL_ROW = Regex.of("^(小计|合计|总计|总分|合 计|总 计|自评总分|得分合计).*");
  /** What follows a table: signatures, review opinions, notes, a page's own links. */
  private static final Regex FOOTER = Regex.of(
      "(附件|填表人|填报人|扫一扫|返回|财政部门|主管部门审核|审核意见|联系电话|联系人|填报日期|单位负责人|备注[:：]|说明[:：]|注[:：1１]|相关解读|相关链接|打印|关闭|上一篇|下一篇|文件下载|附件下载|政策咨询|标签[:：]|分享到|来源[:：]|浏览次数|【字体|存在问题|改进建议|改进措施|第[一二三四五六七八九十\\d]{1,3}部分|名词解释"
          + "|[^()（）]{0,16}[(（]\\s*(?:盖章|签章)\\s*[)）]|[^()（）]{0,16}[(（]\\s*[盖签](?:\\s|$))");
  /** The heading of the notes under a table: 备注:, 说明:, 注:, 填表说明. */
  private static final Regex NOTES_HEADING = Regex.of("^(备注|说明|注|填表说明|填报说明)\\s*[:：]|^(填表说明|填报说明)\\s*$");
  /** A numbered note: 1.…, 2、…, （3）…. */
  private static final Regex NOTE_ITEM = Regex.of("^(\\d{1,2}\\s*[.、．]|[(（]\\d{1,2}[)）])");
  /** The title of a table: a new one starts. */
  private static final Regex TABLE_TITLE = Regex.of(".{0,30}(绩效目标表|绩效目标申报表|绩效自评表|自评表|评价表|批复表|目标公开表)(\\s*[(（]\\s*\\d{4}\\s*年度?\\s*[)）])?|[(（]\\s*\\d{4}\\s*年度?\\s*[)）]");
  private static final Regex SUBTOTAL = Regex.of("小计|合计|总计|总分|得分合计|导向指标|扣分指标|加分指标|自评结论");

  /** A cell that is only the word of a total: 总分, 合 计, 得分合计. */
  private static final Regex TOTAL_CELL = Regex.of("^(小\\s*计|合\\s*计|总\\s*计|总\\s*分|自评总分|得分合计)$");
  /** What a page or the form prints after its table, never inside a row: links, signatures, the reviewer's box. */
  private static final Regex PAGE_AFTER_TABLE = Regex.of(
      "^(附件下载|文件下载|扫一扫|上一篇|下一篇|相关链接|相关解读|分享到|【字体|浏览次数|打印本页|关闭窗口|填表人|填报人|单位负责人|主管部门审核意见|财政部门审核意见|审核意见"
          + "|名词解释$|第[一二三四五六七八九十\\d]{1,3}部分"
          // 财政绩效管理科室(盖章): the signature boxes under the form, also where a narrow box broke the word (…科室(盖 / 章)).
          + "|[^()（）]{0,16}[(（]\\s*(?:盖章|签章|签字)\\s*[)）]$|[^()（）]{0,16}[(（]\\s*[盖签]$)");

  /**
   * True for a cell that ends the table where a whole table is one line: the word of a total alone,
   * what a page prints after its table (附件下载, 扫一扫在手机打开当前页, 填表人:), or another table's 序号
   * before a heading the vocabulary does not know (序号 学校性质 培训机构 …).
   */
  static boolean endsTableInLine(Cell c, Cell next) {
    String t = c.text().strip();
    return c.is(Cell.Kind.TEXT) && (TOTAL_CELL.matches(t) || PAGE_AFTER_TABLE.lookingAt(t)
        || NUMBER_HEADING.matches(t) && next != null && next.is(Cell.Kind.TEXT) && next.text().length() <= 14);
  }

  /** True after a notes heading (备注:) until a category or header row. */
  private boolean inNotes;

  /**
   * True for a numbered line of prose under a notes heading (备注: / 1.预算执行情况口径:… /
   * 2.基于…考虑,满意度指标暂可不作为必评指标。): the form's notes, whatever words of the table they
   * mention. Keeps track of whether the lines are still under such a heading.
   */
  boolean isNote(Row row, List<Cell> filled) {
    String first = firstRaw(row).strip();
    if (inNotes && NOTE_ITEM.lookingAt(first) && PartialIndicator.PROSE.matcher(row.text()).matches()) {
      return true;
    }
    inNotes = inNotes && !filled.get(0).is(Cell.Kind.CATEGORY) && !filled.get(0).is(Cell.Kind.HEADER);
    if (NOTES_HEADING.lookingAt(first)) {
      inNotes = true;
    }
    return false;
  }

  /** True for a row that sums up the block above it or follows the table (合计, 产出指标得分小计, 填表人). */
  static boolean closesBlock(Row row, List<Cell> filled) {
    // A whole table flattened into one line is walked in parts (before its header, after it): what
    // opens the part is its first cell, not the line's (附件 2 … opens the document, not a footer).
    String first = SheetCells.isFlattened(row) ? filled.get(0).text() : firstRaw(row);
    return TOTAL_ROW.matches(filled.get(0).text()) || FOOTER.lookingAt(first.strip())
        || row.cells().size() > 1 && first.length() <= 40 && SUBTOTAL.find(first);
  }

  /**
   * A row that starts another table: the title of one ({@code 部门(单位)整体绩效目标申报表}), or, once
   * indicators have been read, a row of five or more short headings of which none is a category or a
   * value ({@code 序号 | 学校性质 | 培训机构 | …}), or the same row glued ({@code 序号学校性质培训机构…}).
   */
  static boolean startsAnother(Row row, List<Cell> filled, boolean indicatorsRead) {
    if (filled.size() <= 2 && TABLE_TITLE.matches(row.filledCells().get(0).strip())) {
      return true;
    }
    return indicatorsRead && filled.size() >= 5
        && filled.stream().allMatch(c -> (c.is(Cell.Kind.TEXT) || c.is(Cell.Kind.HEADER)) && c.text().length() <= 14)
        && filled.stream().filter(c -> c.is(Cell.Kind.HEADER)).count() * 2 < filled.size()
        || indicatorsRead && gluedOtherHeader(row, filled);
  }

  /** 序号 glued to the heading after it: a header whose cells lost their borders. */
  private static final Regex GLUED_NUMBER_HEADING = Regex.of("^序\\s*号(?=\\p{IsHan})");

  /**
   * The same row with its cells glued ({@code 序号学校性质培训机构…}): 序号 opens it and no heading of an
   * indicator table nor a category word follows (序号一级指标二级指标… is the indicator table's own header).
   */
  private static boolean gluedOtherHeader(Row row, List<Cell> filled) {
    if (row.filledCells().size() != 1 || !filled.get(0).is(Cell.Kind.TEXT)) {
      return false;
    }
    String text = filled.get(0).text().strip();
    int end = GLUED_NUMBER_HEADING.endAt(text, 0);
    if (end < 0) {
      return false;
    }
    String folded = org.jixiao.vocabulary.Hanzi.foldChars(text);
    return ColumnRole.wordAt(folded, end) == null && org.jixiao.vocabulary.Categories.leadingWord(folded, end) == null;
  }

  /** True for a table's title: 部门(单位)整体绩效目标申报表, 项目支出绩效自评表(2021年度). */
  static boolean isTableTitle(String text) {
    return TABLE_TITLE.matches(text.strip());
  }

  /** The heading of a table's first column, the running number: 序号, 编号. */
  static final Regex NUMBER_HEADING = Regex.of("^(序\\s*号|编\\s*号)$");

  /**
   * True for a line that is only 序号, once indicators have been read and a heading the vocabulary does
   * not know follows it (序号 / 学校性质 / 培训机构 …, one cell per line): another table's header begins,
   * as a row of such headings does where the cells kept their row ({@link #startsAnother}). An
   * indicator table's own header goes on with its headings (序号 / 一级指标 …) and is read as one.
   */
  static boolean startsAnotherInLines(Row row, List<Cell> filled, boolean indicatorsRead, Cell after) {
    return indicatorsRead && row.cells().size() == 1 && filled.size() == 1 && NUMBER_HEADING.matches(filled.get(0).text().strip())
        && after != null && after.is(Cell.Kind.TEXT) && after.text().length() <= 14;
  }

  private static String firstRaw(Row row) {
    return row.filledCells().isEmpty() ? "" : row.filledCells().get(0);
  }
}
