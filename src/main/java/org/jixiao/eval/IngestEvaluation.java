package org.jixiao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.recognise.UnrecognisedLayoutException;
import org.jixiao.vocabulary.Categories;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * Table-reading quality on hand-counted real tables: per file and in total, indicator recall (counted
 * indicators that were read), precision (read indicators a person would count) and target accuracy
 * (read indicators whose target is the counted one), micro-averaged over indicators.
 */
public final class IngestEvaluation {

  private IngestEvaluation() {}

  /** One file's figures; {@code failure} is the reason the file was not read, else null. */
  public record FileScore(
      TableManifest.Table table, int counted, int read, int matched, int targetsRight, int actualsCounted,
      int actualsRight, int level1Right, String failure, List<String> missed, List<String> extra,
      List<String> wrongTargets) {}

  /** Totals over a set of files. */
  public record Score(
      String split, List<FileScore> files, int counted, int read, int matched, int targetsRight,
      int actualsCounted, int actualsRight, int level1Right, int filesRead) {

    public double recall() {
      return counted == 0 ? 0 : (double) matched / counted;
    }

    public double precision() {
      return read == 0 ? 0 : (double) matched / read;
    }

    /** Of the counted indicators that were read, the share whose target was read right. */
    public double targetAccuracy() {
      return matched == 0 ? 0 : (double) targetsRight / matched;
    }

    public double actualAccuracy() {
      return actualsCounted == 0 ? 0 : (double) actualsRight / actualsCounted;
    }

    public double level1Accuracy() {
      return matched == 0 ? 0 : (double) level1Right / matched;
    }
  }

  /** Reads and scores the tables of one split ({@code dev}, {@code heldout} or {@code all}). */
  public static Score run(TableManifest manifest, String split, Ingestor ingestor) throws IOException {
    List<FileScore> files = new ArrayList<>();
    for (TableManifest.Table table : manifest.split(split)) {
      files.add(score(manifest, table, ingestor, null));
    }
    return total(split, files);
  }

  /**
   * Reads and scores the development tables with their content exchanged ({@link ContentSwap}): names
   * and values drawn from the other development tables' hand counts, the same for the same seed.
   */
  public static Score runSwapped(TableManifest manifest, long seed, Ingestor ingestor) throws IOException {
    return runSwapped(manifest, manifest.split("dev"), seed, ingestor);
  }

  /** As {@link #runSwapped(TableManifest, long, Ingestor)}, reading only {@code tables}; donors are all of dev. */
  public static Score runSwapped(TableManifest manifest, List<TableManifest.Table> tables, long seed, Ingestor ingestor)
      throws IOException {
    List<HandCount.Expected> all = new ArrayList<>();
    for (TableManifest.Table t : manifest.split("dev")) {
      all.addAll(HandCount.read(t.handCount(manifest.dir())).indicators());
    }
    List<FileScore> files = new ArrayList<>();
    for (TableManifest.Table table : tables.stream().filter(t -> t.split().equals("dev")).toList()) {
      List<HandCount.Expected> own = HandCount.read(table.handCount(manifest.dir())).indicators();
      List<HandCount.Expected> others = all.stream().filter(e -> !own.contains(e)).toList();
      ContentSwap.Donors donors = new ContentSwap.Donors(others);
      long fileSeed = seed * 31 + table.file().hashCode();
      files.add(score(manifest, table, ingestor, (text, counted) -> {
        ContentSwap.Swapped s = ContentSwap.swap(text, counted, donors, fileSeed);
        return new Rewritten(s.text(), s.indicators());
      }));
    }
    return total("dev (content exchanged, seed " + seed + ")", files);
  }

  /**
   * Reads and scores the development tables written in traditional characters (ICU's
   * Simplified-Traditional), their hand counts converted alike: a table reads the same in either script.
   */
  public static Score runTraditional(TableManifest manifest, List<TableManifest.Table> tables, Ingestor ingestor) throws IOException {
    com.ibm.icu.text.Transliterator convert = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
    return runConverted("dev (traditional characters)", manifest, tables, ingestor, convert::transliterate, true);
  }

  /**
   * Reads and scores the development tables with their digits and signs written full-width (９５％,
   * ≥（…）), as Word documents often have them; the counts stay as they are, for names and values are
   * compared width-folded.
   */
  public static Score runFullWidth(TableManifest manifest, List<TableManifest.Table> tables, Ingestor ingestor) throws IOException {
    return runConverted("dev (full-width digits and signs)", manifest, tables, ingestor, IngestEvaluation::fullWidth, false);
  }

  /**
   * Reads and scores the development tables with every space a no-break space, as pages copied from
   * the web keep {@code &nbsp;}; the counts stay as they are.
   */
  public static Score runNoBreakSpaces(TableManifest manifest, List<TableManifest.Table> tables, Ingestor ingestor) throws IOException {
    return runConverted("dev (no-break spaces)", manifest, tables, ingestor, text -> {
      int firstLine = Math.max(0, text.indexOf('\n'));
      return text.substring(0, firstLine) + text.substring(firstLine).replace(' ', '\u00A0');
    }, false);
  }

  /**
   * Reads and scores the development tables written as markdown pipes, written again one cell per line
   * or with single spaces between cells ({@link PipeRendering}); the other tables are left out. The
   * counts stay as they are.
   */
  public static Score runRendered(TableManifest manifest, List<TableManifest.Table> tables, PipeRendering.Mode mode, Ingestor ingestor)
      throws IOException {
    List<TableManifest.Table> pipes = new ArrayList<>();
    for (TableManifest.Table t : tables) {
      if (t.file().endsWith(".txt") && PipeRendering.isPipeTable(Files.readString(manifest.dir().resolve(t.file())))) {
        pipes.add(t);
      }
    }
    return runConverted("dev pipe tables (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")", manifest, pipes, ingestor,
        text -> PipeRendering.render(text, mode), false);
  }

  /** Digits and the signs of values and names as full-width forms; the first line (the source address) as it is. */
  static String fullWidth(String text) {
    int firstLine = Math.max(0, text.indexOf('\n'));
    StringBuilder b = new StringBuilder(text.substring(0, firstLine));
    for (int i = firstLine; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c >= '0' && c <= '9' || "%()<>=:,;".indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
    }
    return b.toString();
  }

  private static Score runConverted(String name, TableManifest manifest, List<TableManifest.Table> tables, Ingestor ingestor,
      java.util.function.UnaryOperator<String> convert, boolean counts) throws IOException {
    List<FileScore> files = new ArrayList<>();
    for (TableManifest.Table table : tables.stream().filter(t -> t.split().equals("dev")).toList()) {
      files.add(score(manifest, table, ingestor, (text, counted) -> new Rewritten(convert.apply(text), !counts ? counted : counted.stream()
          .map(e -> new HandCount.Expected(convert.apply(e.level1()), convert.apply(e.name()), convert.apply(e.target()),
              convert.apply(e.actual())))
          .toList())));
    }
    return total(name, files);
  }

  /** A table's text and hand count as rewritten before reading. */
  record Rewritten(String text, List<HandCount.Expected> indicators) {}

  /** Rewrites a table's text and hand count before it is read and scored. */
  interface Rewrite {
    Rewritten apply(String text, List<HandCount.Expected> counted);
  }

  private static Score total(String split, List<FileScore> files) {
    int counted = 0, read = 0, matched = 0, targets = 0, actualsCounted = 0, actuals = 0, level1 = 0, filesRead = 0;
    for (FileScore f : files) {
      counted += f.counted();
      read += f.read();
      matched += f.matched();
      targets += f.targetsRight();
      actualsCounted += f.actualsCounted();
      actuals += f.actualsRight();
      level1 += f.level1Right();
      filesRead += f.failure() == null ? 1 : 0;
    }
    return new Score(split, files, counted, read, matched, targets, actualsCounted, actuals, level1, filesRead);
  }

  static FileScore score(TableManifest manifest, TableManifest.Table table, Ingestor ingestor, Rewrite rewrite)
      throws IOException {
    List<HandCount.Expected> counted = HandCount.read(table.handCount(manifest.dir())).indicators();
    byte[] bytes = Files.readAllBytes(manifest.dir().resolve(table.file()));
    if (rewrite != null && table.file().endsWith(".txt")) {
      Rewritten swapped = rewrite.apply(new String(bytes, StandardCharsets.UTF_8), counted);
      bytes = swapped.text().getBytes(StandardCharsets.UTF_8);
      counted = swapped.indicators();
    }
    List<Indicator> readIndicators = List.of();
    String failure = null;
    try {
      Document d = ingestor.read(table.file(), bytes);
      readIndicators = indicators(d);
    } catch (UnrecognisedLayoutException | IOException e) {
      failure = e.getMessage();
    }
    List<IndicatorMatching.Pair> pairs = IndicatorMatching.pair(counted, readIndicators);
    int matched = 0, targets = 0, actualsCounted = 0, actuals = 0, level1 = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrongTargets = new ArrayList<>();
    for (IndicatorMatching.Pair p : pairs) {
      HandCount.Expected e = p.expected();
      if (p.read() == null) {
        missed.add(e.name());
        continue;
      }
      matched++;
      if (IndicatorMatching.sameTarget(e.target(), p.read().target())) {
        targets++;
      } else {
        wrongTargets.add(e.name() + ": " + e.target() + " ≠ " + (p.read().target() == null ? "" : p.read().target().raw()));
      }
      if (!e.actual().isEmpty()) {
        actualsCounted++;
        if (p.read().evaluation() != null && IndicatorMatching.sameTarget(e.actual(), p.read().evaluation().actual())) {
          actuals++;
        }
      }
      if (Objects.equals(Categories.level1(e.level1()), p.read().level1())) {
        level1++;
      }
    }
    List<Indicator> unpaired = new ArrayList<>(readIndicators);
    pairs.stream().map(IndicatorMatching.Pair::read).filter(Objects::nonNull).forEach(i -> unpaired.removeIf(u -> u == i));
    return new FileScore(table, counted.size(), readIndicators.size(), matched, targets, actualsCounted, actuals,
        level1, failure, missed, unpaired.stream().map(Indicator::name).toList(), wrongTargets);
  }

  /** Everything read as an indicator: results and the budget-execution items scored apart. */
  static List<Indicator> indicators(Document d) {
    return d.projects().stream()
        .flatMap((Project p) -> Stream.concat(p.indicators().stream(), p.budgetExecution().stream()))
        .toList();
  }
}
