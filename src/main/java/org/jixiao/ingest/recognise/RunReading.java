package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Deadline;

/**
 * The reading of a run: row by row, the one of least cost over the whole run. A row may be read several ways: its
 * first line as long as its values or as its notes, each cell of the column's width open or an exact fit. A
 * reading costs one for each cell of the column's width that has no rest (an exact fit, on its first line or a
 * later one), three where a row starts with a value and one where a name stands alone before a category; the
 * cheapest reading of the whole run is taken, the shorter first line and the fewer exact fits on the first line
 * where two cost the same.
 */
final class RunReading {

  private static final int VALUE_FIRST = 3;
  /** The part of a broken heading that is no heading itself (年度, 实际) is a word or two. */
  private static final int HEADING_PART = 4;
  private static final int NAME_ALONE = 1;

  private final String[] pieces;
  private final int width;
  private final Cell[] cells;
  /** The value columns after the name that the header above each piece named; a name and its target before one. */
  private final List<List<ColumnRole>> roles;
  /** Whether pieces {@code i} and {@code i + 1} together are a category word (经济效益 / 指标), asked once per pair. */
  private final Boolean[] categoryPair;
  private int at;

  /**
   * A row read one way: its cells, where the next row starts, what the reading costs, and how many of its cells
   * began with a piece of the width and how many of those found a rest.
   */
  private record Reading(List<String> cells, int next, int cost, int wide, int joined) {}

  /** Over the reading taken: cells that began with a piece of the width, and those that found a rest. */
  private int wide;
  private int joined;

  RunReading(String[] pieces, int width) {
    this.pieces = pieces;
    this.width = width;
    this.cells = new Cell[pieces.length];
    this.categoryPair = new Boolean[pieces.length];
    this.roles = rolesOfEachPiece();
  }

  private boolean categoryPair(int i) {
    if (categoryPair[i] == null) {
      categoryPair[i] = i + 1 < pieces.length && Cell.of(pieces[i] + pieces[i + 1], 0).is(Cell.Kind.CATEGORY);
    }
    return categoryPair[i];
  }

  private Cell cell(int i) {
    if (cells[i] == null) {
      cells[i] = Cell.of(pieces[i], 0);
    }
    return cells[i];
  }

  /** Cells of the reading taken that began with a piece of the width (after {@link #read}). */
  int wide() {
    return wide;
  }

  /** Cells of the reading taken that began with a piece of the width and found a rest (after {@link #read}). */
  int joined() {
    return joined;
  }

  /** The run with its cells whole, single spaces between them: the reading of least cost. */
  String read() {
    int n = pieces.length;
    int[] cost = new int[n + 1];
    Reading[] chosen = new Reading[n];
    for (int pos = n - 1; pos >= 0; pos--) {
      Deadline.check();
      int least = Integer.MAX_VALUE;
      for (Reading r : readings(pos)) {
        if (r.cost() + cost[r.next()] < least) {
          least = r.cost() + cost[r.next()];
          chosen[pos] = r;
        }
      }
      cost[pos] = least;
    }
    List<String> out = new ArrayList<>();
    for (int pos = 0; pos < n; pos = chosen[pos].next()) {
      out.addAll(chosen[pos].cells());
      wide += chosen[pos].wide();
      joined += chosen[pos].joined();
    }
    return String.join(" ", out);
  }

  /** Whether a header starts at piece {@code i}: a heading, or the part of one the width broke. */
  private boolean headerAt(int i) {
    return cell(i).is(Cell.Kind.HEADER) || isHeadingPart(i);
  }

  /** The roles in force at each piece: those of the last header at or before it. */
  private List<List<ColumnRole>> rolesOfEachPiece() {
    List<List<ColumnRole>> of = new ArrayList<>(pieces.length);
    List<ColumnRole> current = List.of(ColumnRole.TARGET);
    for (int i = 0; i < pieces.length; i++) {
      if (headerAt(i) && (i == 0 || !headerAt(i - 1))) {
        List<ColumnRole> named = new ArrayList<>();
        for (int j = i; j < pieces.length && headerAt(j); j++) {
          if (cell(j).is(Cell.Kind.HEADER)) {
            named.add(cell(j).role());
          }
        }
        current = valueColumns(named, current);
      }
      of.add(current);
    }
    return of;
  }

  /** The columns a header names after its name's column (the last 三级指标, else 二级指标); {@code before} if none. */
  private static List<ColumnRole> valueColumns(List<ColumnRole> named, List<ColumnRole> before) {
    int name = Math.max(named.lastIndexOf(ColumnRole.LEVEL3), named.lastIndexOf(ColumnRole.LEVEL2));
    List<ColumnRole> after = new ArrayList<>();
    for (ColumnRole r : named.subList(name + 1, named.size())) {
      if (r != ColumnRole.LEVEL3) {
        after.add(r);
      }
    }
    return name < 0 || after.isEmpty() ? before : after;
  }

  /** The ways to read the row that starts at piece {@code pos}. */
  private List<Reading> readings(int pos) {
    at = pos;
    if (headerAt(pos)) {
      List<StringBuilder> line = new ArrayList<>();
      while (at < pieces.length && headerAt(at)) {
        line.add(new StringBuilder(pieces[at++]));
      }
      rests(open(line));
      return List.of(new Reading(texts(line), at, 0, 0, 0));
    }
    List<ColumnRole> columns = roles.get(pos);
    List<Integer> ends = new ArrayList<>();
    Set<Integer> notes = new HashSet<>();
    List<StringBuilder> longest = firstLine(columns, ends, notes);
    int shortest = valuesOf(longest, notes);
    int start = startCost(pos);
    List<Reading> readings = new ArrayList<>();
    for (int m = Math.max(1, shortest); m <= longest.size(); m++) {
      List<Integer> wide = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        if (runsOn(longest.get(k).toString()) && !CellRests.unclosed(longest.get(k).toString())) {
          wide.add(k);
        }
      }
      for (int exact : exactFits(wide.size())) {
        at = ends.get(m - 1);
        List<StringBuilder> line = new ArrayList<>();
        List<StringBuilder> open = new ArrayList<>();
        for (int k = 0; k < m; k++) {
          StringBuilder b = new StringBuilder(longest.get(k));
          line.add(b);
          int w = wide.indexOf(k);
          if (w >= 0 ? (exact & (1 << w)) == 0 : CellRests.unclosed(b.toString())) {
            open.add(b);
          }
        }
        int cost = start + Integer.bitCount(exact) + rests(open) + (aloneBefore(pos, line, at) ? NAME_ALONE : 0);
        int grown = 0;
        for (int w : wide) {
          grown += line.get(w).length() > longest.get(w).length() ? 1 : 0;
        }
        readings.add(new Reading(texts(line), at, cost, wide.size(), grown));
      }
    }
    return readings;
  }

  /** What starting a row at {@code pos} costs: rows start with categories, names and items, not with a value. */
  private int startCost(int pos) {
    Cell c = cell(pos);
    return c.is(Cell.Kind.VALUE) && (c.isTargetLike() || c.shape() == ValueGrammar.Shape.SIGN) ? VALUE_FIRST : 0;
  }

  /**
   * A row of a name alone (the row at {@code pos}, one cell) before a category, a header or the text's end: a name
   * without its value.
   */
  private boolean aloneBefore(int pos, List<StringBuilder> line, int next) {
    return line.size() == 1 && !cell(pos).is(Cell.Kind.CATEGORY)
        && (next >= pieces.length || cell(next).is(Cell.Kind.CATEGORY) || cell(next).is(Cell.Kind.HEADER));
  }

  private static List<String> texts(List<StringBuilder> line) {
    List<String> texts = new ArrayList<>(line.size());
    for (StringBuilder b : line) {
      texts.add(b.toString());
    }
    return texts;
  }

  /**
   * How many of a first line's cells come before its {@code notes} (the places of its notes and of words in a column
   * of actuals): all but the words after its last value (or target).
   */
  private static int valuesOf(List<StringBuilder> line, Set<Integer> notes) {
    int m = line.size();
    while (m > 1 && notes.contains(m - 1)) {
      m--;
    }
    return m;
  }

  /**
   * Piece {@code i}, after a category, is of the category's cell: a note in brackets ((必填硬性, (选), or the rest
   * of its word (经济效益 / 指标).
   */
  private boolean ofTheCategory(int i) {
    String piece = pieces[i];
    boolean note = (piece.startsWith("(") || piece.startsWith("（")) && !ItemMark.AT_START.lookingAt(piece)
        && (piece.length() < 2 || "0123456789一二三四五六七八九十".indexOf(piece.charAt(1)) < 0); // (1), (一): a numbered name
    return note || categoryPair(i - 1);
  }

  /** Piece {@code i} is a short word with a heading after it: a part of a heading the width broke. */
  private boolean isHeadingPart(int i) {
    return cell(i).is(Cell.Kind.TEXT) && pieces[i].length() <= HEADING_PART && i + 1 < pieces.length && cell(i + 1).is(Cell.Kind.HEADER);
  }

  /**
   * A row's first line from {@code at}: its categories, a name, and the values and notes
   * that the {@code columns} after the name take; {@code ends} gets where each of its cells ends, {@code notes} the
   * places of its notes and of words in a column of actuals.
   */
  private List<StringBuilder> firstLine(List<ColumnRole> columns, List<Integer> ends, Set<Integer> notes) {
    List<StringBuilder> line = new ArrayList<>();
    int role = -1; // -1: no name yet
    boolean categoryLast = false;
    while (at < pieces.length) {
      Cell c = cell(at);
      boolean brokenCategory = !c.is(Cell.Kind.CATEGORY) && at + 1 < pieces.length && !cell(at + 1).is(Cell.Kind.CATEGORY)
          && categoryPair(at); // 经济 / 效益指标, not 万平方米 / 产出指标
      if (c.is(Cell.Kind.CATEGORY) || brokenCategory) {
        if (role >= 0) {
          break;
        }
        line.add(new StringBuilder(pieces[at++]));
        ends.add(at);
        categoryLast = true;
        continue;
      }
      if (c.is(Cell.Kind.HEADER) && !line.isEmpty()) {
        break;
      }
      if (role < 0 && categoryLast && ofTheCategory(at)) {
        // 数量指标 (必填硬性, 经济效益 指标 (选: the category's cell, broken at its spaces; its rest follows as a cell's rest does
        line.get(line.size() - 1).append(' ').append(pieces[at++]);
        ends.set(ends.size() - 1, at);
        continue;
      }
      if (role < 0) {
        line.add(new StringBuilder(pieces[at++]));
        ends.add(at);
        role = 0;
        continue;
      }
      if (CellRests.closesABracket(pieces[at]) && line.stream().anyMatch(b -> CellRests.unclosed(b.toString()))) {
        break; // 填) after 经济效益 指标 (选: the rest of the cell that opened the bracket, on the line below
      }
      int fit = fit(columns, role, c);
      if (fit < 0) {
        break;
      }
      if (columns.get(fit) == ColumnRole.DESCRIPTION || columns.get(fit) == ColumnRole.ACTUAL && c.is(Cell.Kind.TEXT)
          || columns.get(fit) == ColumnRole.MEASURE_UNIT && !isBareNumber(line.get(line.size() - 1).toString())) {
        // words a column often left empty may be the rest of a cell instead: a unit after a target in words (定性
        // 持续改善 / 件) too, not after a bare number
        notes.add(line.size());
      }
      line.add(new StringBuilder(pieces[at++]));
      ends.add(at);
      role = fit + 1;
    }
    return line;
  }

  /** A number without its unit (100, 32.68): a unit's column after it holds its unit. */
  private static boolean isBareNumber(String text) {
    return Cell.of(text, 0).shape() == ValueGrammar.Shape.NUMBER;
  }

  /** The first of {@code columns} from {@code from} on whose role takes {@code c}, or -1. */
  private static int fit(List<ColumnRole> columns, int from, Cell c) {
    for (int r = from; r < columns.size(); r++) {
      if (takes(columns.get(r), c)) {
        return r;
      }
    }
    return -1;
  }

  /** The cells of {@code line} a piece of the column's width or an unclosed bracket leaves open. */
  private List<StringBuilder> open(List<StringBuilder> line) {
    List<StringBuilder> open = new ArrayList<>();
    for (StringBuilder b : line) {
      if (runsOn(b.toString()) || CellRests.unclosed(b.toString())) {
        open.add(b);
      }
    }
    return open;
  }

  /**
   * The rest of {@code open} cells from {@code at}: one piece for each cell still open, line after line, until
   * they close or the next pieces cannot be their rests; how many were left open then (cells exactly the column's
   * width at their last piece, or cells whose rest is not there). The text's end closes every cell.
   */
  private int rests(List<StringBuilder> open) {
    while (!open.isEmpty() && at < pieces.length && isRestLine(open)) {
      List<StringBuilder> still = new ArrayList<>();
      for (StringBuilder cell : open) {
        String piece = pieces[at++];
        cell.append(piece);
        if (runsOn(piece) || CellRests.unclosed(cell.toString())) {
          still.add(cell);
        }
      }
      open = still;
    }
    return at >= pieces.length ? 0 : open.size();
  }

  /** True when the pieces from {@code at} can be a line of rests, one for each cell of {@code open}. */
  private boolean isRestLine(List<StringBuilder> open) {
    for (int k = 0; k < open.size(); k++) {
      if (at + k >= pieces.length || !mayBeARest(at + k, open.get(k).toString())) {
        return false;
      }
    }
    return true;
  }

  /** A piece of the column's width that does not end its cell (a label, a closed note, a sentence): the cell runs on. */
  private boolean runsOn(String piece) {
    return piece.length() == width && !CellRests.endsACell(piece) && !piece.endsWith("。");
  }

  /**
   * Piece {@code i} could be the rest of {@code open}: no wider than the column, no category, heading, item or
   * none-word ({@link #isNoneWord}), and a whole value the rest of words only where a number broke
   * ({@link WrappedRows#continues}); a value's rest may be anything (存在18岁以下、54 / 周岁以上).
   */
  private boolean mayBeARest(int i, String open) {
    Cell c = cell(i);
    return pieces[i].length() <= width && !c.is(Cell.Kind.CATEGORY) && !c.is(Cell.Kind.HEADER)
        && !ItemMark.AT_START.lookingAt(pieces[i])
        && (TextLayer.isMeasure(open)
            || !isNoneWord(c) && CellRests.continues(open, pieces[i], TextLayer.isMeasure(pieces[i])));
  }

  /**
   * 无, 暂无: a cell a column left empty in words (a reason for a deviation there was none of), not the rest of a
   * name or a sentence; the 。 a wrap left alone is.
   */
  private static boolean isNoneWord(Cell c) {
    return c.shape() == ValueGrammar.Shape.EMPTY && Character.isLetter(c.text().charAt(0));
  }

  /**
   * The choices of which of {@code n} cells of the column's width were exact fits, as bit sets, the fewest first
   * (none, each one, every two, ...); past a few cells only none and all.
   */
  private static List<Integer> exactFits(int n) {
    List<Integer> masks = new ArrayList<>();
    if (n > 4) {
      masks.add(0);
      masks.add((1 << n) - 1);
      return masks;
    }
    for (int bits = 0; bits <= n; bits++) {
      for (int mask = 0; mask < 1 << n; mask++) {
        if (Integer.bitCount(mask) == bits) {
          masks.add(mask);
        }
      }
    }
    return masks;
  }

  /** A unit: one the value grammar knows, with a multiplier before it (万平方米) or per another (万/月). */
  private static boolean isUnit(String text) {
    if (text.isEmpty() || Character.isDigit(text.charAt(0))) {
      return false;
    }
    int per = text.indexOf('/');
    if (per > 0 && per < text.length() - 1) {
      return isUnit(text.substring(0, per)) && isUnit(text.substring(per + 1));
    }
    if (Cell.of(text, 0).shape() == ValueGrammar.Shape.UNIT) {
      return true; // 百分比, 千克: a unit that begins as a multiplier does
    }
    if (text.length() > 1 && "万亿千百".indexOf(text.charAt(0)) >= 0) {
      text = text.substring(1);
    }
    return text.length() == 1 && "万亿千百".indexOf(text.charAt(0)) >= 0 || Cell.of(text, 0).shape() == ValueGrammar.Shape.UNIT;
  }

  /** Whether a column of {@code role} takes {@code c} on a row's first line. */
  private static boolean takes(ColumnRole role, Cell c) {
    if (c.is(Cell.Kind.CATEGORY) || c.is(Cell.Kind.HEADER)) {
      return false;
    }
    return switch (role) {
      case WEIGHT, SCORE, COMPLETION -> c.is(Cell.Kind.VALUE)
          && (c.shape() == ValueGrammar.Shape.NUMBER || c.shape() == ValueGrammar.Shape.MEASURE);
      // ≥, 定性, 大于等于; 万元, %, 人次: a sign or a kind, a unit — never the number between them
      case SIGN -> c.shape() == ValueGrammar.Shape.SIGN || c.shape() == ValueGrammar.Shape.EMPTY
          || c.text().length() <= 2 && !Character.isDigit(c.text().charAt(0));
      case MEASURE_UNIT -> c.shape() == ValueGrammar.Shape.EMPTY || isUnit(c.text()); // 无: a unit column left empty
      // 无, /, —: a reason left out, as often as one written; 已按计划完成: one in a word
      case DESCRIPTION -> c.is(Cell.Kind.TEXT) || c.shape() == ValueGrammar.Shape.EMPTY || c.shape() == ValueGrammar.Shape.QUALITATIVE;
      default -> true;
    };
  }
}
