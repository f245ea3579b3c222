package org.jixiao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.testing.CleanParse;

/**
 * Fuzzing of the binary and markup readers: the seed table written as .xlsx, .xls, .docx, .pdf and
 * .html, then damaged. Zip-based files are damaged both as bytes (a corrupt archive) and inside
 * (one XML part cut, its bytes flipped, or its markup shuffled, then zipped again), so POI's XML
 * paths see malformed content too. Every input must end in a document or a clean per-file failure
 * within {@link CleanParse#LIMIT}.
 */
class BinaryFormatFuzzTest {

  record Fixture(String name, byte[] bytes) {}

  static final List<Fixture> FIXTURES = fixtures();

  static List<Fixture> fixtures() {
    try {
      SeedRows seed = SeedRows.load();
      return List.of(
          new Fixture("seed.xlsx", SpreadsheetSheetReaderTest.seedWorkbook(seed, XSSFWorkbook::new)),
          new Fixture("seed.xls", SpreadsheetSheetReaderTest.seedWorkbook(seed, HSSFWorkbook::new)),
          new Fixture("seed.docx", DocxSheetReaderTest.seedDocx(seed)),
          new Fixture("seed.pdf", PdfSheetReaderTest.seedPdf(seed)),
          new Fixture("seed.html", HtmlSheetReaderTest.html(seed).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property
  void mutatedFormats(@ForAll("mutations") Fixture input) throws Exception {
    CleanParse.check(input.name(), input.bytes());
  }

  @Provide
  Arbitrary<Fixture> mutations() {
    return Arbitraries.of(FIXTURES).flatMap(f -> Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      boolean zip = f.name().endsWith("x");
      byte[] bytes = zip && r.nextBoolean() ? mutateInside(f.bytes(), r) : mutateBytes(f.bytes(), r);
      return new Fixture(f.name(), bytes);
    }));
  }

  static byte[] mutateBytes(byte[] original, Random r) {
    switch (r.nextInt(3)) {
      case 0 -> {
        return Arrays.copyOf(original, r.nextInt(original.length + 1));
      }
      case 1 -> {
        byte[] copy = original.clone();
        for (int i = 0; i < 1 + r.nextInt(20); i++) {
          copy[r.nextInt(copy.length)] = (byte) r.nextInt(256);
        }
        return copy;
      }
      default -> {
        // A block of the file repeated somewhere else: duplicated objects, tables and records.
        int from = r.nextInt(original.length);
        int length = Math.min(original.length - from, 1 + r.nextInt(2_000));
        int at = r.nextInt(original.length + 1);
        byte[] out = new byte[original.length + length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(original, from, out, at, length);
        System.arraycopy(original, at, out, at + length, original.length - at);
        return out;
      }
    }
  }

  /** Re-zips the archive with one XML part damaged. */
  static byte[] mutateInside(byte[] zip, Random r) {
    List<ZipEntry> entries = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(new ZipEntry(e.getName()));
        contents.add(in.readAllBytes());
      }
      int victim = r.nextInt(entries.size());
      byte[] part = contents.get(victim);
      contents.set(victim, r.nextBoolean() ? mutateBytes(part, r) : shuffleMarkup(part, r));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (int i = 0; i < entries.size(); i++) {
          out.putNextEntry(entries.get(i));
          out.write(contents.get(i));
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Swaps two tags' worth of markup, or drops one: elements out of order, unclosed or missing. */
  static byte[] shuffleMarkup(byte[] xml, Random r) {
    String text = new String(xml, StandardCharsets.UTF_8);
    String[] pieces = text.split("(?=<)");
    if (pieces.length < 3) {
      return xml;
    }
    List<String> list = new ArrayList<>(Arrays.asList(pieces));
    int a = 1 + r.nextInt(list.size() - 1);
    int b = 1 + r.nextInt(list.size() - 1);
    if (r.nextBoolean()) {
      String t = list.get(a);
      list.set(a, list.get(b));
      list.set(b, t);
    } else {
      list.remove(a);
    }
    return String.join("", list).getBytes(StandardCharsets.UTF_8);
  }
}
