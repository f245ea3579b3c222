package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.Ingestor;
import org.junit.jupiter.api.Test;

/**
 * Table reading may not regress on the development part of the real-table corpus: recall, precision
 * and target accuracy stay at or above the figures recorded in {@code reading-floors.yaml}. The
 * held-out part is checked by {@link HeldOutTablesIT}, in {@code mvn verify} only, so that no one
 * tunes the recogniser by watching it.
 */
class RealTablesRegressionTest {

  static final Path CORPUS = Path.of("src/test/resources/real-world/corpus");

  /** A figure as the command prints it and the floors record it: three decimals. */
  static double printed(double figure) {
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3f", figure));
  }

  @Test
  void theDevelopmentTablesReadAtLeastAsWellAsRecorded() throws Exception {
    assertAtLeastRecorded("dev");
  }

  /**
   * The development tables read with each other's names and values ({@link ContentSwap}, seeds 1 to 3,
   * summed) read at least as well as recorded: a rule that holds only for one table's words lowers
   * these figures though the tables themselves still read.
   */
  @Test
  void theDevelopmentTablesWithTheirContentExchangedReadAtLeastAsWellAsRecorded() throws Exception {
    JsonNode floors = new ObjectMapper(new YAMLFactory()).readTree(CORPUS.resolve("reading-floors.yaml").toFile()).path("exchanged");
    TableManifest manifest = TableManifest.read(CORPUS.resolve("manifest.tsv"));
    int counted = 0, read = 0, matched = 0, targets = 0;
    for (JsonNode seed : floors.path("seeds")) {
      IngestEvaluation.Score s = IngestEvaluation.runSwapped(manifest, seed.asLong(), Ingestor.standard());
      counted += s.counted();
      read += s.read();
      matched += s.matched();
      targets += s.targetsRight();
    }
    String measured = String.format("exchanged, seeds %s: %d counted, %d read, %d matched, %d targets right",
        floors.path("seeds"), counted, read, matched, targets);
    assertThat(floors.path("seeds").size()).as(measured).isPositive();
    assertThat(printed((double) matched / counted)).as(measured).isGreaterThanOrEqualTo(floors.path("recall").asDouble(2));
    assertThat(printed((double) matched / read)).as(measured).isGreaterThanOrEqualTo(floors.path("precision").asDouble(2));
    assertThat(printed((double) targets / matched)).as(measured).isGreaterThanOrEqualTo(floors.path("target_accuracy").asDouble(2));
    assertThat(targets).as(measured).isGreaterThanOrEqualTo(floors.path("targets_right").asInt(Integer.MAX_VALUE));
  }

  /**
   * The development tables written in traditional characters, with full-width digits and signs, and
   * with no-break spaces, read exactly as written in simplified, half-width ones with plain spaces: the same indicators matched and read, the
   * same targets and actuals right, file by file. The recogniser's words are simplified and its value
   * grammar half-width; a rule that looks at a cell's text unfolded breaks this.
   */
  @Test
  void theDevelopmentTablesReadTheSameInTraditionalCharactersFullWidthDigitsAndNoBreakSpaces() throws Exception {
    TableManifest manifest = TableManifest.read(CORPUS.resolve("manifest.tsv"));
    IngestEvaluation.Score plain = IngestEvaluation.run(manifest, "dev", Ingestor.standard());
    for (IngestEvaluation.Score converted : List.of(
        IngestEvaluation.runTraditional(manifest, manifest.tables(), Ingestor.standard()),
        IngestEvaluation.runFullWidth(manifest, manifest.tables(), Ingestor.standard()),
        IngestEvaluation.runNoBreakSpaces(manifest, manifest.tables(), Ingestor.standard()))) {
      assertThat(converted.files()).hasSameSizeAs(plain.files()).isNotEmpty();
      for (int i = 0; i < plain.files().size(); i++) {
        IngestEvaluation.FileScore s = plain.files().get(i);
        IngestEvaluation.FileScore t = converted.files().get(i);
        assertThat(List.of(t.read(), t.matched(), t.targetsRight(), t.actualsRight())).as(s.table().file() + ", " + converted.split())
            .isEqualTo(List.of(s.read(), s.matched(), s.targetsRight(), s.actualsRight()));
      }
    }
  }

  /**
   * The development tables written as markdown pipes, written again one cell per line and with single
   * spaces between cells, their empty cells dropped ({@link PipeRendering}: how other pages render the
   * same HTML table), read at least as well as recorded. The tables keep every quirk of their own; only
   * the rendering changes, so a rule that needs the pipes to see the form lowers these figures.
   */
  @Test
  void theDevelopmentPipeTablesWrittenAgainOneCellPerLineOrWithSpacesReadAtLeastAsRecorded() throws Exception {
    JsonNode floors = new ObjectMapper(new YAMLFactory()).readTree(CORPUS.resolve("reading-floors.yaml").toFile()).path("rendered");
    TableManifest manifest = TableManifest.read(CORPUS.resolve("manifest.tsv"));
    for (PipeRendering.Mode mode : PipeRendering.Mode.values()) {
      JsonNode floor = floors.path(mode.name().toLowerCase(java.util.Locale.ROOT));
      IngestEvaluation.Score s = IngestEvaluation.runRendered(manifest, manifest.split("dev"), mode, Ingestor.standard());
      String measured = String.format("%s: %d files, %d counted, %d read, %d matched, %d targets right",
          s.split(), s.files().size(), s.counted(), s.read(), s.matched(), s.targetsRight());
      assertThat(s.files()).as(measured).hasSizeGreaterThanOrEqualTo(20);
      assertThat(floor.isMissingNode()).as(mode + " has floors").isFalse();
      assertThat(printed(s.recall())).as(measured).isGreaterThanOrEqualTo(floor.path("recall").asDouble(2));
      assertThat(printed(s.precision())).as(measured).isGreaterThanOrEqualTo(floor.path("precision").asDouble(2));
      assertThat(printed(s.targetAccuracy())).as(measured).isGreaterThanOrEqualTo(floor.path("target_accuracy").asDouble(2));
      assertThat(printed(s.level1Accuracy())).as(measured + ", level 1").isGreaterThanOrEqualTo(floor.path("level1_accuracy").asDouble(0));
    }
  }

  static void assertAtLeastRecorded(String split) throws Exception {
    JsonNode floors = new ObjectMapper(new YAMLFactory()).readTree(CORPUS.resolve("reading-floors.yaml").toFile()).path(split);
    IngestEvaluation.Score s = IngestEvaluation.run(TableManifest.read(CORPUS.resolve("manifest.tsv")), split, Ingestor.standard());
    String measured = String.format("%s: %d files read, recall %.3f, precision %.3f, target accuracy %.3f (%d right)",
        split, s.filesRead(), s.recall(), s.precision(), s.targetAccuracy(), s.targetsRight());
    assertThat(s.files()).as(measured).isNotEmpty();
    assertThat(s.filesRead()).as(measured).isGreaterThanOrEqualTo(floors.path("files_read").asInt(Integer.MAX_VALUE));
    assertThat(printed(s.recall())).as(measured).isGreaterThanOrEqualTo(floors.path("recall").asDouble(2));
    assertThat(printed(s.precision())).as(measured).isGreaterThanOrEqualTo(floors.path("precision").asDouble(2));
    assertThat(printed(s.targetAccuracy())).as(measured).isGreaterThanOrEqualTo(floors.path("target_accuracy").asDouble(2));
    // The share can dip when newly read indicators come with imperfect targets; the count of right
    // targets may not.
    assertThat(s.targetsRight()).as(measured).isGreaterThanOrEqualTo(floors.path("targets_right").asInt(0));
    // Likewise the indicators read under their right level 1, which a reading of centred categories moved.
    assertThat(s.level1Right()).as(measured + ", level 1 right " + s.level1Right()).isGreaterThanOrEqualTo(floors.path("level1_right").asInt(0));
    // And the self-evaluations' actuals read as counted, the figure a self-evaluation's reader most needs.
    assertThat(s.actualsRight()).as(measured + ", actuals right " + s.actualsRight()).isGreaterThanOrEqualTo(floors.path("actuals_right").asInt(0));
  }
}
