package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.vocabulary.Categories;
import org.jixiao.vocabulary.Hanzi;
import org.jixiao.util.Regex;

/**
 * Turns a source row into typed cells, cutting apart what an export glued together. Exports lose
 * cell borders in three ways, and each is undone with the form's own boundaries, never with
 * knowledge of a particular file:
 * <ul>
 *   <li>cells joined by single spaces ({@code 产出指标 数量指标 流转土地 >=60亩}): a one-cell line
 *       whose space-separated pieces include category words, headings or values is split at its
 *       spaces, and pieces a wrapped cell broke ({@code 经济效益 指标}, {@code 成 品粮}) are joined again
 *       ({@link SpacedCells});
 *   <li>cells run together ({@code 产出指标数量指标农村学校改造覆盖率100%}): category words are cut
 *       from the front, headings from a glued header, and a target from the end of the last cell
 *       where the value grammar says one starts ({@code 100%}, {@code ≥95%}, {@code 有所减轻});
 *   <li>a name with its target in brackets ({@code 机柜数量(≥77台)}) or under a bracketed heading
 *       ({@code 【产出指标-数量指标】}).
 * </ul>
 */
final class CellCutter {

  private static final Regex HEADING = Regex.of("^[【\\[]\\s*(.+?)\\s*[-－—]\\s*(.+?)\\s*[】\\]]$");
  private static final Regex LONE_HEADING = Regex.of("^[【\\[]\\s*(.+?)\\s*[】\\]]$");
  /** Header-block labels glued to their values: 项目主管部门青山区教育局项目执行单位化工区学校. */
  private static final Regex LABEL = Regex.of("项目名称|项目主管部门|项目执行单位|实施单位");
  /** A cell that is only a short bracketed note without a number. */
  private static final Regex REMARK = Regex.of("^[(（][^()（）\\d%]{1,10}[)）]$");
  /**
   * A kind closing a glued row: -定量, —定性; not the end of a word with 定 (稳定性, 确定性, 规定性, 一定量,
   * 核定量), as in 系统稳定性≥99%.
   */
  private static final Regex KIND_AT_END = Regex.of("(?:[-—/]|(?<![" + GluedKind.WORDS_WITH_DING + "])(?=定))(定量|定性)$"
      // 否10正向: a direction (指标方向) closing a row after its values, a number's or a percentage's end before it.
      + "|(?<=[\\d%])(正向|反向)$"
      // 5210109/: the empty mark of the row's last column (a reason, a measure, where there is none) after its values.
      + "|(?<=[\\d%\\p{IsHan}])(/)$");
  /**
   * A cell among space-separated cells that is a name with its target glued on by a comparison sign
   * and a number: 科目调整次数≤10次. Otherwise a middle cell keeps its numbers (2个中心建设), and a
   * formula stays whole (预算执行率=实际支出金额/…).
   */
  private static final Regex NAME_THEN_SIGN =
      Regex.of("[^\\d≥≤=<>(]{2,30}(?:率|数|量|度|额|次数|人数|数量|面积|时间|时限|比例)(?:\\([^)]{1,30}\\))?[≥≤=<>≧≦]=?\\d");

  private CellCutter() {}

  /**
   * True for a row an export wrote as one cell with nothing between its parts (no spaces): the cells
   * of such a row were glued, so the form's own marks are all there is to cut them by.
   */
  static boolean isGluedRow(Row row) {
    return row.filledCells().size() == 1 && !row.filledCells().get(0).strip().contains(" ");
  }

  /** The row's cells, typed, with glued and space-joined cells cut apart; blank cells kept. */
  static List<Cell> cells(Row row) {
    return cells(row.line(), row.filledCells().size() == 1 && row.cells().size() == 1 ? SpacedCells.split(row.cells().get(0)) : row.cells());
  }

  /** The cells of a line already split into its pieces (a one-cell line cut at its spaces, or not). */
  static List<Cell> cells(int line, List<String> pieces) {
    int last = -1;
    for (int i = 0; i < pieces.size(); i++) {
      if (!pieces.get(i).isBlank()) {
        last = i;
      }
    }
    List<Cell> out = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i).strip();
      if (REMARK.matches(piece) && i != last) {
        // (必填), (选填), (必填硬性指标): a note on the category beside it, in a column the header does not have.
        continue;
      }
      int before = out.size();
      cut(pieces.get(i), line, i == last, out);
      keepTargetWithItsName(previous, piece, line, out, before);
      if (!piece.isEmpty()) {
        previous = piece;
      }
    }
    namesBeforeTargets(out);
    return SpacedCells.namesListed(out);
  }

  /**
   * 项目验收合格率 | 项目验收合格率100%: a target written with its name, after the name's own cell, is
   * one target, not the name again and a value. {@code out} holds the piece's cells from {@code from}.
   */
  private static void keepTargetWithItsName(String previous, String piece, int line, List<Cell> out, int from) {
    if (previous != null && out.size() == from + 2 && out.get(from).text().equals(previous) && out.get(from + 1).is(Cell.Kind.VALUE)) {
      out.subList(from, out.size()).clear();
      out.add(GluedEndings.value(piece, line));
    }
  }

  /**
   * A coined category word ({@code 恢复时间目标}: a qualifier and 时间目标; {@code 服务满意度指标}) followed
   * by a target ({@code ≤1}, {@code 满意}) is a name: a category is followed by its names, not by a
   * value. Words as the vocabulary spells them stay categories. So is a rule in words ({@code 控制在预算内})
   * followed by a target where no name came before it: 控制在预算内 | 100% names what the 100% measures.
   */
  private static void namesBeforeTargets(List<Cell> cells) {
    for (int i = 0; i + 1 < cells.size(); i++) {
      Cell c = cells.get(i);
      // A rule in words stands where a name stands first in its row, after a category, or after the row before's
      // value when a signed or percent target follows it (… 100% 控制在预算内 100%); not after a name (医疗文书及时率 |
      // 按规定时限 | 43 is a name and its target; 不超过预算 | 不超过预算 | 10 a target, its actual and the score).
      boolean ruleInWords = c.is(Cell.Kind.VALUE) && ValueGrammar.isRuleInWords(c.text())
          && (namePlace(cells, i) || !afterText(cells, i) && strongValueFollows(cells, i));
      if (!ruleInWords && (!c.is(Cell.Kind.CATEGORY) || Categories.exactWord(c.text()) != null)) {
        continue;
      }
      Cell after = RowPlaces.following(cells, i);
      if (after != null && after.isTargetLike()) {
        cells.set(i, new Cell(c.text(), c.line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
      }
    }
  }

  /** True when the filled cell before {@code i} is text (a name). */
  private static boolean afterText(List<Cell> cells, int i) {
    Cell before = RowPlaces.previous(cells, i);
    return before != null && before.is(Cell.Kind.TEXT);
  }

  /** True when the filled cell after {@code i} is a value whose form alone says so, whole (100%, ≥95%). */
  private static boolean strongValueFollows(List<Cell> cells, int i) {
    Cell after = RowPlaces.following(cells, i);
    if (after == null) {
      return false;
    }
    String t = Hanzi.foldChars(after.text().strip());
    ValueGrammar.Span v = ValueGrammar.valueAt(t, 0);
    return v != null && v.strong() && v.end() == t.length();
  }

  /** True when no filled cell comes before {@code i} or the one before it is a category. */
  private static boolean namePlace(List<Cell> cells, int i) {
    Cell before = RowPlaces.previous(cells, i);
    return before == null || before.is(Cell.Kind.CATEGORY);
  }

  /**
   * True when a category word found at {@code start} is a word of a sentence: the sentence goes on
   * from it ({@code …预期效益指标的完成情况}), or a phrase with 的 leads up to it and the sentence goes
   * on ({@code 以经批准的…方案的预期效益指标为依据}). A category word glued to a name or value is cut.
   */
  private static boolean inSentence(String folded, int textStart, int start, int end) {
    if (start <= textStart || end >= folded.length()) {
      return false;
    }
    if (folded.charAt(end) == '的') {
      return true;
    }
    String before = folded.substring(textStart, start);
    boolean clause = before.indexOf('的') >= 0;
    return clause && Character.UnicodeScript.of(folded.codePointAt(end)) == Character.UnicodeScript.HAN
        && Categories.leadingWord(folded, end) == null;
  }

  /** Cuts one piece into cells; {@code last} when no later cell of the row holds anything. */
  private static void cut(String piece, int line, boolean last, List<Cell> out) {
    String text = piece.strip();
    if (text.length() > 40 && PackedIndicatorParser.looksPacked(text)) {
      // 1、产出指标：…，年度指标值：≥95%。2、…: a list packed into one cell is read whole by its own grammar.
      out.add(new Cell(text, line, Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
      return;
    }
    Cell whole = Cell.of(text, line);
    if (!whole.is(Cell.Kind.TEXT)) {
      out.add(whole);
      return;
    }
    Matcher heading = HEADING.pattern().matcher(text);
    if (heading.matches() && Categories.word(heading.group(1)) != null && Categories.word(heading.group(2)) != null) {
      out.add(Cell.of(heading.group(1), line));
      out.add(Cell.of(heading.group(2), line));
      return;
    }
    Matcher lone = LONE_HEADING.pattern().matcher(text);
    if (lone.matches() && Categories.word(lone.group(1)) != null) {
      out.add(Cell.of(lone.group(1), line));
      return;
    }
    if (gluedLabels(text, line, out)) {
      return;
    }
    scan(text, line, last, out);
  }

  /**
   * Cuts a text that lost its cell borders at the boundaries the form gives: category words
   * ({@code 产出指标}, {@code 数量 指标}, spaces inside allowed), runs of headings, and — in the last cell
   * of a row, where no later cell can hold the target — values where the value grammar says one starts
   * and ends. A value followed at once by more text counts only when its form is unmistakable
   * ({@code 100%库存…}), so that {@code 5000吨稻谷储备到位率} stays one name.
   */
  private static void scan(String text, int line, boolean last, List<Cell> out) {
    scan(text, line, last, out, out.size());
  }

  /** As {@link #scan(String, int, boolean, List)}, the row's cells from {@code before} on its context. */
  private static void scan(String text, int line, boolean last, List<Cell> out, int before) {
    String folded = Hanzi.foldChars(text);
    int textStart = 0;
    int signCheckedFrom = -1;
    boolean signNamed = false;
    int i = 0;
    boolean boundary = true;
    while (i < text.length()) {
      if (Character.isWhitespace(folded.charAt(i))) {
        i++;
        continue;
      }
      Categories.Match category = Categories.leadingWord(folded, i);
      if (category != null && (boundary || category.word().endsWith("指标") || category.word().endsWith("目标"))
          && (boundary || !Character.isDigit(folded.charAt(i - 1)))
          && !inSentence(folded, textStart, i, category.end())) {
        flush(text, textStart, i, line, out);
        int end = BracketNotes.afterCategory(folded, category.end());
        out.add(Cell.of(text.substring(i, end), line));
        i = end;
        textStart = i;
        boundary = true;
        continue;
      }
      if (i > textStart + 3 && folded.startsWith("反映", i)) {
        // 补助学生数量反映补助学生人数…: an explanation (反映…情况) glued after the name is a cell of its own.
        flush(text, textStart, i, line, out);
        textStart = i;
        int rest = last && out.size() > before && !hasValue(out, before) ? ValueBoundary.wordsAfterExplanation(folded, i) : -1;
        if (rest > 0) {
          // 保障基本文化权益反映保障基本文化权益情况影响程度明显: under 指标解释 | 指标值 the words after the
          // explanation's 情况, to the row's end, are the target the value grammar has no form for.
          flush(text, i, rest, line, out);
          out.add(new Cell(text.substring(rest).strip(), line, Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
          return;
        }
      }
      if (i > textStart && ItemMark.mayStartAt(folded, i)) {
        // 数指标25:家庭医生签约率: a numbered item starts a new cell.
        flush(text, textStart, i, line, out);
        textStart = i;
      }
      // 一级指标二级指标考核内容指标值: after headings, a heading the vocabulary does not know is cut from the
      // known ones that end the header.
      // (年度绩效目标 is one heading, the 绩效目标 its words' end, not a goal's column: a word of two is a period.)
      boolean afterHeadings = out.size() > before && out.get(out.size() - 1).is(Cell.Kind.HEADER)
          && i - textStart > 2 && i - textStart <= MAX_UNKNOWN_HEADING && GluedHeadings.roleAt(folded, i) != ColumnRole.GOAL;
      int headings = GluedHeadings.runEnd(folded, i, afterHeadings);
      if (headings > i) {
        flush(text, textStart, i, line, out);
        GluedHeadings.add(text, folded, i, headings, line, out);
        i = headings;
        textStart = i;
        boundary = true;
        continue;
      }
      if (signCheckedFrom != textStart) {
        // Once per run of text, not at every character: the pattern looks ahead up to 30 characters.
        signCheckedFrom = textStart;
        signNamed = !last && out.size() == before && (NAME_THEN_SIGN.endAt(folded, textStart) >= 0);
      }
      if (last || out.size() > before || signNamed) {
        ValueGrammar.Span value = ValueGrammar.valueAt(folded, i);
        boolean namePlace = out.size() > before && out.get(out.size() - 1).is(Cell.Kind.CATEGORY)
            || before == 0 && textStart == 0 && last && value != null && value.strong();
        if (value != null && i > textStart && ValueBoundary.endsName(folded, textStart, i, value, namePlace)) {
          // 机柜数量(≥77台): the target in brackets after its name.
          int nameEnd = i;
          int valueEnd = value.end();
          char open = folded.charAt(i - 1);
          int close = open == '(' || open == '[' ? BracketNotes.closingAfterValue(folded, valueEnd) : -1;
          if (close >= 0) {
            nameEnd = i - 1;
            flush(text, textStart, nameEnd, line, out);
            out.add(Cell.of(text.substring(i, close), line));
            i = close + 1;
            textStart = i;
            boundary = true;
            continue;
          }
          flush(text, textStart, i, line, out);
          int note = BracketNotes.noteAt(folded, value.end());
          if (note > 0) {
            // 99%（在线个数/设备总数*100%）: a note in brackets right after a value belongs to it, its numbers too.
            Cell bare = Cell.of(text.substring(i, value.end()), line);
            out.add(new Cell(text.substring(i, note).strip(), line, bare.kind(), bare.category(), bare.role(), bare.shape()));
            i = note;
          } else {
            out.add(Cell.of(text.substring(i, value.end()), line));
            i = value.end();
          }
          textStart = i;
          boundary = true;
          continue;
        }
        int runEnd = value != null ? value.end() : ValueGrammar.gradeAt(folded, i);
        if (runEnd > i && i == textStart && boundary && out.size() > before && out.get(out.size() - 1).is(Cell.Kind.VALUE)) {
          // A run of values: 100%100%, 及时较及时.
          out.add(Cell.of(text.substring(i, runEnd), line));
          i = runEnd;
          textStart = i;
          continue;
        }
      }
      boundary = false;
      i++;
    }
    flush(text, textStart, text.length(), line, out);
  }

  /** True when a value cell was cut from the row since {@code from}. */
  private static boolean hasValue(List<Cell> out, int from) {
    for (int k = from; k < out.size(); k++) {
      if (out.get(k).is(Cell.Kind.VALUE)) {
        return true;
      }
    }
    return false;
  }

  private static void flush(String text, int from, int to, int line, List<Cell> out) {
    String piece = text.substring(from, to).strip();
    if (piece.isEmpty() || REMARK.matches(piece) && !out.isEmpty() && out.get(out.size() - 1).is(Cell.Kind.CATEGORY)) {
      // 数量指标 (必填硬性指标): the note stays with its category, it is no cell of its own.
      return;
    }
    Matcher k = KIND_AT_END.pattern().matcher(piece);
    if (k.find() && k.start() > 0) {
      if (k.group(1) == null) {
        // 否10正向, 5210109/: the values before the direction or the empty mark are cut as at a row's end, after the
        // row's cells so far.
        scan(piece.substring(0, k.start()), line, true, out, 0);
      } else {
        flush(piece.substring(0, k.start()), 0, k.start(), line, out);
      }
      out.add(Cell.of(k.group(k.group(1) != null ? 1 : k.group(2) != null ? 2 : 3), line));
      return;
    }
    Cell c = Cell.of(piece, line);
    if (GluedEndings.cut(c, text.substring(to), out)) {
      return;
    }
    out.add(c.is(Cell.Kind.HEADER) && piece.length() > 12 ? new Cell(piece, line, Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE) : c);
  }

  /** The longest heading the vocabulary does not know that is cut from known ones around it: 考核内容, 绩效指标项. */
  private static final int MAX_UNKNOWN_HEADING = 6;

  /** label, value, label, value … glued: 项目名称X项目主管部门Y. */
  private static boolean gluedLabels(String text, int line, List<Cell> out) {
    Matcher m = LABEL.pattern().matcher(text);
    if (text.contains(":") || text.contains("：") || !m.lookingAt()) {
      return false;
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
    if (cells.size() < 2 || cells.stream().anyMatch(String::isBlank)) {
      return false;
    }
    cells.forEach(c -> out.add(new Cell(c.strip(), line, Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE)));
    return true;
  }

  private static int indexOfClose(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ')' || text.charAt(i) == '）') {
        return i;
      }
    }
    return -1;
  }
}
