package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * Cells an export joined with single spaces ({@code 产出指标 数量指标 流转土地 >=60亩}): a one-cell line
 * whose space-separated pieces include category words, headings or values is split at its spaces,
 * and the pieces a wrapped cell broke ({@code 经济效益 指标}, {@code 年度 指标值}, {@code 成 品粮}) are
 * joined again. A line of prose stays whole.
 */
final class SpacedCells {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+[、.]");

  private SpacedCells() {}

  /**
   * The pieces of a one-cell line whose cells were joined by spaces, or the line whole when its
   * pieces do not look like cells (prose, a title).
   */
  static List<String> split(String text) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length == 2) {
      // 资金拨付 12月底到位, 实现社会稳定和谐发展 长期: a name and its target, where the rows around
      // were cut at their spaces too; a value after a value or a word is a wrap, not two cells.
      Cell name = Cell.of(tokens[0], 0);
      Cell value = Cell.of(tokens[1], 0);
      boolean nameAndTarget = name.is(Cell.Kind.TEXT) && name.shape() == ValueGrammar.Shape.NONE && value.isTargetLike()
          && !joins(tokens[0], tokens[1]);
      // 指标名称 指标值: a header of two headings, as a table without category columns has it.
      boolean headings = name.is(Cell.Kind.HEADER) && value.is(Cell.Kind.HEADER);
      return nameAndTarget || headings ? List.of(tokens[0], tokens[1]) : List.of(text);
    }
    if (tokens.length < 3) {
      return List.of(text);
    }
    int typed = 0;
    for (String t : tokens) {
      if (!Cell.of(t, 0).is(Cell.Kind.TEXT)) {
        typed++;
      }
    }
    boolean numberedRow = Cell.of(tokens[0], 0).is(Cell.Kind.CATEGORY) && ItemMark.AT_START.lookingAt(tokens[1]);
    if (!numberedRow && (typed < 2 || typed * 5 < tokens.length)) {
      // (质量指标 指标1:完成…工作。 房屋设备…有序: a category and a numbered item open a row however
      // few of its pieces are values.)
      return List.of(text);
    }
    return pieces(text);
  }

  /**
   * True when a sentence ends before the piece that may be the target in words: the last piece, or the one before
   * an explanation that ends the row (… 按照资金测算控制各项成本。 反映成本控制情况).
   */
  private static boolean sentenceBeforeTheTarget(String[] tokens) {
    int target = tokens.length - 1;
    if (target >= 3 && ValueBoundary.EXPLANATION_OPENER.lookingAt(tokens[target]) && !tokens[target - 1].isEmpty()) {
      target--;
    }
    return String.join(" ", java.util.Arrays.copyOf(tokens, target)).contains("。");
  }

  /**
   * True when a one-cell line could be a row of a table cut at its spaces: three pieces or more, the
   * first a category word or a numbered indicator ({@code 指标1:…}), and no sentence end before the
   * last piece (the target may be a sentence: 产出指标 成本控制 按照资金测算控制各项成本。). So is a row
   * that the form's label beside all its rows opens (绩效指标 完成时间 医疗费用发生时: a PDF prints the merged
   * label on the middle row). (A form's numbered sections, 二、预算执行情况 …, are not rows of the table.)
   */
  static boolean looksLikeARow(String text) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length < 3 || sentenceBeforeTheTarget(tokens)) {
      return false; // a sentence ends before the last piece: prose, not a row (whose target may be a sentence)
    }
    return Cell.of(tokens[0], 0).is(Cell.Kind.CATEGORY) && !SECTION.matcher(tokens[0]).lookingAt()
        || ItemMark.AT_START.lookingAt(tokens[0]) || ColumnRole.of(tokens[0]) == ColumnRole.INDICATORS;
  }

  /**
   * True when a one-cell line could be a name and a target in words, cut at the one space between
   * them ({@code 成本控制 按照资金测算控制各项成本。}, a row whose category cell is merged into the rows
   * above): two pieces, both words, the first with no clause in it, not one cell a wrap broke, and
   * not one text twice (预算执行率 预算执行率: a merged cell written in each of its columns).
   */
  static boolean nameAndWords(String text) {
    String[] tokens = SPACES.split(text.strip());
    return tokens.length == 2 && tokens[0].length() >= 2 && !tokens[0].equals(tokens[1]) && !ValueBoundary.CLAUSE.find(tokens[0])
        && Cell.of(tokens[0], 0).is(Cell.Kind.TEXT) && Cell.of(tokens[1], 0).is(Cell.Kind.TEXT) && !joins(tokens[0], tokens[1]);
  }

  /**
   * True when a one-cell line of words could be a row whose category cells were merged into the rows
   * above: three pieces or more, no more than the row above was cut into ({@code 项目金额 5万元
   * 反映项目金额情况} above {@code 保障基本文化权益 影响程度明显 反映…情况}), none of them one cell a wrap
   * broke, and no sentence ending before the last piece.
   */
  static boolean wordsInRowsPlaces(String text, int piecesAbove) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length < 3 || tokens.length > piecesAbove || sentenceBeforeTheTarget(tokens)) {
      return false;
    }
    return pieces(text).size() == tokens.length;
  }

  /** The line cut at its spaces, with the pieces a wrapped cell broke joined again. */
  static List<String> pieces(String text) {
    List<String> pieces = spacedOutWords(new ArrayList<>(List.of(SPACES.split(text.strip()))));
    for (int i = 0; i + 1 < pieces.size(); ) {
      String a = pieces.get(i);
      String b = pieces.get(i + 1);
      // 2 場 工期: one character after a number is its unit (a 度量单位 cell), not a word a wrap broke.
      boolean unitOfNumber = i > 0 && a.length() == 1 && Cell.of(pieces.get(i - 1), 0).shape() == ValueGrammar.Shape.NUMBER;
      if (!unitOfNumber && joins(a, b)) {
        pieces.set(i, a + b);
        pieces.remove(i + 1);
      } else {
        i++;
      }
    }
    return pieces;
  }

  /**
   * The pieces with each run of lone characters that spells a category or heading word joined into it: a merged
   * cell's text printed one character at a time ({@code 绩 效 指 标 产 出 指 标 数量指标} is 绩效指标, 产出指标,
   * 数量指标), the longest word first. Other lone characters stay as they are.
   */
  private static List<String> spacedOutWords(List<String> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      int word = -1;
      StringBuilder run = new StringBuilder();
      for (int k = i; k < pieces.size() && isLoneHan(pieces.get(k)); k++) {
        run.append(pieces.get(k));
        if (k > i && (org.jixiao.vocabulary.Categories.isWord(run.toString()) || ColumnRole.isWord(run.toString()))) {
          word = k;
        }
      }
      if (word > i) {
        String joined = String.join("", pieces.subList(i, word + 1));
        pieces.subList(i, word + 1).clear();
        pieces.add(i, joined);
      }
    }
    return pieces;
  }

  private static boolean isLoneHan(String piece) {
    return piece.length() == 1 && Character.UnicodeScript.of(piece.charAt(0)) == Character.UnicodeScript.HAN;
  }

  /** Two space-separated pieces are one cell a line wrap broke: 经济效益|指标, 年度|指标值, 成|品粮, 建档立卡人|员. */
  private static boolean joins(String a, String b) {
    Cell first = Cell.of(a, 0);
    Cell joined = Cell.of(a + b, 0);
    boolean secondAlone = Cell.of(b, 0).is(Cell.Kind.TEXT);
    // A heading followed by a longer piece is two headings (三级指标|指标分值), not one the wrap broke.
    boolean fragment = first.is(Cell.Kind.TEXT) || (secondAlone && b.length() <= 2);
    // A word before a whole category word joins it only where the two make a word of the vocabulary (社会|效益指标),
    // not a category by its ending alone (考核标准|产出指标: a heading, then the first row's category).
    boolean secondACategory = Cell.of(b, 0).is(Cell.Kind.CATEGORY) && org.jixiao.vocabulary.Categories.exactWord(a + b) == null;
    if (fragment && (joined.is(Cell.Kind.CATEGORY) && !secondACategory || joined.is(Cell.Kind.HEADER))) {
      return true;
    }
    if (first.shape() == ValueGrammar.Shape.DATE && joined.shape() == ValueGrammar.Shape.DATE) {
      return true; // 2020年 1月--2020年11月
    }
    boolean loneHan = a.length() == 1 && Character.UnicodeScript.of(a.charAt(0)) == Character.UnicodeScript.HAN;
    if (loneHan && first.is(Cell.Kind.TEXT) && secondAlone) {
      return true;
    }
    // 资金是否全部及 时纳入, 建档立卡人 员: the space falls inside a word, where no cell ends (a piece of three
    // characters or more: 万条 after ≥3 is a unit, 产出指 a category's start, whatever words they make with what follows).
    return first.is(Cell.Kind.TEXT) && secondAlone && a.length() >= 3 && !BrokenWords.begins(a) && BrokenWords.insideAWord(a, b);
  }

  /**
   * A run of names an export joined with single spaces, with no value between them (the values'
   * column lost or empty): {@code 基本康复服务人数 精神病患者提供服药补贴人数 资助特校学生数}. Each piece
   * ends as an indicator name ends (率, 数, 度 …); a piece that does not is the first half of a name a
   * cell wrapped and joins the next ({@code …基地项目补助 基地个数}). Three names at least, or the run
   * stays whole: two words and a space are as likely one wrapped name.
   */
  static List<Cell> namesListed(List<Cell> cells) {
    List<Cell> out = null;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      List<String> names = c.is(Cell.Kind.TEXT) && c.text().indexOf(' ') > 0 ? listedNames(c.text()) : List.of();
      if (names.size() >= 3 && out == null) {
        out = new ArrayList<>(cells.subList(0, i));
      }
      if (out != null) {
        if (names.size() >= 3) {
          for (String n : names) {
            out.add(Cell.of(n, c.line()));
          }
        } else {
          out.add(c);
        }
      }
    }
    return out == null ? cells : out;
  }

  /**
   * The names of a run that lists them with a space between and no value (see
   * {@link #namesListed}), or nothing when a piece is not a name: each name ends as names
   * end, and a piece that does not is joined to the next. A heading or category word may close the
   * run ({@code … 补贴特校数 绩 效 指 标}); it is given as its own piece.
   */
  static List<String> listedNames(String text) {
    List<String> names = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String piece : pieces(text)) {
      pending.append(piece);
      if (!ValueBoundary.NAME_END.find(pending) || pending.length() < 4) {
        continue;
      }
      Cell name = Cell.of(pending.toString(), 0);
      if (!name.is(Cell.Kind.TEXT) || ValueBoundary.CLAUSE.find(pending)) {
        return List.of();
      }
      names.add(pending.toString());
      pending.setLength(0);
    }
    if (pending.length() > 0) {
      if (!Cell.of(pending.toString(), 0).is(Cell.Kind.TEXT)) {
        names.add(pending.toString());
      } else {
        return List.of();
      }
    }
    return names;
  }
}
