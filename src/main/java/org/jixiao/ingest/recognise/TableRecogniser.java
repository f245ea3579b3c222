package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.region.Region;
import org.jixiao.ingest.region.RegionResolver;
import org.jixiao.model.Assessment;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * Reads a {@link Sheet} into a {@link Document}, whatever the layout. Every row is cut into typed
 * cells ({@link CellCutter}); the lines are then walked once. Headers, where a table has one, set the
 * order of an indicator's parts ({@link Schema}); label rows ({@code 项目名称}, {@code 主管部门},
 * {@code 年度资金总额} …) describe the project; tables with one project per row pack their indicators
 * into a cell ({@link ProjectTableReader}); everything else is read by its parts
 * ({@link IndicatorRecords}). What it reads depends on the content alone, never on the file name.
 *
 * <p>Lines that look like indicators (a category word, a target) but gave none are reported with
 * their line numbers, so that nothing is dropped silently.
 */
public final class TableRecogniser {

  /** 单位代码, a name and an amount on one line: a unit or project of a 单位(专项)名称 table. */
  private static final Pattern CODE_LINE = Pattern.compile("^(\\d{3,})\\s*(\\D.*?)\\s*(\\d+(?:\\.\\d+)?)$");
  /** The first half of a heading broken over lines: 年度 | 指标值, 实际 | 完成值. */
  private static final Pattern HEADING_FRAGMENT = Pattern.compile("^(年度|实际|全年|年初|本年|预期|计划|指标|绩效|评价|标准|内容)$");
  private static final Pattern PROJECT_OVERVIEW = Pattern.compile("^[【\\[]\\s*项目概况\\s*[】\\]].*");
  private static final Pattern NOT_A_NAME = Pattern.compile("^[\\d\\s.,，]+$|^[【\\[].*");
  /** Money rows of a self-evaluation's budget block: numbers, but not indicators. */
  private static final Pattern MONEY_ROW = Pattern.compile(".*(资金|拨款|预算数|执行数|预算执行|执行率|结转|结余|万元|合计|总分|小计).*");

  private final RegionResolver regions;

  public TableRecogniser(RegionResolver regions) {
    this.regions = regions;
  }

  /**
   * Reads the sheet.
   *
   * @param documentId the id to give the document; project and indicator ids derive from it
   * @throws UnrecognisedLayoutException when no projects or indicators can be found
   */
  public Document recognise(Sheet sheet, String documentId) throws UnrecognisedLayoutException {
    List<Row> rows = PipeSeparatedCells.normalise(withoutRuby(sheet.rows()));
    List<List<Cell>> lines = new ArrayList<>(rows.size());
    // One cell per line with empty cells kept: every line is a cell already, nothing is glued.
    boolean cellPerLine = keepsEmptyCells(rows);
    for (Row row : rows) {
      lines.add(cellPerLine && row.cells().size() == 1 ? List.of(Cell.of(row.cells().get(0), row.line())) : CellCutter.cells(row));
    }
    DocumentMeta meta = DocumentMeta.of(metaRows(rows, lines));
    RecognitionContext context = new RecognitionContext(sheet.file(), meta);
    Walk walk = new Walk(context);
    keepNamesWhole(rows, lines);
    dropBrokenEndings(lines);
    walk.records.explicitBlanks(cellPerLine);
    for (int i = 0; i < rows.size(); i++) {
      walk.after = firstCellAfter(lines, i);
      walk.records.lookahead(walk.after);
      walk.line(rows.get(i), lines.get(i));
    }
    Row last = Truncation.lastFilled(rows);
    walk.end(last == null ? 0 : last.line());
    List<String> unread = unreadLines(rows, lines, walk);
    List<ProjectDraft> drafts = context.projects().stream()
        .filter(p -> !p.indicators.isEmpty() || !p.budgetExecution.isEmpty() || p.name != null && p.budget != null)
        .toList();
    if (drafts.isEmpty() || drafts.stream().allMatch(p -> p.indicators.isEmpty() && p.budgetExecution.isEmpty())) {
      String reason = walk.sawHeader
          ? "找到表头，但没有读到任何绩效指标 / found a table header but no indicators under it"
          : "未识别的表格布局：没有找到指标类别、指标表头或指标值 / unrecognised layout: no indicator categories, headings or targets found";
      throw new UnrecognisedLayoutException(unread.isEmpty() ? reason : reason + "；" + UnreadLines.message(unread));
    }
    if (!unread.isEmpty()) {
      context.warn(UnreadLines.message(unread));
    }
    Assessment assessment = context.selfEvaluation() ? AssessmentReader.read(rows) : null;
    return build(documentId, sheet.file(), meta, context, drafts, assessment);
  }

  /** Pinyin a copying site put after each character in brackets: 績(jī)效, 指標(biāo). */
  private static final Pattern RUBY = Pattern.compile("(?<=\\p{IsHan})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]{1,7}[)）]");

  /** The rows without pinyin glosses: they are an artefact of the copy, not part of the table's words. */
  private static List<Row> withoutRuby(List<Row> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      boolean any = r.cells().stream().anyMatch(c -> RUBY.matcher(c).find());
      out.add(any ? new Row(r.line(), r.cells().stream().map(c -> RUBY.matcher(c).replaceAll("")).toList()) : r);
    }
    return out;
  }

  /**
   * The rows the document's title, year and labels are read from: a whole table flattened into one
   * line gives its cells one per row, as the sheet it came from had them.
   */
  private static List<Row> metaRows(List<Row> rows, List<List<Cell>> lines) {
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (isFlattened(row)) {
        for (Cell c : lines.get(i)) {
          out.add(new Row(row.line(), List.of(c.text())));
        }
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** A whole table flattened into one line. */
  static boolean isFlattened(Row row) {
    return row.cells().size() == 1 && row.cells().get(0).length() > 200;
  }

  /**
   * In exports that write one cell per line, a name whose own text ends in a number
   * ({@code …一户年最高5300元}) is followed by its values on the lines below; a value cut off its end
   * is put back.
   */
  private static void keepNamesWhole(List<Row> rows, List<List<Cell>> lines) {
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> cells = lines.get(i);
      Cell next = firstCellAfter(lines, i);
      if (rows.get(i).cells().size() == 1 && cells.size() == 2 && cells.get(0).is(Cell.Kind.TEXT) && cells.get(1).is(Cell.Kind.VALUE)
          && next != null && next.is(Cell.Kind.VALUE)) {
        String whole = rows.get(i).cells().get(0).strip();
        lines.set(i, List.of(new Cell(whole, rows.get(i).line(), Cell.Kind.TEXT, null, null, org.jixiao.ingest.value.ValueGrammar.Shape.NONE)));
      }
    }
  }

  /**
   * A category cell broken over two lines ({@code 经济效益} / {@code 指标}): the first half already
   * names the category, the lone ending is no cell of its own.
   */
  private static void dropBrokenEndings(List<List<Cell>> lines) {
    Cell previous = null;
    int previousLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      List<Cell> cells = lines.get(i);
      List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
      if (filled.isEmpty()) {
        continue;
      }
      if (filled.size() == 1 && previous != null && previous.is(Cell.Kind.CATEGORY) && filled.get(0).text().matches("指\\s*标|目\\s*标")) {
        lines.set(i, List.of());
        continue;
      }
      if (filled.size() == 1 && previous != null && previous.is(Cell.Kind.TEXT) && filled.get(0).is(Cell.Kind.TEXT)) {
        // 经济效 / 益指标: a category word a line break cut in two.
        Cell joined = Cell.of(previous.text() + filled.get(0).text(), previous.line());
        if (joined.is(Cell.Kind.CATEGORY) && joined.text().replaceAll("\\s+", "").matches(".*[指目][标標]")) {
          lines.set(previousLine, List.of(joined));
          lines.set(i, List.of());
          previous = joined;
          continue;
        }
      }
      previousLine = i;
      previous = filled.size() == 1 ? filled.get(0) : null;
    }
  }

  /**
   * True for exports that write one cell per line and keep empty cells as cells (a lone pipe, a line
   * of spaces): at least a fifth of the one-cell lines are such empty cells.
   */
  private static boolean keepsEmptyCells(List<Row> rows) {
    int single = 0;
    int empty = 0;
    for (Row r : rows) {
      if (r.cells().size() == 1) {
        single++;
        if (r.cells().get(0).isBlank()) {
          empty++;
        }
      }
    }
    return single >= 20 && empty * 5 >= single;
  }

  /** The first filled cell on the lines after line {@code i}, or null at the end. */
  private static Cell firstCellAfter(List<List<Cell>> lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + 8; k++) {
      for (Cell c : lines.get(k)) {
        if (!c.isBlank()) {
          return c;
        }
      }
    }
    return null;
  }

  /** The walk over a sheet's lines: which reader each line goes to. */
  private static final class Walk {
    final RecognitionContext context;
    final ProjectHeaderBlock headerBlock;
    final IndicatorRecords records;
    final ProjectTableReader projectTable;
    final Set<Integer> claimed = new LinkedHashSet<>();
    final List<Cell> headerCells = new ArrayList<>();
    final List<Row> headerRows = new ArrayList<>();
    Header projectHeader;
    boolean sawHeader;
    String lastText;
    ProjectDraft overviewProject;
    Row pendingCode;
    Row pendingLabel;
    /** The first filled cell after the current line. */
    Cell after;
    String pendingUnit;

    Walk(RecognitionContext context) {
      this.context = context;
      this.headerBlock = new ProjectHeaderBlock(context);
      this.records = new IndicatorRecords(context, headerBlock);
      this.projectTable = new ProjectTableReader(context);
    }

    void line(Row row, List<Cell> cells) {
      int[] run = headingRun(cells);
      if (run != null && row.cells().size() == 1 && (run[0] > 0 || run[1] < cells.size())) {
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
        if (!(filled.size() == 1 && HEADING_FRAGMENT.matcher(filled.get(0).text()).matches()
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
      Matcher code = row.filledCells().size() == 1 ? CODE_LINE.matcher(row.filledCells().get(0).replaceAll("\\s+", "")) : null;
      if (code != null && code.matches() && records.schema().has(ColumnRole.PROJECT_NAME)) {
        pendingUnit = pendingCode == null ? null : codeName(pendingCode);
        pendingCode = row;
        claimed.add(row.line());
        return;
      }
      flushCode();
      String first = filled.get(0).text();
      if (filled.size() == 1 && PROJECT_OVERVIEW.matcher(first).matches()) {
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
      if (isFlattened(row)) {
        // Label cells inside a flattened table (项目名称 国家基本公共卫生服务 主管部门 …) describe its project.
        for (int k = 0; k + 1 < filled.size(); k++) {
          if (ProjectHeaderBlock.isLoneLabel(filled.get(k).text()) && filled.get(k + 1).is(Cell.Kind.TEXT)
              && !ProjectHeaderBlock.isLabel(filled.get(k + 1).text())) {
            headerBlock.accept(new Row(row.line(), List.of(filled.get(k).text(), filled.get(k + 1).text())));
          }
        }
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
          && !NOT_A_NAME.matcher(row.filledCells().get(0).strip()).matches()) {
        // A line that may name the project an overview (【项目概况】) below it describes.
        lastText = row.filledCells().get(0).strip();
      }
      records.line(row, cells);
    }

    /** The first run of at least three headings, one naming the indicator or its category, among other cells. */
    private static int[] headingRun(List<Cell> cells) {
      for (int i = 0; i < cells.size(); i++) {
        if (!cells.get(i).is(Cell.Kind.HEADER)) {
          continue;
        }
        int j = i;
        int count = 0;
        boolean anchor = false;
        while (j < cells.size() && (cells.get(j).is(Cell.Kind.HEADER) || cells.get(j).isBlank())) {
          if (cells.get(j).is(Cell.Kind.HEADER)) {
            count++;
            anchor |= cells.get(j).role().anchor;
          }
          j++;
        }
        if (count >= 3 && anchor) {
          return new int[] {i, j};
        }
        i = j;
      }
      return null;
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
      if (!headerCells.isEmpty() && filled.size() == 1 && HEADING_FRAGMENT.matcher(filled.get(0).text()).matches()
          && !(filled.get(0).text().equals("指标") && after != null && after.is(Cell.Kind.HEADER))) {
        // 年度 / 指标值 on lines of their own: a heading a line break cut in two.
        return true;
      }
      if (!headerCells.isEmpty() && filled.size() == 1 && filled.get(0).is(Cell.Kind.TEXT) && filled.get(0).text().length() <= 8
          && after != null && after.is(Cell.Kind.HEADER)) {
        // A heading the vocabulary does not know (评价指标, 指标属性) between known ones, one per line.
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
      boolean anchor = filled.stream().anyMatch(c -> c.is(Cell.Kind.HEADER) && c.role().anchor
          || headings >= 2 && c.is(Cell.Kind.TEXT) && Schema.NAME_HEADINGS.contains(c.text().replaceAll("\\s+", "")));
      return anchor && (headings >= 2 || filled.size() == 1);
    }

    /** A header ends at the first line that is not part of it. */
    private void closeHeader() {
      if (headerCells.isEmpty()) {
        return;
      }
      boolean positional = headerRows.stream().anyMatch(r -> r.cells().size() > 1);
      Schema schema = Schema.of(stacked(), positional);
      long roles = schema.columns().stream().filter(Objects::nonNull).distinct().count();
      if (roles >= 2 && (schema.isIndicatorTable() || schema.isProjectTable())) {
        sawHeader = true;
        if (schema.isProjectTable() && headerRows.size() == 1) {
          projectHeader = Header.of(headerRows.get(0)).orElse(null);
        } else {
          projectHeader = null;
          records.schema(schema);
        }
      }
      headerCells.clear();
      headerRows.clear();
    }

    /**
     * The header's cells. Two rows of cells where the second holds only 一级 / 二级 / 三级指标 are one
     * header whose first row spans them (绩效指标 or 评价指标 over three columns): the sub-headings take
     * the spanning cell's place.
     */
    private List<Cell> stacked() {
      if (headerRows.size() != 2 || headerRows.stream().anyMatch(r -> r.cells().size() < 2)) {
        return headerCells;
      }
      int split = CellCutter.cells(headerRows.get(0)).size();
      if (split <= 0 || split >= headerCells.size()) {
        return headerCells;
      }
      List<Cell> first = headerCells.subList(0, split);
      List<Cell> second = headerCells.subList(split, headerCells.size()).stream().filter(c -> !c.isBlank()).toList();
      boolean levels = !second.isEmpty() && second.stream().allMatch(c -> c.is(Cell.Kind.HEADER)
          && (c.role() == ColumnRole.LEVEL1 || c.role() == ColumnRole.LEVEL2 || c.role() == ColumnRole.LEVEL3));
      int parent = -1;
      for (int i = 0; i < first.size() && parent < 0; i++) {
        Cell c = first.get(i);
        boolean spans = c.is(Cell.Kind.HEADER) && c.role() == ColumnRole.INDICATORS
            || c.is(Cell.Kind.TEXT) && Schema.NAME_HEADINGS.contains(c.text().replaceAll("\\s+", ""));
        parent = spans ? i : -1;
      }
      if (!levels || parent < 0) {
        return headerCells;
      }
      List<Cell> out = new ArrayList<>(first.subList(0, parent));
      out.addAll(second);
      out.addAll(first.subList(parent + 1, first.size()));
      return out;
    }

    private static String codeName(Row row) {
      Matcher m = CODE_LINE.matcher(String.join("", row.filledCells()).replaceAll("\\s+", ""));
      return m.matches() ? m.group(2) : null;
    }

    private void flushCode() {
      if (pendingCode == null) {
        return;
      }
      Matcher m = CODE_LINE.matcher(String.join("", pendingCode.filledCells()).replaceAll("\\s+", ""));
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

  /**
   * Lines that look like indicators — a category word, or a text beside a target — but gave none and
   * belong to no header, label or project row.
   */
  private static List<String> unreadLines(List<Row> rows, List<List<Cell>> lines, Walk walk) {
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (walk.claimed.contains(row.line())) {
        continue;
      }
      List<Cell> cells = lines.get(i);
      boolean category = cells.stream().anyMatch(c -> c.is(Cell.Kind.CATEGORY));
      boolean target = cells.stream().anyMatch(c -> c.is(Cell.Kind.VALUE) && c.shape() == org.jixiao.ingest.value.ValueGrammar.Shape.MEASURE);
      boolean text = cells.stream().anyMatch(c -> c.is(Cell.Kind.TEXT) && c.text().length() >= 2);
      if ((category && text) || (target && text && !MONEY_ROW.matcher(row.text()).matches())) {
        unread.add(row.line() + ":" + UnreadLines.excerpt(row.text()));
      }
    }
    return unread;
  }

  private Document build(
      String documentId, String file, DocumentMeta meta, RecognitionContext context, List<ProjectDraft> drafts, Assessment assessment) {
    YearInference.Year year = YearInference.infer(meta.statedYear(), drafts);
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      projects.add(project(documentId + "-p" + (i + 1), drafts.get(i), meta, context, drafts.size() == 1 ? assessment : null));
    }
    checkTotal(file, context.declaredTotal(), projects, context);
    Set<String> units = new LinkedHashSet<>();
    Set<String> departments = new LinkedHashSet<>();
    projects.forEach(p -> {
      units.add(p.unit());
      departments.add(p.department());
    });
    String department = meta.department() != null ? meta.department() : single(departments);
    String unit = meta.unit() != null ? meta.unit() : single(units);
    Region region = regions.resolve(unit, department);
    DocumentKind kind = context.selfEvaluation() ? DocumentKind.SELF_EVALUATION : DocumentKind.TARGET_TABLE;
    return new Document(
        documentId, file, kind, meta.title(), region.city(), region.district(),
        department == null ? null : OrgNames.canonical(department), unit == null ? null : OrgNames.canonical(unit),
        year.year(), year.basis(), context.declaredTotal(), projects, context.warnings());
  }

  private Project project(String id, ProjectDraft d, DocumentMeta meta, RecognitionContext context, Assessment assessment) {
    String name = d.name;
    if (name == null) {
      name = "（未注明项目名称）";
      context.warn("第" + d.source.line() + "行起的指标没有项目名称 / indicators from line " + d.source.line() + " have no project name");
    }
    String unit = OrgNames.canonical(d.unitRaw);
    String department = OrgNames.canonical(d.department);
    Region region = regions.resolve(d.unitRaw, d.department, meta.unit(), meta.department());
    return new Project(
        id, name, unit, Objects.equals(unit, d.unitRaw) ? null : d.unitRaw, department,
        region.city(), region.district(), d.budget, d.goal(),
        withIds(id + "-i", d.indicators), withIds(id + "-b", d.budgetExecution),
        assessment, d.flags, d.source);
  }

  private static List<Indicator> withIds(String prefix, List<Indicator> indicators) {
    List<Indicator> out = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      out.add(indicators.get(i).withId(prefix + (i + 1)));
    }
    return out;
  }

  private static void checkTotal(String file, BigDecimal declared, List<Project> projects, RecognitionContext context) {
    if (declared == null) {
      return;
    }
    BigDecimal sum = projects.stream()
        .filter(p -> p.budget() != null)
        .map(p -> p.budget().total())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.subtract(declared).abs().compareTo(new BigDecimal("0.005")) > 0) {
      context.warn(
          file + "：合计 " + declared.toPlainString() + " 万元与各项目之和 " + sum.toPlainString() + " 万元不符 / "
              + file + ": the declared total " + declared.toPlainString() + " does not match the sum of projects " + sum.toPlainString());
    }
  }

  private static String single(Set<String> values) {
    values.remove(null);
    Set<String> canonical = new LinkedHashSet<>();
    values.forEach(v -> canonical.add(OrgNames.canonical(v)));
    return canonical.size() == 1 ? values.iterator().next() : null;
  }
}
