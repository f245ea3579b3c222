package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.read.SheetReader;
import org.jixiao.ingest.read.TextSheetReader;
import org.jixiao.ingest.recognise.TableRecogniser;
import org.jixiao.util.GiveWay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload in serve (a background thread) reads its files on its own thread while searches run, leaving the other cores to them. */
class BackgroundReadingTest {

  @TempDir Path tmp;

  @AfterEach
  void reset() {
    GiveWay.foreground();
  }

  /** The plain-text reader, noting which thread read each file. */
  static final class RecordingReader implements SheetReader {
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final TextSheetReader text = new TextSheetReader();

    @Override
    public boolean accepts(byte[] content) {
      return text.accepts(content);
    }

    @Override
    public Sheet read(String file, byte[] content) throws java.io.IOException {
      threads.add(Thread.currentThread().getName());
      return text.read(file, content);
    }
  }

  private List<SourceFile> copies(int n) throws Exception {
    List<SourceFile> files = new ArrayList<>();
    byte[] table = Files.readAllBytes(Path.of("data", "000-guangzhou-12345-hotline-centre.txt"));
    for (int i = 0; i < n; i++) {
      Path p = tmp.resolve("t" + i + ".txt");
      Files.write(p, table);
      files.add(new SourceFile(p, p.getFileName().toString()));
    }
    return files;
  }

  @Test
  void aBackgroundThreadReadsEveryFileItselfAndAllAreRead() throws Exception {
    RecordingReader reader = new RecordingReader();
    Ingestor ingestor = new Ingestor(List.of(reader), new TableRecogniser(org.jixiao.ingest.region.RegionResolver.bundled()));
    List<SourceFile> files = copies(24);
    GiveWay.background();
    GiveWay.searchStarts();
    IngestResult result;
    try {
      result = ingestor.ingestFiles(files);
    } finally {
      GiveWay.searchEnds();
    }
    assertThat(result.documents()).hasSize(24);
    assertThat(reader.threads).containsExactly(Thread.currentThread().getName());
  }
}
