package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.recognise.TableRecogniser;
import org.jixiao.ingest.region.RegionResolver;
import org.jixiao.testing.FormatFixtures;
import org.jixiao.util.Deadline;
import org.junit.jupiter.api.Test;

/**
 * Every reader and the recogniser look at the time budget while they work, so a spent budget stops
 * them (the budget here is spent before they start: each must reach a check on its way).
 */
class ReadBudgetTest {

  private static Map<String, byte[]> everyFormat() throws Exception {
    SeedRows seed = SeedRows.load();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("x.txt", seed.text.getBytes(StandardCharsets.UTF_8));
    files.put("x.xlsx", SpreadsheetSheetReaderTest.seedWorkbook(seed, XSSFWorkbook::new));
    files.put("x.xls", SpreadsheetSheetReaderTest.seedWorkbook(seed, HSSFWorkbook::new));
    files.put("x.docx", FormatFixtures.docx(seed.unitLine, seed.table));
    files.put("x.pdf", FormatFixtures.pdf(seed.unitLine, seed.table));
    files.put("x.html", FormatFixtures.html(seed.unitLine, seed.table).getBytes(StandardCharsets.UTF_8));
    files.put("x.doc", Files.readAllBytes(Path.of("src/test/resources/formats/merged-indicators.doc")));
    return files;
  }

  private static SheetReader readerFor(byte[] content) {
    return java.util.stream.Stream.of(new DocxSheetReader(), new DocSheetReader(), new SpreadsheetSheetReader(), new PdfSheetReader(),
            new HtmlSheetReader(), new TextSheetReader())
        .filter(r -> r.accepts(content))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyReaderStopsWhenTheBudgetIsSpent() throws Exception {
    for (Map.Entry<String, byte[]> file : everyFormat().entrySet()) {
      SheetReader reader = readerFor(file.getValue());
      assertThat(reader.read(file.getKey(), file.getValue()).rows()).as(file.getKey()).isNotEmpty();
      try (Deadline.Scope spent = Deadline.start(Duration.ZERO)) {
        assertThatThrownBy(() -> reader.read(file.getKey(), file.getValue())).as(file.getKey()).isInstanceOf(Deadline.Exceeded.class);
      }
    }
  }

  @Test
  void theRecogniserStopsWhenTheBudgetIsSpent() throws Exception {
    Sheet sheet = new TextSheetReader().read("x.txt", SeedRows.load().text.getBytes(StandardCharsets.UTF_8));
    TableRecogniser recogniser = new TableRecogniser(RegionResolver.bundled());
    assertThat(recogniser.recognise(sheet, "d").indicatorCount()).isEqualTo(8);
    try (Deadline.Scope spent = Deadline.start(Duration.ZERO)) {
      assertThatThrownBy(() -> recogniser.recognise(sheet, "d")).isInstanceOf(Deadline.Exceeded.class);
    }
  }

  /** The ingestor turns a spent budget into the file's reason, in every format. */
  @Test
  void aFileOverItsBudgetIsRefusedWithTheReason() throws Exception {
    Ingestor spent = Ingestor.standard().withBudget(Duration.ZERO);
    for (Map.Entry<String, byte[]> file : everyFormat().entrySet()) {
      assertThat(Ingestor.standard().read(file.getKey(), file.getValue()).indicatorCount()).as(file.getKey()).isPositive();
      assertThatThrownBy(() -> spent.read(file.getKey(), file.getValue()))
          .as(file.getKey())
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("读取超时（上限 1 秒），未读取 / reading took longer than 1 s: the file is not read");
    }
  }
}
