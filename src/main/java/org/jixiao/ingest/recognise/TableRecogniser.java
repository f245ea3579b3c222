package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.region.Region;
import org.jixiao.ingest.region.RegionResolver;
import org.jixiao.model.Assessment;
import org.jixiao.model.Document;
import org.jixiao.model.DocumentKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.util.Deadline;

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
    CharacterFold fold = CharacterFold.of(sheet);
    if (!fold.any()) {
      return read(sheet, documentId);
    }
    try {
      return fold.restore(read(CharacterFold.folded(sheet), documentId));
    } catch (UnrecognisedLayoutException e) {
      throw new UnrecognisedLayoutException(fold.restoreQuoted(e.getMessage()));
    }
  }

  private Document read(Sheet sheet, String documentId) throws UnrecognisedLayoutException {
    SheetCells cells = SheetCells.of(sheet);
    List<Row> rows = cells.rows();
    DocumentMeta meta = DocumentMeta.of(cells.metaRows());
    RecognitionContext context = new RecognitionContext(sheet.file(), meta);
    LineWalk walk = new LineWalk(context);
    walk.records.explicitBlanks(cells.cellPerLine());
    for (int i = 0; i < rows.size(); i++) {
      Deadline.check();
      walk.after = cells.firstCellAfter(i);
      walk.records.lookahead(walk.after);
      walk.line(rows.get(i), cells.lines().get(i));
    }
    Row last = Truncation.lastFilled(rows);
    walk.end(last == null ? 0 : last.line());
    List<String> unread = UnreadLines.find(cells, walk.claimed);
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
    if (name == null && meta.unitWide()) {
      // 部门整体支出绩效目标表: a unit-wide table's indicators are the unit's, not a project's; it is named for the unit.
      String org = d.unitRaw != null ? d.unitRaw : d.department != null ? d.department : meta.unit() != null ? meta.unit() : meta.department();
      name = (org == null ? "部门" : OrgNames.canonical(org)) + "整体支出";
    }
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
