package org.jixiao.ingest.fuzz;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.testing.CleanParse;

/**
 * Parser fuzzing: random bytes, random text, and mutations of the seed files (truncation, shuffled
 * and duplicated lines, flipped bytes, re-encoding, very long lines, deep markup nesting). Every input
 * either parses or fails with a clean per-file message, within a time bound; nothing else may escape.
 *
 * <p>CI runs a small sample (jqwik.tries.default in junit-platform.properties); a nightly-size run,
 * over 100,000 inputs in all with {@code BinaryFormatFuzzTest}: {@code mvn test
 * -Dtest='ParserFuzzTest,BinaryFormatFuzzTest' -Djqwik.tries.default=25000}.
 */
class ParserFuzzTest {

  static final List<byte[]> SEEDS = seeds();

  static List<byte[]> seeds() {
    List<byte[]> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("data"), Path.of("src/test/resources/real-world"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      // Every table, the hand-counted real-world corpus included; not its counts and manifest.
      try (var files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt") || dir.equals(Path.of("data"))).sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  @Property
  void randomBytes(@ForAll("bytes") byte[] input, @ForAll("extensions") String extension) throws Exception {
    CleanParse.check("fuzz." + extension, input);
  }

  @Property
  void randomTableishText(@ForAll("tableish") String text) throws Exception {
    CleanParse.check("fuzz.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void mutatedSeeds(@ForAll("mutations") byte[] input) throws Exception {
    CleanParse.check("fuzz.txt", input);
  }

  @Property(tries = 3)
  void veryLongLinesAndDeepNesting(@ForAll("huge") byte[] input) throws Exception {
    CleanParse.check("fuzz.txt", input);
  }

  /** Random bytes under every extension, so each format's reader meets them. */
  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("txt", "html", "xlsx", "xls", "docx", "pdf");
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
  }

  @Provide
  Arbitrary<String> tableish() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.of("项目名称", "一级指标", "二级指标", "三级指标", "指标值", "绩效指标", "绩效目标", "合计", "产出指标",
            "效益指标", "满意度指标", "≥95%", "≤3", "无", "/", "100%", "1、产出指标：", "，年度指标值：", "单位名称：", "|", "\t", "---"),
        Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMaxLength(6),
        Arbitraries.strings().ascii().ofMaxLength(6));
    return cell.list().ofMaxSize(60).map(cells -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        b.append(cells.get(i)).append(i % 7 == 6 ? "\n" : "\t");
      }
      return b.toString();
    });
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    return Arbitraries.integers().between(0, SEEDS.size() - 1)
        .flatMap(i -> Arbitraries.longs().map(seed -> mutate(SEEDS.get(i), new Random(seed))));
  }

  @Provide
  Arbitrary<byte[]> huge() {
    return Arbitraries.of(
        ("项目名称\t绩效指标\n某项目\t" + "1、产出指标：甲，年度指标值：≥95%。".repeat(300_000)).getBytes(StandardCharsets.UTF_8),
        ("|" + "一级指标|".repeat(2_000_000) + "\n").getBytes(StandardCharsets.UTF_8),
        ("<table>".repeat(100_000) + "<tr><td>项目名称</td></tr>" + "</table>".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
  }

  static byte[] mutate(byte[] original, Random r) {
    String text = new String(original, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    switch (r.nextInt(7)) {
      case 0 -> { return java.util.Arrays.copyOf(original, r.nextInt(original.length + 1)); }
      case 1 -> Collections.shuffle(lines, r);
      case 2 -> {
        for (int i = 0; i < 5 && !lines.isEmpty(); i++) {
          lines.add(r.nextInt(lines.size()), lines.get(r.nextInt(lines.size())));
        }
      }
      case 3 -> {
        byte[] copy = original.clone();
        for (int i = 0; i < 1 + copy.length / 50; i++) {
          if (copy.length > 0) {
            copy[r.nextInt(copy.length)] = (byte) r.nextInt(256);
          }
        }
        return copy;
      }
      case 4 -> { return text.getBytes(Charset.forName(r.nextBoolean() ? "GB18030" : "UTF-16LE")); }
      case 5 -> {
        // Mixed encodings: half the file re-encoded.
        int cut = text.length() / 2;
        byte[] head = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(cut).getBytes(Charset.forName("GB18030"));
        byte[] both = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, both, head.length, tail.length);
        return both;
      }
      default -> {
        int i = lines.isEmpty() ? 0 : r.nextInt(lines.size());
        if (!lines.isEmpty()) {
          lines.set(i, lines.get(i).replace("\t", r.nextBoolean() ? "" : "\t\t\t"));
        }
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
