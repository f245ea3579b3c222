package org.jixiao.ingest.recognise;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * What a cell is from where it stands in its row, where its own words mislead: a category word or a
 * value-like text standing where the name stands is the name; a number and a text with its points
 * alone on a row are a heading. {@link Cell} types a cell from its text alone; these read its place.
 */
final class RowPlaces {

  /** Category words that are never names: 社会效益指标, 管理类. */
  private static final Pattern CATEGORY_SUFFIX = Pattern.compile("[指目][标標]\\s*$|类$");

  private RowPlaces() {}

  /**
   * A level-2 word standing where the name stands is the name: 群众满意度 | ≧90% (its target straight
   * after it), 服务对象满意度指标 | 服务对象满意度 | … (a second level 2 in one row). Satisfaction
   * indicators are often named by their category's own words.
   */
  static boolean categoryAsName(List<Cell> cells, int i) {
    return categoryAsName(cells.get(i), previous(cells, i), following(cells, i));
  }

  /**
   * The same for a cell on a line of its own (one cell per line): {@code previous} is the category
   * read just before it, if nothing came between, and {@code following} the next line's first cell.
   */
  static boolean categoryAsName(Cell c, Cell previous, Cell following) {
    if (c.category().level() != 2 || CATEGORY_SUFFIX.matcher(c.text()).find()) {
      return false;
    }
    if (previous != null && previous.is(Cell.Kind.CATEGORY) && previous.category().level() == 2) {
      return true;
    }
    return targetBesidesANumber(following);
  }

  /**
   * The same for a cell on a line of its own with no category just before it, after a row's last value
   * (… 10 / 9 / 群众满意度 / ≥90%): only a measure after it makes the word a name, for a category's first name may
   * read as a grade or a date (时效 / 指标 / 当期完成 / 90%).
   */
  static boolean categoryAsNameAfterARow(Cell c, Cell following) {
    return c.category().level() == 2 && !CATEGORY_SUFFIX.matcher(c.text()).find()
        && following != null && following.shape() == ValueGrammar.Shape.MEASURE;
  }

  /** A value-like cell right after a category, one cell per line, with a target after it: the name. */
  static boolean valueAsName(Cell c, Cell following) {
    return nameLike(c) && valueFollows(following);
  }

  private static boolean nameLike(Cell c) {
    return c.shape() == ValueGrammar.Shape.QUALITATIVE || c.shape() == ValueGrammar.Shape.DATE;
  }

  /**
   * A target after the cell, or the national template's 指标性质 that stands before one (= | 1 | 年, 定性 | 保障):
   * a target is not followed by the sign of another.
   */
  private static boolean valueFollows(Cell following) {
    return following != null && (following.isTargetLike()
        || following.is(Cell.Kind.VALUE) && (following.shape() == ValueGrammar.Shape.SIGN || following.shape() == ValueGrammar.Shape.KIND));
  }

  /**
   * A cell that starts its row or follows a category (in a row, or inside a table flattened into one
   * line) reads like a value but stands where the name stands, with the target (or its sign) after it: 质量指标 |
   * 科技特派员创业能力提升 | 创业能力提升 | 达成预期指标, 时效指标 | 按时交纳税费 | = | 1 | 年. Names that
   * state a result (…能力提升) or a deadline (2022年底之前) are names there.
   */
  static boolean valueAsName(List<Cell> cells, int i) {
    Cell c = cells.get(i);
    if (!nameLike(c)) {
      return false;
    }
    Cell previous = previous(cells, i);
    if (previous != null && !previous.is(Cell.Kind.CATEGORY)) {
      return false;
    }
    return valueFollows(following(cells, i));
  }

  /**
   * A heading word standing where the name stands, in a row of data: 时效指标 | 完成率 | … | ≥99 | 100%.
   * Only categories come before it and values after it, so the row is no header and the word is the name.
   */
  static boolean headerAsName(List<Cell> cells, int i) {
    boolean category = false;
    for (int k = 0; k < i; k++) {
      Cell before = cells.get(k);
      if (!before.isBlank() && !before.is(Cell.Kind.CATEGORY)) {
        return false;
      }
      category |= before.is(Cell.Kind.CATEGORY);
    }
    if (!category) {
      return false;
    }
    for (int k = i + 1; k < cells.size(); k++) {
      if (targetBesidesANumber(cells.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same for a heading word after a row's last value, on a line of its own or in a table flattened into one
   * line (… 10 / 9 / 完成率 / ≥99% / 100%): a header's heading is followed by another heading or the first row's
   * category, never by a target.
   */
  static boolean headerAsName(Cell following) {
    return targetBesidesANumber(following);
  }

  /** A target that is no bare number (a bare number may be a row's weight or score as well). */
  private static boolean targetBesidesANumber(Cell c) {
    return c != null && c.isTargetLike() && c.shape() != ValueGrammar.Shape.NUMBER;
  }

  /** A row of a number and one text with its points: 1 | 规划 (15分), an evaluation framework's level 1. */
  static boolean scoredHeading(List<Cell> filled) {
    if (filled.size() != 2) {
      return false;
    }
    Cell number = filled.get(0);
    Cell heading = filled.get(1);
    return number.shape() == ValueGrammar.Shape.NUMBER && heading.is(Cell.Kind.TEXT)
        && heading.text().length() <= 20 && IndicatorAssembly.SCORED.find(heading.text());
  }

  /** A numbered section of an evaluation framework with its points: (一)项目前期工作(7分), 二、资金管理（30分）. */
  private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
      "^\\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\\s*[、.．])\\s*(\\p{IsHan}{2,12})\\s*[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]\\s*$");

  /** The section's name when the cell is a framework's numbered section with its points, else null. */
  static String sectionHeading(Cell c) {
    if (!c.is(Cell.Kind.TEXT)) {
      return null;
    }
    java.util.regex.Matcher m = SECTION.matcher(c.text());
    return m.matches() ? m.group(1) : null;
  }

  /** True for a cell with list numbering in front and its points at the end: 8.经济效益(20分). */
  static boolean numberedAndScored(Cell c) {
    return IndicatorRecords.NUMBERING.lookingAt(c.text()) && IndicatorAssembly.SCORED.find(c.text());
  }

  /** A cell as a name: its text, no category or value reading. */
  static Cell asName(Cell c) {
    return new Cell(c.text(), c.line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE);
  }

  /** The filled cell before {@code i}, blanks skipped, or null. */
  static Cell previous(List<Cell> cells, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!cells.get(k).isBlank()) {
        return cells.get(k);
      }
    }
    return null;
  }

  /** The filled cell after {@code i} in the row, blanks skipped, or null. */
  static Cell following(List<Cell> cells, int i) {
    for (int k = i + 1; k < cells.size(); k++) {
      if (!cells.get(k).isBlank()) {
        return cells.get(k);
      }
    }
    return null;
  }
}
