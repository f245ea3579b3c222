package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.read.Row;
import org.jixiao.vocabulary.Categories;
import org.jixiao.util.Deadline;
import org.jixiao.util.Regex;

/**
 * Finds indicators in a stream of typed cells by their parts: category words set level 1 and
 * level 2 until the next ones; a name is text under them; what follows the name goes to the roles the
 * header named after it (target, actual, weight, score, sign, unit, explanation …), in order.
 *
 * <p>A row that kept all its cells is read by position, after finding where it sits under the
 * header (rows that lost merged cells on the left are shifted back by the parts their cells are).
 * Anything else is read by parts: each cell goes to the next role it can fill, so cells that
 * vanished (empty cells dropped by an export) only leave their roles empty. A row of several cells
 * closes its indicator at its end; one-cell lines (exports that write a cell per line) and whole tables
 * flattened into one line keep it open until a new name or category starts the next.
 */
final class IndicatorRecords {

  /** List numbering in front of a name: 指标1: · 1、 · 1. · (1) · ①. */
  static final Regex NUMBERING = Regex.of(
      "^\\s*(?:" + ItemMark.LOOSE + "|\\d{1,2}\\s*[、.．)）](?!\\d)|[(（]\\s*\\d{1,2}\\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\\s*[、.])\\s*");

  /** A sentence's full stop at the end of a cell. */
  private static final Regex SENTENCE_END = Regex.of("[。．]$");

  private final RecognitionContext context;
  /** Where finished indicators go: their projects, with the adjustments that need those added before. */
  private final AddedIndicators added;
  private final ProjectHeaderBlock headerBlock;
  private Schema schema = Schema.NONE;
  /** The row's cells cut again by what this header says of its columns (a running number glued on, a reason …). */
  private final HeaderCuts headerCuts = new HeaderCuts();
  private boolean headed;
  private String level1 = "";
  private String level2 = "";
  /** Level-1 and level-2 labels read so far, and as many when the last indicator was finished: a row's own labels. */
  private int labels1;
  private int labels2;
  private int labels1Before;
  private int labels2Before;
  private PartialIndicator open;
  /** The indicators under the current category are numbered 指标1:, 指标2: …. */
  private boolean numberedList;
  /** A total row was passed: the table above has ended until a category or header starts the next. */
  private boolean afterTotal;
  private final List<Integer> readLines = new ArrayList<>();
  /** The line of the last row read by position when it had fewer cells than its header, else -1. */
  private int shortRow = -1;
  /** Empty cells are kept as cells (lone pipes, lines of spaces), so one-cell lines can be dealt by position. */
  private boolean explicitBlanks;
  /** The first filled cell after the current line: what follows a line's last cell. */
  private Cell afterLine;
  /**
   * An indicator under the current header had a target: the table fills its targets' column, so a text where a
   * target stands is one. (A table that lists names only, its targets' column empty, has none.)
   */
  private boolean targetsGiven;

  IndicatorRecords(RecognitionContext context, ProjectHeaderBlock headerBlock) {
    this.context = context;
    this.added = new AddedIndicators(context);
    this.headerBlock = headerBlock;
    if (context.selfEvaluation()) {
      // Until a header comes, a self-evaluation's rows give a target and then an actual.
      schema = Schema.NONE_SELF_EVALUATION;
    }
  }

  /** A header whose cells single spaces joined: its rows lost their empty cells without a mark. */
  private boolean spacedHeader;

  /** A header: the rows below follow it; merged cells do not reach across it. */
  void schema(Schema s) {
    schema(s, false);
  }

  /** A header, {@code spaced} when single spaces joined its cells (and its rows'). */
  void schema(Schema s, boolean spaced) {
    if (headed && !afterTotal && s.sameColumnsAs(schema) && spaced == spacedHeader && (!level1.isEmpty() || !level2.isEmpty())) {
      // The header again under a table that goes on (a PDF prints it at the top of each page): the page's rows
      // continue the categories above, whose merged cells the page break cut.
      finish();
      schema = s;
      return;
    }
    spacedHeader = spaced;
    finish();
    added.settle();
    targetsGiven = false;
    headerCuts.reset();
    schema = s;
    lastShift = RowAlignment.NONE;
    headed = true;
    afterTotal = false;
    level1 = "";
    level2 = "";
    if (s.hasActuals()) {
      context.markSelfEvaluation();
    }
  }

  Schema schema() {
    return schema;
  }

  /** True once a category or an indicator header has been seen: names read now are indicators. */
  boolean active() {
    return headed && schema.isIndicatorTable() && !afterTotal || !level1.isEmpty() || !level2.isEmpty();
  }

  /** Lines that gave an indicator or a category. */
  List<Integer> readLines() {
    return readLines;
  }

  /** A new project: categories do not carry over into it. */
  void newProject() {
    finish();
    added.settle();
    level1 = "";
    level2 = "";
  }

  /** Says whether the sheet keeps its empty cells as cells of their own. */
  void explicitBlanks(boolean explicit) {
    explicitBlanks = explicit;
  }

  /** The shift the last row read by position took under this header. */
  private int lastShift = RowAlignment.NONE;


  /** Where the table stops: totals, footers, notes, another table's title or header. */
  private final TableEdges edges = new TableEdges();

  /** The level 1 a framework's numbered, scored section gave (项目前期工作): its rows are indicators as under a header. */
  private String sectionLevel1 = "";

  /** The last cell read when it was a category word and no name came after it yet, else null. */
  private Cell lastCategory;

  /** The line of the last category cell read: a row that names its own category has no level 2 missing. */
  private int categoryLine = -1;

  /** The first filled cell after the line about to be read. */
  void lookahead(Cell next) {
    afterLine = next;
  }

  /** Reads one source line's cells. */
  void line(Row row, List<Cell> cells) {
    List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
    if (filled.isEmpty()) {
      if (open != null && !cells.isEmpty()) {
        open.skip();
      }
      return;
    }
    if (edges.isNote(row, filled)) {
      return;
    }
    if (TableEdges.closesBlock(row, filled)) {
      // 产出指标得分小计, 合计, 总分: rows that sum up and end the block above them.
      finish();
      level1 = "";
      level2 = "";
      afterTotal = true;
      return;
    }
    if (row.cells().size() == 1 && row.text().length() > 200
        && numberedItems(filled)) {
      flattened(row, cells);
      return;
    }
    if (TableEdges.startsAnother(row, filled, !readLines.isEmpty()) || TableEdges.startsAnotherInLines(row, filled, !readLines.isEmpty(), afterLine)) {
      finish();
      level1 = "";
      level2 = "";
      afterTotal = true;
      return;
    }
    String section = filled.size() >= 2 && (filled.get(1).is(Cell.Kind.TEXT) || filled.get(1).is(Cell.Kind.CATEGORY))
        ? RowPlaces.sectionHeading(filled.get(0)) : null;
    if (section != null) {
      // (一)项目前期工作(7分) | 1.可行性研究报告 | 按规定编制…: a framework's numbered section with its points
      // opens the row; it is the level 1 of this row and the rows below, and the row goes on as usual.
      finish();
      level1 = section;
      labels1++;
      sectionLevel1 = section;
      level2 = "";
      afterTotal = false;
      readLines.add(row.line());
      cells = cells.subList(cells.indexOf(filled.get(0)) + 1, cells.size());
      filled = filled.subList(1, filled.size());
    }
    cells = headerCuts.cut(row, cells, schema, headed, afterLine);
    filled = cells.stream().filter(c -> !c.isBlank()).toList();
    boolean rowOfCells = filled.size() >= 2;
    // A row of cells is one indicator; a whole table flattened into one long line is many.
    // Cells glued in one source cell (no spaces) may hold several indicators, unless the header gives
    // the row an explanation column, which then takes the text after the target.
    // (Two numbered items, 指标1：… 指标2：…, are two records however short the line.)
    boolean items = numberedItems(filled);
    boolean oneRecord = rowOfCells && row.text().length() <= 200
        && (row.filledCells().size() > 1 || row.filledCells().get(0).strip().contains(" ") || schema.tail().contains(ColumnRole.DESCRIPTION))
        && !items;
    if (rowOfCells && schema.positional() && byPosition(row, UncutRow.choose(row, cells, schema, lastShift))) {
      return;
    }
    if (rowOfCells && active() && RowPlaces.scoredHeading(filled)) {
      // 1 | 规划 (15分): an evaluation framework's level 1, numbered, with its points and nothing else.
      finish();
      Cell heading = filled.get(filled.size() - 1);
      level1 = IndicatorAssembly.SCORED.replaceFirst(heading.text(), "").strip();
      labels1++;
      level2 = "";
      afterTotal = false;
      readLines.add(row.line());
      return;
    }
    if (open != null && open.awaitsTarget() && open.aloneOnItsLine() && row.filledCells().size() == 1 && rowOfCells
        && oneCellLine(row.filledCells().get(0))
        && filled.stream().noneMatch(c -> c.is(Cell.Kind.CATEGORY) || c.is(Cell.Kind.HEADER)) && filled.stream().anyMatch(Cell::isTargetLike)) {
      // 设备使用率 / 实际使用设备数/购置总数=100%, a cell per line: the line after a name that stood alone
      // on its line and awaits its target is that target whole, though the cutter found a name and a
      // value in it.
      open.target(row.filledCells().get(0).strip(), row.line());
      finish();
      return;
    }
    if (open != null && (open.awaitsTarget() && open.aloneOnItsLine() || open.awaitsTargetAfterItsExplanation())
        && headed && schema.isIndicatorTable() && row.filledCells().size() == 1
        && filled.size() == 1 && filled.get(0).is(Cell.Kind.TEXT)
        && (SENTENCE_END.find(filled.get(0).text()) || targetsGiven && afterLine != null && afterLine.is(Cell.Kind.CATEGORY))) {
      // 提升…扶持力度 / 显著提升了…民办幼儿园的发展。, one cell per line: a sentence closed by its full
      // stop after a name that awaits its target is that target; a name does not end so. So is the last text
      // under a category (贯穿全年 / 当年的所有时间 / 成本指标): the next category leaves the name no other line to
      // have it on; only where the table gives its targets, for a list of names alone ends before a category too.
      // The line holds the target by its place, as a cell under its heading does: without category columns
      // (指标名称 / 指标值, one per line) a target in words so placed makes the name an indicator.
      open.target(filled.get(0).text(), row.line());
      open.placedWithoutCategories = withoutCategories();
      if (open.next >= open.tail.size()) {
        finish(); // nothing after the target: the actual, weight or explanation lines still to come stay its own
      }
      return;
    }
    PartialIndicator before = open;
    for (int i = 0; i < cells.size(); i++) {
      Deadline.check();
      Cell c = cells.get(i);
      switch (c.kind()) {
        case BLANK -> {
          if (open != null && !rowOfCells) {
            open.skip();
          }
        }
        case CATEGORY -> {
          if (RowPlaces.categoryAsName(cells, i) || !sectionLevel1.isEmpty() && RowPlaces.numberedAndScored(c)
              || !rowOfCells && active() && (lastCategory != null ? RowPlaces.categoryAsName(c, lastCategory, next(cells, i))
                  : (open == null || !open.awaitsTarget()) && RowPlaces.categoryAsNameAfterARow(c, next(cells, i)))) {
            // A level-2 word where the name stands (see RowPlaces), also one cell per line
            // (服务对象满意度指标 / 服务对象满意度 / 100%); or, in a framework's section, 8.经济效益(20分):
            // an item numbered and scored as its indicators are.
            text(row, RowPlaces.asName(c), next(cells, i), oneRecord);
          } else {
            category(c, next(cells, i));
          }
        }
        case HEADER -> {
          if (!oneRecord && rowOfCells && i > 0 && ProjectHeaderBlock.isNameLabel(c.text())) {
            // … 干警满意度 ≥95百分比 项目名称 办案业务费 预算数 24.00 …: in a line holding several tables the next
            // project's particulars follow its label; they are no rows of the table above.
            endBlockInLine();
          } else if (rowOfCells && active() && RowPlaces.headerAsName(cells, i)
              || !oneRecord && active() && !level2.isEmpty() && RowPlaces.headerAsName(next(cells, i))) {
            text(row, RowPlaces.asName(c), next(cells, i), oneRecord);
          }
        }
        case VALUE -> {
          if (open == null && rowOfCells && active() && RowPlaces.valueAsName(cells, i)) {
            text(row, RowPlaces.asName(c), next(cells, i), oneRecord);
          } else if (open == null && !rowOfCells && active() && lastCategory != null && RowPlaces.valueAsName(c, next(cells, i))) {
            // 时效 / 指标 / 当期完成 / 90% / 100%, one cell per line: the value-like text right after the
            // category, with the target after it, is where the name stands.
            text(row, RowPlaces.asName(c), next(cells, i), oneRecord);
          } else if (open != null) {
            open.offer(c);
          }
        }
        case TEXT -> {
          if (!oneRecord && rowOfCells && TableEdges.endsTableInLine(c, next(cells, i))) {
            // … 受益群众满意度 ≥90% 95% 10 10 总分 100 97.5 附件下载: in a table flattened into one line the
            // total row, or what the page prints after the table, ends the block as on a line of its own.
            endBlockInLine();
          } else if (!oneRecord && open != null && open.row == row && headed && schema.isIndicatorTable()
              && (SENTENCE_END.find(c.text()) || targetsGiven && nextIsCategory(cells, i))
              && (open.awaitsTarget() && justAfterName(cells, i) || open.awaitsTargetRightAfterItsExplanation(RowPlaces.previous(cells, i)))) {
            // … 提升…扶持力度 显著提升了…民办幼儿园的发展。 促进…: in a table flattened into one line, a sentence closed
            // by its full stop right after a name that awaits its target is that target; a name does not end so.
            // So is the last text before the next category (… 贯穿全年 当年的所有时间 成本指标 …), as one cell per line,
            // and so are both right after the explanation a header puts before the target (… 反映…情况 显著提升了…。).
            open.target(c.text(), row.line());
            open.placedWithoutCategories = withoutCategories();
          } else if (open != null && oneRecord && open.row == row && open.explainsBeforeTarget(c, cells.subList(i + 1, cells.size()))) {
            open.explain(c);
          } else {
            text(row, c, next(cells, i), oneRecord);
          }
        }
      }
      if (!c.isBlank() && !c.is(Cell.Kind.HEADER)) {
        lastCategory = c.is(Cell.Kind.CATEGORY) && open == null ? c : null;
      }
    }
    if (rowOfCells && open != null && (open != before || open.anyTail)) {
      // A row closes its indicator, unless the row is only the name and its value comes on the lines after. A row of
      // numbered names and no value (指标1:… | 指标2:…, a table's names across its top) is no such row.
      if (open.anyTail || open.row.line() != row.line() || items && filled.stream().noneMatch(c -> c.is(Cell.Kind.VALUE))) {
        finish();
      }
    }
  }

  /** True when at least two of the cells open with an item's number (指标1:…, 指标2:…). */
  private static boolean numberedItems(List<Cell> cells) {
    return cells.stream().filter(c -> c.is(Cell.Kind.TEXT) && ItemMark.AT_START.lookingAt(c.text())).count() >= 2;
  }

  /** True when the next filled cell after {@code i} in the line is a category word. */
  private static boolean nextIsCategory(List<Cell> cells, int i) {
    Cell after = RowPlaces.following(cells, i);
    return after != null && after.is(Cell.Kind.CATEGORY);
  }

  /** True when the cell before {@code i} (blanks skipped) is the open indicator's name. */
  private boolean justAfterName(List<Cell> cells, int i) {
    Cell before = RowPlaces.previous(cells, i);
    return before != null && before.is(Cell.Kind.TEXT) && before.text().strip().endsWith(open.name.strip());
  }

  /** Ends the table inside a line that holds more than it: what follows is read as after a table's last row. */
  private void endBlockInLine() {
    finish();
    level1 = "";
    level2 = "";
    afterTotal = true;
    open = null;
  }

  /**
   * A spreadsheet flattened into one line of numbered items (指标1: … 指标2: …): names and values are
   * paired by {@link FlattenedLine}, which pairs only where the order leaves no doubt.
   */
  private void flattened(Row row, List<Cell> cells) {
    finish();
    List<ColumnRole> roles = FlattenedLine.tupleRoles(headed ? schema : null, cells);
    if (roles.contains(ColumnRole.ACTUAL)) {
      context.markSelfEvaluation();
    }
    FlattenedLine.Walk walk = new FlattenedLine.Walk() {
      @Override
      public void category(Cell c, Cell next) {
        IndicatorRecords.this.category(c, next);
      }

      @Override
      public boolean active() {
        return IndicatorRecords.this.active();
      }

      @Override
      public PartialIndicator name(String text) {
        return new PartialIndicator(row, text, level1, level2, schema.tail(), false);
      }

      @Override
      public Cell next(List<Cell> line, int i) {
        return IndicatorRecords.this.next(line, i);
      }
    };
    for (PartialIndicator p : FlattenedLine.read(row, cells, roles, walk, context::warn)) {
      open = p;
      finish();
    }
  }

  private Cell next(List<Cell> cells, int i) {
    for (int k = i + 1; k < cells.size(); k++) {
      if (!cells.get(k).isBlank()) {
        return cells.get(k);
      }
    }
    return afterLine;
  }

  private void text(Row row, Cell c, Cell next, boolean oneRecord) {
    if (open != null && open.row == row && open.continuesTarget(c, next)) {
      open.continueTarget(c);
      return;
    }
    if (open != null && NameOrLevel2.reread(open, row, c, next, oneRecord, new NameOrLevel2.Table(headed, schema, explicitBlanks, categoryLine))) {
      // The level 2 found so holds for the rows below it, whose merged cells left it out, as a category word's does.
      level2 = open.level2;
      labels2++;
      return;
    }
    if (open != null && (oneRecord && open.row == row && !open.secondInRow(c, next) || !open.startsNew(c, next))) {
      // A row holds one indicator: what follows its name and target is its explanation, not a second one.
      open.offer(c);
      return;
    }
    finish();
    if (!active()) {
      return;
    }
    GluedLevel2.Cut bareLevel2 = headed && schema.has(ColumnRole.LEVEL2) ? GluedLevel2.split(row, c, categoryLine == row.line()) : null;
    if (bareLevel2 != null) {
      // 产出数量完成…任务 under 一级 | 二级 | 三级 with the cells glued: the level 2, then the name.
      if (!bareLevel2.level1().isEmpty()) {
        level1 = bareLevel2.level1(); // 产出数量, 效益社会效益: the level 1 is written with it
        labels1++;
      }
      level2 = bareLevel2.level2();
      labels2++;
      readLines.add(row.line());
      c = new Cell(bareLevel2.name(), c.line(), Cell.Kind.TEXT, null, null, c.shape());
    }
    boolean numbered = ItemMark.AT_START.lookingAt(c.text());
    if (numberedList && !numbered && row.filledCells().size() == 1 && row.filledCells().get(0).strip().equals(c.text())) {
      // The list of 指标1: 指标2: … items has ended: what follows (a budget line, the next project's
      // name) is not one of them.
      numberedList = false;
      level1 = "";
      level2 = "";
      afterTotal = true;
      return;
    }
    numberedList = numbered;
    boolean dealt = explicitBlanks && headed && schema.nameColumn() >= 0 && row.filledCells().size() == 1;
    open = dealt ? new PartialIndicator(row, c.text(), level1, level2, schema.columnsAfterName(), true) : new PartialIndicator(row, c.text(), level1, level2, schema.tail(), false);
    GluedExplanation.Cut explained = dealt || !headed ? null : GluedExplanation.split(row, c, next, schema.tail());
    if (explained != null) {
      open.explainedInItsName(explained.name(), explained.explanation(), explained.target());
    }
    GluedKind.Cut kind = dealt || !headed ? null : GluedKind.split(row, c, schema.tail());
    if (kind != null) {
      open.kindInItsName(kind.name(), kind.kind(), kind.target());
    }
  }

  private void category(Cell c, Cell next) {
    finish();
    categoryLine = c.line();
    Categories.Category cat = c.category();
    boolean costLevel2Follows = next != null && next.is(Cell.Kind.CATEGORY) && next.category().level() == 2
        && Categories.COST.equals(next.category().parent());
    if (Categories.COST.equals(cat.standard()) && cat.level() == 1 && !costLevel2Follows && Categories.OUTPUT.equals(Categories.level1(level1))) {
      // 成本指标 under 产出指标 is the older level 2 (only 经济成本指标 and its kind follow the level 1 since 2021).
      level2 = c.text();
      labels2++;
      readLines.add(c.line());
      return;
    }
    afterTotal = false;
    numberedList = false;
    if (cat.level() == 1) {
      level1 = c.text();
      level2 = "";
      labels1++;
    } else {
      if (!level1.isEmpty() && cat.parent() != null && !cat.parent().equals(Categories.level1(level1))
          && !(Categories.OUTCOME.equals(Categories.level1(level1)) && Categories.SATISFACTION.equals(cat.parent()))) {
        // A level 2 of another level 1: the level-1 cell was merged away or never written.
        level1 = "";
      }
      level2 = c.text();
      labels2++;
    }
    readLines.add(c.line());
  }

  /**
   * Reads a row by the header's columns when its cells fit them, shifted for cells merged away on
   * the left; false when they do not fit, so the row is read by parts instead.
   */
  private boolean byPosition(Row row, List<Cell> cells) {
    List<ColumnRole> columns = schema.columns();
    int[] place = RowAlignment.places(columns, cells, lastShift);
    if (place == null || spacedHeader && !RowAlignment.onlyCategoriesSkipped(columns, cells, place)) {
      // Under a header joined by spaces a row lost its empty cells without a mark: only a row that lost
      // nothing but merged category cells has its place (1 | 名称 | 定性 under 序号 | 一级 | 二级 | 三级 | 属性).
      return false;
    }
    lastShift = place[0];
    finish();
    int lastNamed = RowAlignment.lastNamed(columns);
    // A row that stops before the header's last column, if it is the file's last line, was cut.
    int lastPlace = -1;
    for (int p : place) {
      lastPlace = Math.max(lastPlace, p);
    }
    shortRow = place[place.length - 1] >= 0 && lastPlace < lastNamed ? row.line() : -1;
    Map<ColumnRole, String> at = RowAlignment.byRole(columns, cells, place);
    String l1 = at.getOrDefault(ColumnRole.LEVEL1, "");
    String l2 = at.getOrDefault(ColumnRole.LEVEL2, "");
    String name = at.getOrDefault(ColumnRole.LEVEL3, "");
    if (!l1.isEmpty() && !l2.isEmpty() && Categories.word(l1) == null && Categories.word(l2) == null
        && NUMBERING.lookingAt(l1)) {
      // 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | …: a numbered section of the form under the
      // indicator header's columns, not a category and its indicator.
      return true;
    }
    if (name.isEmpty() && l2.isEmpty()) {
      // A row cut before its 年度 half still names the indicator in its 中期 half.
      name = at.getOrDefault(ColumnRole.CYCLE_LEVEL3, "");
      l2 = at.getOrDefault(ColumnRole.CYCLE_LEVEL2, "");
    }
    if (!l1.isEmpty()) {
      level1 = l1;
      level2 = "";
      labels1++;
      afterTotal = false;
      readLines.add(row.line());
    }
    if (!l2.isEmpty()) {
      level2 = l2;
      labels2++;
      readLines.add(row.line());
    }
    String project = at.getOrDefault(ColumnRole.PROJECT_NAME, "");
    if (!project.isEmpty()) {
      headerBlock.projectRow(row, project, at.getOrDefault(ColumnRole.UNIT, null), at.getOrDefault(ColumnRole.TOTAL, ""));
    }
    if (name.isEmpty() && at.getOrDefault(ColumnRole.TARGET, "").isEmpty()) {
      return true;
    }
    if (name.isEmpty()) {
      name = l2.isEmpty() ? level2 : l2;
    }
    PartialIndicator r = new PartialIndicator(row, name, level1, level2, schema.tail(), false);
    at.forEach((role, text) -> {
      if (r.tail.contains(role) || role == ColumnRole.CYCLE_TARGET) {
        r.values.put(role, text);
        r.anyTail = true;
      }
    });
    // Read by position: whether the row stopped short of its header was judged above (shortRow), not
    // by the roles a reading by parts would still wait for.
    r.next = r.tail.size();
    r.placedWithoutCategories = withoutCategories();
    open = r;
    finish();
    return true;
  }

  /** The header names no category column (指标名称 | 指标值): a cell's place alone says it is the target. */
  private boolean withoutCategories() {
    return !schema.has(ColumnRole.LEVEL1) && !schema.has(ColumnRole.LEVEL2);
  }

  /** A line that is one cell: no spaces between pieces, no numbering that starts an item of its own. */
  private static boolean oneCellLine(String text) {
    String t = text.strip();
    return !t.contains(" ") && !NUMBERING.lookingAt(t);
  }

  /** Closes the indicator being read, if any, and adds it to its project. */
  void finish() {
    PartialIndicator r = open;
    open = null;
    if (r == null) {
      return;
    }
    GluedRowNumbers.spread(r);
    targetsGiven |= !r.values.getOrDefault(ColumnRole.TARGET, "").isBlank();
    if (!r.dealt && r.next < r.tail.size() && r.tail.subList(r.next, r.tail.size()).stream().anyMatch(x -> x != ColumnRole.DESCRIPTION)) {
      // Read by parts and stopped short of its header's roles: cut, if it is the file's last line.
      shortRow = r.lines.get(r.lines.size() - 1);
    }
    ProjectDraft project = context.lastProject() != null ? context.lastProject() : headerBlock.current(r.row);
    boolean underHeader = headed && schema.isIndicatorTable() || !sectionLevel1.isEmpty() && sectionLevel1.equals(r.level1);
    boolean own1 = labels1 != labels1Before;
    boolean own2 = labels2 != labels2Before;
    labels1Before = labels1;
    labels2Before = labels2;
    if (added.add(r, underHeader, project, schema.has(ColumnRole.CYCLE_LEVEL3), own1, own2)) {
      readLines.addAll(r.lines);
    }
  }

  /**
   * The file ended. An indicator whose name is the last thing in the file may itself be cut, so it
   * is not read (a name with a cell after it in its row is whole); one whose row stops short of the header's columns is read for what it shows. Either
   * way the document says where the file stops.
   */
  void end(int lastLine) {
    closeLast(lastLine);
    added.settle();
  }

  private void closeLast(int lastLine) {
    if (open != null) {
      IndicatorAssembly.labelledValues(open);
    }
    PartialIndicator r = open;
    if (r == null) {
      if (shortRow == lastLine) {
        Truncation.warn(context, lastLine);
      }
      return;
    }
    List<String> rowCells = r.row.filledCells();
    boolean followed = rowCells.size() >= 2 && !rowCells.get(rowCells.size() - 1).contains(r.name.strip());
    if (!r.anyTail && !followed && !IndicatorAssembly.NUMBERED_ITEM.matches(r.name.strip())) {
      open = null;
      Truncation.warn(context, lastLine);
      return;
    }
    if (r.next < r.tail.size() && r.lines.contains(lastLine) && r.tail.subList(r.next, r.tail.size()).stream().anyMatch(x -> x != ColumnRole.DESCRIPTION)) {
      Truncation.warn(context, lastLine);
    }
    finish();
  }
}
