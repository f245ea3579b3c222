package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * Pairs names and values in a whole table flattened into one long line, whose cells may no longer
 * follow its rows ({@code 指标1:居民健康档案 38508人 指标2:… 不少于12 种 … 二级指标 三级指标 指标5:… 37442人 3 3
 * 14种 1 1 …}). Names that wait together are followed by their values; the values since the last name
 * go to the waiting names only where the counts agree — one tuple per name, each filling its roles
 * (a weight and a score are plain numbers) — and in order. Elsewhere the names are kept without
 * values and reported: nothing is paired by guess. Headings scattered through the line mean the
 * values beside them are out of place.
 */
final class FlattenedLine {


  private final Row row;
  private final List<ColumnRole> roles;
  private final List<PartialIndicator> waiting = new ArrayList<>();
  private final List<Cell> values = new ArrayList<>();
  private final List<String> unpaired = new ArrayList<>();
  private boolean disturbed;
  /** Headings stand among the items somewhere in the line: its cells are out of their rows. */
  private final boolean scrambled;

  /**
   * @param roles the value roles a tuple fills, in order
   * @param scrambled headings stand among the line's items ({@link #headingsAmongItems})
   */
  FlattenedLine(Row row, List<ColumnRole> roles, boolean scrambled) {
    this.row = row;
    this.roles = roles;
    this.scrambled = scrambled;
  }

  /** What reading a flattened line asks of the records around it. */
  interface Walk {
    /** A category word: its level holds for the names after it. */
    void category(Cell c, Cell next);

    /** True when a name read now is an indicator (a category or an indicator header came before). */
    boolean active();

    /** An indicator of this name under the levels and the header in force. */
    PartialIndicator name(String text);

    /** The first filled cell after cell {@code i}, on this line or after it. */
    Cell next(List<Cell> cells, int i);
  }

  /**
   * Reads a whole table flattened into one line of numbered items: the indicators it gives, in order.
   * Names start at the first numbered item ({@code 指标1:}); categories set the levels as they come.
   */
  static List<PartialIndicator> read(Row row, List<Cell> cells, List<ColumnRole> roles, Walk walk, Consumer<String> warn) {
    FlattenedLine line = new FlattenedLine(row, roles, headingsAmongItems(cells));
    List<PartialIndicator> read = new ArrayList<>();
    boolean started = false;
    boolean categorySeen = false;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      switch (c.kind()) {
        case CATEGORY -> {
          line.category(read::add);
          if (!categorySeen && c.category().level() == 2 && inferLevel2(read, c.category().standard())) {
            warn.accept("第" + row.line() + "行质量指标之前的指标没有写明类别，按标准表次序归为数量指标 / line " + row.line()
                + ": the indicators before 质量指标 name no category and are filed as 数量指标, which precedes it in the standard table");
          }
          categorySeen = true;
          walk.category(c, walk.next(cells, i));
        }
        case HEADER -> {
          if (started) {
            line.heading(read::add);
          }
        }
        case VALUE -> {
          if (started) {
            line.value(c);
          }
        }
        case TEXT -> {
          boolean item = ItemMark.AT_START.lookingAt(c.text());
          if (!item && started && line.continues(c)) {
            line.last().name = line.last().name + c.text();
          } else if (!item && started && line.targetInWords(walk.next(cells, i))) {
            line.value(c);
          } else if (item || started && walk.active()) {
            line.name(walk.name(c.text()), read::add);
            line.lastNumbered = item;
            started = true;
          }
        }
        default -> { }
      }
    }
    line.end(read::add, warn);
    return read;
  }

  /** True when a heading follows the line's first numbered item: the export scattered the header through the rows. */
  static boolean headingsAmongItems(List<Cell> cells) {
    boolean item = false;
    for (Cell c : cells) {
      item |= c.is(Cell.Kind.TEXT) && ItemMark.AT_START.lookingAt(c.text());
      if (item && c.is(Cell.Kind.HEADER)) {
        return true;
      }
    }
    return false;
  }

  /** A name: it waits with the names before it unless values came between. */
  void name(PartialIndicator name, Consumer<PartialIndicator> emit) {
    if (!values.isEmpty()) {
      pair(emit);
    }
    waiting.add(name);
  }

  /** A short piece right after a waiting name with no values yet: the rest of a name a cell border cut. */
  boolean continues(Cell c) {
    return !waiting.isEmpty() && values.isEmpty() && c.text().length() <= 2;
  }

  /** Whether the last name read opened with its item's number (指标3：). */
  private boolean lastNumbered;

  /**
   * True when words after a numbered name (指标3：补贴数量 对学校…补贴5万元。) are its target: the name waits alone with
   * no value, the header's first role after the name is the target, and what follows is the next category, the next
   * numbered item or nothing, so the words are no part of a name a wrap cut (a name's value would follow it).
   */
  boolean targetInWords(Cell next) {
    boolean nextStartsARow = next == null || next.is(Cell.Kind.CATEGORY)
        || next.is(Cell.Kind.TEXT) && ItemMark.AT_START.lookingAt(next.text());
    return lastNumbered && waiting.size() == 1 && values.isEmpty() && !roles.isEmpty() && roles.get(0) == ColumnRole.TARGET
        && nextStartsARow;
  }

  /** The last waiting name. */
  PartialIndicator last() {
    return waiting.get(waiting.size() - 1);
  }

  void value(Cell c) {
    if (c.shape() == ValueGrammar.Shape.UNIT && !values.isEmpty()) {
      // 不少于12 种: a unit the spaces cut from its number.
      Cell before = values.remove(values.size() - 1);
      values.add(Cell.of(before.text() + c.text(), before.line()));
      return;
    }
    values.add(c);
  }

  /** A heading inside the data: the values around it are out of their rows. */
  void heading(Consumer<PartialIndicator> emit) {
    if (!values.isEmpty()) {
      disturbed = true;
      pair(emit);
    } else if (!waiting.isEmpty()) {
      disturbed = true;
    }
  }

  /** A category word: the waiting names belong to the block before it. */
  void category(Consumer<PartialIndicator> emit) {
    pair(emit);
  }

  /** The waiting names get their values where the counts agree, or a lone name all of them; all are handed on. */
  void pair(Consumer<PartialIndicator> emit) {
    if (waiting.isEmpty()) {
      values.clear();
      disturbed = false;
      return;
    }
    // One name with fewer values than the header gives it (a weight and a score glued into one
    // number, an empty actual) owns them all, in the header's order: no other name can claim them,
    // unless the line's cells are out of their rows.
    boolean alone = !scrambled && waiting.size() == 1 && !values.isEmpty() && values.size() < roles.size();
    int perName = alone ? values.size() : roles.size();
    boolean clean = !disturbed && !roles.isEmpty() && (alone || values.size() == waiting.size() * roles.size());
    for (int i = 0; clean && i < values.size(); i++) {
      clean = PartialIndicator.fits(roles.get(i % perName), values.get(i));
    }
    for (int n = 0; n < waiting.size(); n++) {
      PartialIndicator p = waiting.get(n);
      if (clean) {
        for (int k = 0; k < perName; k++) {
          p.values.put(roles.get(k), values.get(n * perName + k).text());
        }
        p.anyTail = true;
      } else if (!values.isEmpty() || disturbed) {
        unpaired.add(label(p));
      }
      emit.accept(p);
    }
    waiting.clear();
    values.clear();
    disturbed = false;
  }

  /**
   * The end of the line. A name with nothing after it at the very end may itself be cut: it is not
   * read, and said so.
   */
  void end(Consumer<PartialIndicator> emit, Consumer<String> warn) {
    if (values.isEmpty() && !waiting.isEmpty()) {
      PartialIndicator cut = waiting.remove(waiting.size() - 1);
      warn.accept("第" + row.line() + "行末尾的“" + cut.name + "”后面没有内容，名称可能被截断，未读取 / line " + row.line()
          + " ends inside " + cut.name + ", which is not read");
    }
    pair(emit);
    if (!unpaired.isEmpty()) {
      warn.accept("第" + row.line() + "行单元格次序已乱，" + String.join("、", unpaired) + "的指标值无法与名称可靠配对，只读取名称 / line "
          + row.line() + ": cells out of order, so the values of " + String.join(", ", unpaired)
          + " cannot be paired with their names; names only");
    }
  }

  /**
   * The values each name of a flattened line has: the header's, else the value headings scattered
   * through the line, in the national template's order (指标值, 完成值, 分值, 得分).
   *
   * @param schema the table's header, or null where none was read
   */
  static List<ColumnRole> tupleRoles(Schema schema, List<Cell> cells) {
    List<ColumnRole> order = List.of(ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.WEIGHT, ColumnRole.SCORE);
    List<ColumnRole> roles = new ArrayList<>();
    if (schema != null) {
      schema.tail().stream().filter(order::contains).forEach(roles::add);
      return roles;
    }
    for (ColumnRole r : order) {
      if (cells.stream().anyMatch(c -> c.is(Cell.Kind.HEADER) && c.role() == r)) {
        roles.add(r);
      }
    }
    return roles.isEmpty() ? List.of(ColumnRole.TARGET) : roles;
  }

  /**
   * Names that came with no category before the line's first one, when that is 质量指标: they are the
   * 数量指标 that precede it in the standard table (the category cell was lost). True when any was.
   */
  static boolean inferLevel2(List<PartialIndicator> read, String firstLevel2) {
    if (!"质量指标".equals(firstLevel2)) {
      return false;
    }
    boolean inferred = false;
    for (PartialIndicator p : read) {
      if (p.level1.isEmpty() && p.level2.isEmpty()) {
        p.level2 = "数量指标";
        inferred = true;
      }
    }
    return inferred;
  }

  private static String label(PartialIndicator p) {
    Matcher m = ItemMark.LABEL.pattern().matcher(p.name);
    return m.find() ? m.group(1).replaceAll("\\s+", "") : p.name;
  }
}
