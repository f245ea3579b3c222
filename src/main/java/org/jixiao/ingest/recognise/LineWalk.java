package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.jixiao.ingest.read.Row;
import org.jixiao.util.Regex;

/**
 * The walk over a sheet's lines, deciding which reader each line goes to: header lines build the
 * {@link Schema} (one row of headings, headings one per line, or a heading run inside a flattened
 * line); label rows describe the project ({@link ProjectHeaderBlock}); project-per-row tables go to
 * {@link ProjectTableReader}; packed cells to {@link PackedIndicatorParser}; everything else to
 * {@link IndicatorRecords}, which reads indicators by their parts.
 */
final class LineWalk {

  /** 单位代码, a name and an amount on one line: a unit or project of a 单位(专项)名称 table. */
  private static final Regex CODE_LINE = Regex.of("^(\\d{3,})\\s*(\\D.*?)\\s*(\\d+(?:\\.\\d+)?)$");
  /** The first half of a heading broken over lines: 年度 | 指标值, 实际 | 完成值. */
  private static final Regex HEADING_FRAGMENT = Regex.of("^(年度|实际|全年|年初|本年|预期|计划|指标|绩效|评价|标准|内容)$");
  private static final Regex PROJECT_OVERVIEW = Regex.of("^[【\\[]\\s*项目概况\\s*[】\\]].*");
  private static final Regex NOT_A_NAME = Regex.of("^[\\d\\s.,，]+$|^[【\\[].*");

  private final RecognitionContext context;
  private final ProjectHeaderBlock headerBlock;
  final IndicatorRecords records;
  private final ProjectTableReader projectTable;
  /** Lines that gave something: a header, a label, a project, an indicator or a category. */
  final Set<Integer> claimed = new LinkedHashSet<>();
  private final List<Cell> headerCells = new ArrayList<>();
  private final List<Row> headerRows = new ArrayList<>();
  private Header projectHeader;
  /** True once any header was read, for the reason given when no indicator is found. */
  boolean sawHeader;
  private String lastText;
  private ProjectDraft overviewProject;
  private Row pendingCode;
  private String pendingUnit;
  private Row pendingLabel;
  /** The first filled cell after the current line. */
  Cell after;

  LineWalk(RecognitionContext context) {
    this.context = context;
    this.headerBlock = new ProjectHeaderBlock(context);
    this.records = new IndicatorRecords(context, headerBlock);
    this.projectTable = new ProjectTableReader(context);
  }

  void line(Row row, List<Cell> cells) {
    List<List<Cell>> parts = SheetCells.isFlattened(row) ? projectParts(cells) : List.of(cells);
    if (parts.size() > 1) {
      // … 干警满意度 ≥95% 项目名称 办案业务费 …: a page of several projects' tables flattened into one line is
      // read table by table, each under its own project.
      for (List<Cell> part : parts) {
        records.newProject();
        line(row, part);
      }
      return;
    }
    int[] run = HeaderCells.headingRun(cells);
    if (run != null && run[1] < cells.size() && HeaderCells.unknownValueHeading(cells.subList(run[0], run[1]), cells.get(run[1]), RowPlaces.following(cells, run[1]))) {
      run[1]++;
    }
    if (run != null && row.cells().size() == 1 && (run[0] > 0 || run[1] < cells.size())
        && !(headerCells.isEmpty() && SpacedCells.split(row.text()).size() == cells.size()
            && isHeaderPart(cells.stream().filter(c -> !c.isBlank()).toList()))) {
      // (A line whose spaces cut it into headings, 序号 一级指标 …, is a header as a whole: its columns
      // include the 序号 before the run.)
      // A flattened line with the header inside it: what comes before, the header, what comes after.
      if (run[0] > 0) {
        line(row, cells.subList(0, run[0]));
      }
      headerCells.addAll(cells.subList(run[0], run[1]));
      headerRows.add(new Row(row.line(), List.of(row.text())));
      claimed.add(row.line());
      if (run[1] < cells.size()) {
        closeHeader();
        line(row, cells.subList(run[1], cells.size()));
      }
      return;
    }
    List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
    if (filled.isEmpty()) {
      records.line(row, cells);
      return;
    }
    if (isHeaderPart(filled)) {
      if (!(filled.size() == 1 && HEADING_FRAGMENT.matches(filled.get(0).text())
          && !(filled.get(0).text().equals("指标") && after != null && after.is(Cell.Kind.HEADER)))) {
        headerCells.addAll(row.cells().size() > 1 ? cells : filled);
      }
      headerRows.add(row);
      claimed.add(row.line());
      return;
    }
    closeHeader();
    if (projectHeader != null) {
      if (filled.size() >= 2) {
        projectTable.accept(projectHeader, row);
        claimed.add(row.line());
      } else if (headerBlock.startsProject(row)) {
        projectHeader = null;
        label(row);
      }
      return;
    }
    Matcher code = row.filledCells().size() == 1 ? CODE_LINE.pattern().matcher(row.filledCells().get(0).replaceAll("\\s+", "")) : null;
    if (code != null && code.matches() && records.schema().has(ColumnRole.PROJECT_NAME)) {
      pendingUnit = pendingCode == null ? null : codeName(pendingCode);
      pendingCode = row;
      claimed.add(row.line());
      return;
    }
    flushCode();
    String first = filled.get(0).text();
    if (filled.size() == 1 && PROJECT_OVERVIEW.matches(first)) {
      if (lastText != null) {
        records.newProject();
        overviewProject = headerBlock.startNamed(lastText, row);
        overviewProject.goals.add(first);
      }
      claimed.add(row.line());
      return;
    }
    if (pendingLabel != null) {
      // 项目名称 | on its own line, its value opening the next line.
      Row label = pendingLabel;
      pendingLabel = null;
      if (!filled.get(0).is(Cell.Kind.CATEGORY) && !filled.get(0).is(Cell.Kind.HEADER) && !ProjectHeaderBlock.isLabel(first)) {
        List<String> joined = new ArrayList<>(label.filledCells());
        joined.addAll(row.cells());
        if (label(new Row(label.line(), joined))) {
          claimed.add(row.line());
          return;
        }
      }
    }
    if (filled.size() == 1 && row.filledCells().size() == 1 && ProjectHeaderBlock.isLoneLabel(first)) {
      pendingLabel = row;
      claimed.add(row.line());
      return;
    }
    if (SheetCells.isFlattened(row)) {
      acceptLabels(row, filled);
    }
    boolean hasCategory = filled.stream().anyMatch(c -> c.is(Cell.Kind.CATEGORY));
    // Labels are read from the cut cells, so that 项目名称农村…项目主管部门… glued together read too.
    Row cut = row.cells().size() == 1 && filled.size() > 1 ? new Row(row.line(), filled.stream().map(Cell::text).toList()) : row;
    boolean labelled = records.active()
        ? ProjectHeaderBlock.isLabel(cut.filledCells().get(0))
        : cut.filledCells().stream().anyMatch(ProjectHeaderBlock::isLabel);
    if (!hasCategory && labelled && label(cut)) {
      return;
    }
    if (filled.size() == 1 && PackedIndicatorParser.looksPacked(first)) {
      records.finish();
      ProjectDraft project = headerBlock.current(row);
      project.indicators.addAll(PackedIndicatorParser.parse(first, context.provenance(row)));
      claimed.add(row.line());
      return;
    }
    if (row.filledCells().size() == 1 && !records.active() && !filled.get(0).is(Cell.Kind.CATEGORY)
        && !NOT_A_NAME.matches(row.filledCells().get(0).strip())) {
      // A line that may name the project an overview (【项目概况】) below it describes.
      lastText = row.filledCells().get(0).strip();
    }
    records.line(row, cells);
  }

  /** Label cells inside a flattened table (项目名称 国家基本公共卫生服务 主管部门 …) describe its project. */
  private void acceptLabels(Row row, List<Cell> filled) {
    for (int k = 0; k + 1 < filled.size(); k++) {
      if (!ProjectHeaderBlock.isLoneLabel(filled.get(k).text())) {
        continue;
      }
      // The value is the cell after the label, with the words after it where the cutter cut the value
      // where a number starts it (项目名称 2023年 文物保护经费); 2023年文物保护经费 whole reads as a value to
      // the grammar, so a value with words beside its number counts too.
      Cell first = filled.get(k + 1);
      if (first.is(Cell.Kind.HEADER) || first.is(Cell.Kind.CATEGORY) || ProjectHeaderBlock.isLabel(first.text())) {
        continue;
      }
      String value = first.text();
      boolean words = first.is(Cell.Kind.TEXT) || first.text().codePoints().filter(Character::isIdeographic).count() >= MIN_NAME_WORDS;
      Cell second = k + 2 < filled.size() ? filled.get(k + 2) : null;
      if (!words && first.is(Cell.Kind.VALUE) && second != null && second.is(Cell.Kind.TEXT) && !ProjectHeaderBlock.isLabel(second.text())) {
        value += second.text();
        words = true;
      }
      if (words) {
        headerBlock.accept(new Row(row.line(), List.of(filled.get(k).text(), value)));
      }
    }
  }

  /** Characters of words a value needs to name something: 年 of a year alone does not. */
  private static final int MIN_NAME_WORDS = 4;

  /**
   * A flattened line's cells cut before each project name's label (项目名称 followed by the name) after the
   * first: one part per project. A single part when the line names one project or none.
   */
  static List<List<Cell>> projectParts(List<Cell> cells) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 1 < cells.size(); i++) {
      Cell next = RowPlaces.following(cells, i);
      if (ProjectHeaderBlock.isNameLabel(cells.get(i).text()) && next != null && next.is(Cell.Kind.TEXT) && !ProjectHeaderBlock.isLabel(next.text())) {
        starts.add(i);
      }
    }
    if (starts.size() < 2) {
      return List.of(cells);
    }
    List<List<Cell>> parts = new ArrayList<>();
    starts.set(0, 0); // what stands before the first project's label (the page's title) goes with it
    for (int n = 0; n < starts.size(); n++) {
      parts.add(cells.subList(starts.get(n), n + 1 < starts.size() ? starts.get(n + 1) : cells.size()));
    }
    return parts;
  }

  private boolean label(Row row) {
    boolean project = headerBlock.startsProject(row);
    if (project) {
      records.newProject();
    }
    if (headerBlock.accept(row) || project) {
      claimed.add(row.line());
      return true;
    }
    return false;
  }

  /**
   * A header line, or one piece of a header broken over lines: headings only, at least one of them
   * naming the indicator, its category or its target (a lone 得分 or 备注 is a cell, not a header).
   */
  private boolean isHeaderPart(List<Cell> filled) {
    if (!headerCells.isEmpty() && filled.size() == 1 && HEADING_FRAGMENT.matches(filled.get(0).text())
        && !(filled.get(0).text().equals("指标") && after != null && after.is(Cell.Kind.HEADER))) {
      // 年度 / 指标值 on lines of their own: a heading a line break cut in two.
      return true;
    }
    if (!headerCells.isEmpty() && filled.size() == 1 && filled.get(0).is(Cell.Kind.TEXT) && filled.get(0).text().length() <= 8
        && after != null && after.is(Cell.Kind.HEADER)) {
      // A heading the vocabulary does not know (评价指标, 指标属性) between known ones, one per line.
      return true;
    }
    if (filled.size() == 1 && HeaderCells.unknownValueHeading(headerCells, filled.get(0), after)) {
      return true;
    }
    long headings = filled.stream().filter(c -> c.is(Cell.Kind.HEADER)).count();
    if (headings == 0 || headings * 2 < filled.size() || filled.stream().anyMatch(c -> c.is(Cell.Kind.CATEGORY) || c.is(Cell.Kind.VALUE))) {
      return false;
    }
    if (!headerCells.isEmpty()) {
      return true;
    }
    if (filled.size() == 1 && ProjectHeaderBlock.isLoneLabel(filled.get(0).text())) {
      // 项目名称 alone on its line is the label of the value below it, not a one-word header.
      return false;
    }
    if (HeaderCells.labelsWithValues(filled)) {
      // 项目名称 安全隐患维修 绩效目标 维修…: labels each followed by its value, the project's particulars, not
      // a header, whose headings stand side by side.
      return false;
    }
    boolean anchor = filled.stream().anyMatch(c -> c.is(Cell.Kind.HEADER) && c.role().anchor
        || headings >= 2 && c.is(Cell.Kind.TEXT) && Schema.isNameHeading(c.text())) || HeaderCells.targetAndActual(filled);
    // 绩效目标值 / 实际完成值 / 累计完成率, a heading per line: a target's heading with an actual's on the next line
    // opens a self-evaluation's header (whose names' heading the vocabulary may not know).
    boolean targetThenActual = filled.size() == 1 && filled.get(0).role() == ColumnRole.TARGET
        && after != null && after.is(Cell.Kind.HEADER) && after.role() == ColumnRole.ACTUAL;
    return anchor && (headings >= 2 || filled.size() == 1) || targetThenActual;
  }

  /** A header ends at the first line that is not part of it. */
  private void closeHeader() {
    if (headerCells.isEmpty()) {
      return;
    }
    // A header whose cells single spaces join (序号 一级指标 二级指标 三级指标 指标属性) is one row of cells
    // as much as one with tabs: rows below it whose pieces fit its columns are read by position too.
    boolean kept = headerRows.stream().anyMatch(r -> r.cells().size() > 1);
    // (Two headings, a name's and a target's, too: 指标名称 指标值 over a table without category columns.)
    boolean nameAndTarget = headerCells.size() == 2 && headerCells.get(0).is(Cell.Kind.HEADER) && headerCells.get(0).role() == ColumnRole.LEVEL3
        && headerCells.get(1).is(Cell.Kind.HEADER) && headerCells.get(1).role() == ColumnRole.TARGET;
    boolean spaced = !kept && headerRows.size() == 1 && (headerCells.size() >= 3 || nameAndTarget) && headerCells.stream().noneMatch(Cell::isBlank)
        && SpacedCells.split(headerRows.get(0).text()).size() == headerCells.size();
    boolean positional = kept || spaced;
    Schema schema = Schema.of(HeaderCells.stacked(headerRows, headerCells), positional);
    long roles = schema.columns().stream().filter(Objects::nonNull).distinct().count();
    if (roles >= 2 && (schema.isIndicatorTable() || schema.isProjectTable())) {
      sawHeader = true;
      if (schema.isProjectTable() && headerRows.size() == 1) {
        projectHeader = Header.of(headerRows.get(0)).orElse(null);
      } else {
        projectHeader = null;
        records.schema(schema, spaced);
      }
    }
    headerCells.clear();
    headerRows.clear();
  }

  private static String codeName(Row row) {
    Matcher m = CODE_LINE.pattern().matcher(String.join("", row.filledCells()).replaceAll("\\s+", ""));
    return m.matches() ? m.group(2) : null;
  }

  private void flushCode() {
    if (pendingCode == null) {
      return;
    }
    Matcher m = CODE_LINE.pattern().matcher(String.join("", pendingCode.filledCells()).replaceAll("\\s+", ""));
    if (m.matches()) {
      records.newProject();
      headerBlock.projectRow(pendingCode, m.group(2), pendingUnit, m.group(3));
    }
    pendingCode = null;
    pendingUnit = null;
  }

  void end(int lastLine) {
    closeHeader();
    flushCode();
    records.end(lastLine);
    if (overviewProject != null && overviewProject.indicators.isEmpty() && overviewProject == context.lastProject()) {
      // Indicators follow the overview at once in this form: none at the end of the file means it was cut.
      Truncation.warn(context, lastLine);
    }
    claimed.addAll(records.readLines());
  }
}
