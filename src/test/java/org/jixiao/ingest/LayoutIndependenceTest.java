package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same table written the ways exports write it reads the same: every project of the bundled
 * corpus is written again under a plain header (一级指标 | 二级指标 | 三级指标 | 指标值) as tabs, pipes,
 * CSV as a spreadsheet saves it, cells joined by single spaces, one cell per line, a whole table flattened into one line, and cells
 * glued with no separator, each with its category cells repeated, merged away, or centred in the rows they cover. Where the cells
 * are kept apart (tabs, pipes, CSV) every indicator must come back with its target as written; for the
 * layouts that lose the borders the share that does may not fall below what was measured.
 */
class LayoutIndependenceTest {

  record Row(String level1, String level2, String name, String target) {}

  private static List<List<Row>> tables;

  @BeforeAll
  static void readTheBundledCorpus() throws Exception {
    tables = new ArrayList<>();
    for (Document d : Ingestor.standard().ingest(List.of(Path.of("data"))).documents()) {
      for (Project p : d.projects()) {
        List<Row> rows = new ArrayList<>();
        for (Indicator i : p.indicators()) {
          if (i.target() != null && i.level1() != null) {
            rows.add(new Row(i.level1(), i.level2() == null ? "" : i.level2(), i.name(), i.target().raw()));
          }
        }
        if (rows.size() >= 2) {
          tables.add(rows);
        }
      }
    }
  }

  static String write(String layout, String project, List<Row> rows) {
    boolean centred = layout.endsWith("-centred");
    boolean merged = layout.endsWith("-merged") || centred;
    List<String[]> cells = new ArrayList<>();
    Row previous = null;
    for (Row r : rows) {
      boolean sameLevel1 = merged && previous != null && previous.level1().equals(r.level1());
      boolean sameLevel2 = sameLevel1 && previous.level2().equals(r.level2());
      cells.add(new String[] {sameLevel1 ? "" : r.level1(), sameLevel2 ? "" : r.level2(), r.name(), r.target()});
      previous = r;
    }
    String[] header = {"一级指标", "二级指标", "三级指标", "指标值"};
    // centred: the merged categories' text beside the middle of the rows they cover, as a PDF's text layer prints it
    return TableLayouts.write(layout.replace("-centred", "-merged"), null, project, header, centred ? TableLayouts.centred(cells) : cells);
  }

  /** The share of indicators read back with their target as written, over every project. */
  static double readBack(String layout) {
    return readBack(layout, false);
  }

  /**
   * The share of indicators read back with their target as written, over every project, and with {@code level1}
   * under their level 1 as well.
   */
  static double readBack(String layout, boolean level1) {
    int expected = 0;
    int right = 0;
    for (List<Row> rows : tables) {
      String project = "项目" + expected;
      List<String> read = new ArrayList<>();
      try {
        Document d = Ingestor.standard().read("t.txt", write(layout, project, rows).getBytes(StandardCharsets.UTF_8));
        d.projects().forEach(p -> p.indicators().forEach(i -> read.add((level1 ? i.level1() + ":" : "") + i.name() + "="
            + (i.target() == null ? "" : i.target().raw()))));
      } catch (Exception unread) {
        // nothing read: every indicator of the table counts as missed
      }
      for (Row r : rows) {
        expected++;
        if (read.contains((level1 ? r.level1() + ":" : "") + r.name() + "=" + r.target())) {
          right++;
        }
      }
    }
    return right / (double) expected;
  }

  @Test
  void theCorpusGivesEnoughTablesToMeasure() {
    assertThat(tables).hasSizeGreaterThan(40);
    assertThat(tables.stream().mapToInt(List::size).sum()).isGreaterThan(200);
  }

  @Test
  void cellsKeptApartReadBackExactly() {
    for (String layout : List.of("tabs", "pipes", "csv", "tabs-merged", "pipes-merged", "csv-merged")) {
      assertThat(readBack(layout)).as(layout).isEqualTo(1.0);
    }
  }

  /**
   * Measured 2026-12-06 (session 16), raised in session 18 (glued 0.68 -> 0.774, glued-merged 0.67 -> 0.766,
   * spaces 0.88 -> 0.915, spaces-merged 0.83 -> 0.871, cell-per-line 0.94 -> 0.947, its merged form 0.92 -> 0.931,
   * flattened 0.93 -> 0.943, its merged form 0.86 -> 0.887) by answers, doubled values, comparison and change
   * words cut from glued text, notes in brackets kept with their values, and names before signed targets;
   * session 19: spaces 0.927 (merged 0.879), flattened 0.951 (0.895) by a target written with its name
   * after the name's cell (项目验收合格率 项目验收合格率100%) and a coined category word before any target
   * read as a name (服务满意度指标 满意); glued 0.778 (0.770) by a grade no name ends with (优秀, 良好)
   * ending a glued text; session 20, by the rules judged on the development tables written the same ways
   * (DevelopmentTablesLayoutsTest): spaces 0.940 (merged 0.911), flattened merged 0.915. Raise them when a
   * change reads better.
   */
  @Test
  void layoutsThatLoseTheirBordersReadBackAtLeastAsMeasured() {
    Map<String, Double> floors = Map.of(
        "spaces", 0.939, "spaces-merged", 0.911, "cell-per-line", 0.947, "cell-per-line-merged", 0.931,
        "flattened", 0.951, "flattened-merged", 0.915, "glued", 0.778, "glued-merged", 0.770);
    floors.forEach((layout, floor) -> assertThat(readBack(layout)).as(layout).isGreaterThanOrEqualTo(floor));
  }

  /**
   * Measured 2026-12-07 (session 26): the categories centred in the rows they cover, as a PDF's text layer prints
   * merged cells (TableLayouts.centred). Targets read as with the categories merged away at the top; with their level
   * 1 as well, first read tabs 0.883, spaces 0.819, one cell per line 0.831, flattened 0.810, glued 0.718; after
   * CentredCategories 0.923, 0.851, 0.863, 0.847, 0.754.
   */
  @Test
  void categoriesCentredInTheirRowsReadBackAtLeastAsMeasured() {
    Map<String, double[]> floors = Map.of(
        "tabs-centred", new double[] {0.991, 0.922}, "spaces-centred", new double[] {0.918, 0.850},
        "cell-per-line-centred", new double[] {0.934, 0.862}, "flattened-centred", new double[] {0.894, 0.846},
        "glued-centred", new double[] {0.801, 0.753});
    floors.forEach((layout, floor) -> {
      assertThat(readBack(layout)).as(layout).isGreaterThanOrEqualTo(floor[0]);
      assertThat(readBack(layout, true)).as(layout + " with level 1").isGreaterThanOrEqualTo(floor[1]);
    });
  }
}
