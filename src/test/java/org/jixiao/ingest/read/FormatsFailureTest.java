package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.FileFailure;
import org.jixiao.ingest.IngestResult;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.SourceFile;
import org.jixiao.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files fail one by one with their reason, Chinese first; the good files beside them are read. */
class FormatsFailureTest {

  @TempDir Path dir;

  @Test
  void eachBadFileFailsWithItsReasonWhileTheGoodOnesAreRead() throws Exception {
    SeedRows seed = SeedRows.load();
    byte[] xlsx = SpreadsheetSheetReaderTest.seedWorkbook(seed, XSSFWorkbook::new);
    Map<String, byte[]> files = new TreeMap<>();
    files.put("good.xlsx", xlsx);
    files.put("text-named.xlsx", seed.text.getBytes(StandardCharsets.UTF_8));
    files.put("truncated.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
    files.put("no-table.html", "<html><body><h1>绩效目标</h1><p>没有表格</p></body></html>".getBytes(StandardCharsets.UTF_8));
    files.put("empty.txt", new byte[0]);
    files.put("encrypted.pdf", PdfSheetReaderTest.encryptedPdf());
    files.put("scanned.pdf", PdfSheetReaderTest.blankPdf());
    files.put("good.pdf", PdfSheetReaderTest.seedPdf(seed));
    List<SourceFile> sources = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path path = dir.resolve(f.getKey());
      Files.write(path, f.getValue());
      sources.add(new SourceFile(path, f.getKey()));
    }

    IngestResult result = Ingestor.standard().ingestFiles(sources);

    assertThat(result.failures()).extracting(FileFailure::file, FileFailure::reason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("truncated.xlsx", "Excel 文件已损坏或加密 / the Excel file is corrupt or encrypted"),
        org.assertj.core.groups.Tuple.tuple("no-table.html", "网页中没有表格 / no table in the HTML page"),
        org.assertj.core.groups.Tuple.tuple("empty.txt", "文件为空 / the file is empty"),
        org.assertj.core.groups.Tuple.tuple("encrypted.pdf", "PDF 已加密 / the PDF is encrypted"),
        org.assertj.core.groups.Tuple.tuple("scanned.pdf", "PDF 中没有可提取的文字（可能是扫描件）/ no text in the PDF (scanned?)"));
    assertThat(result.documents()).extracting(Document::sourceFile).containsExactlyInAnyOrder("good.xlsx", "good.pdf", "text-named.xlsx");
    for (Document d : result.documents()) {
      seed.assertSameAsSeed(d);
    }
  }
}
