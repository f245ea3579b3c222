package org.jixiao.ingest.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * Reads a {@link Sheet} into a {@link Document}. It walks the rows once: header rows (found by their
 * vocabulary) switch between the project-per-row and indicator-per-row readers; rows outside tables
 * feed the project header block; single-cell lines are titles and labels. What it reads depends on the
 * content alone, never on the file name.
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
    List<String> cutWarnings = new ArrayList<>();
    List<Row> rows = HeaderLines.join(VerticalCells.regroup(
        FlattenedTable.split(GluedColumns.split(sheet.rows(), cutWarnings::add), cutWarnings::add)));
    DocumentMeta meta = DocumentMeta.of(rows);
    RecognitionContext context = new RecognitionContext(sheet.file(), meta);
    cutWarnings.forEach(context::warn);
    ProjectHeaderBlock headerBlock = new ProjectHeaderBlock(context);
    ProjectTableReader projectTable = new ProjectTableReader(context);
    IndicatorTableReader indicatorTable = new IndicatorTableReader(context, headerBlock);
    HeadedIndicatorReader headedIndicators = new HeadedIndicatorReader(context);
    Header header = null;
    boolean sawHeader = false;
    Header lastHeader = null;
    Row lastRow = Truncation.lastFilled(rows);
    Row lastTableRow = null;
    for (Row row : rows) {
      Optional<Header> found = Header.of(row);
      if (found.isPresent() && (found.get().isProjectTable() || found.get().isIndicatorTable())) {
        header = found.get();
        sawHeader = true;
        indicatorTable.reset();
        if (header.has(ColumnRole.ACTUAL)) {
          context.markSelfEvaluation();
        }
        continue;
      }
      if (header == null && headedIndicators.accept(row)) {
        continue;
      }
      if (header != null && header.isIndicatorTable() && indicatorTable.section(header, row)) {
        continue;
      }
      if (row == lastRow && header != null && header.isIndicatorTable() && Truncation.nameMayBeCut(header, row)) {
        Truncation.warn(context, Truncation.lastFilled(sheet.rows()).line());
        continue;
      }
      if (row.filledCells().size() < 2) {
        // 项目名称：X on a line of its own still names the project.
        if (row.filledCells().size() == 1 && headerBlock.startsProject(row)) {
          header = null;
          headerBlock.accept(row);
        }
        continue;
      }
      if (header == null) {
        headerBlock.accept(row);
      } else if (header.isProjectTable()) {
        projectTable.accept(header, row);
      } else if (headerBlock.startsProject(row)) {
        header = null;
        headerBlock.accept(row);
      } else {
        indicatorTable.accept(header, row);
        lastTableRow = row;
        lastHeader = header;
      }
    }
    Truncation.check(rows, lastHeader, lastTableRow, Truncation.lastFilled(sheet.rows()), context);
    if (headedIndicators.cutProjectLine() != null) {
      Truncation.warn(context, Truncation.lastFilled(rows).line());
    }
    List<ProjectDraft> drafts = context.projects().stream().filter(p -> !p.indicators.isEmpty() || !p.budgetExecution.isEmpty() || p.name != null && p.budget != null).toList();
    if (drafts.isEmpty() || drafts.stream().allMatch(p -> p.indicators.isEmpty() && p.budgetExecution.isEmpty())) {
      if (!cutWarnings.isEmpty()) {
        throw new UnrecognisedLayoutException(String.join("；", cutWarnings));
      }
      throw new UnrecognisedLayoutException(
          sawHeader
              ? "找到表头，但没有读到任何绩效指标 / found a table header but no indicators under it"
              : "未识别的表格布局：没有找到含“项目名称”“绩效指标”或“一级指标”的表头 / unrecognised layout: no header row naming 项目名称, 绩效指标 or 一级指标");
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
