package org.jixiao.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * Writes a synthetic corpus whose wording varies as real tables' does. Real tables repeat a few
 * standard names (服务对象满意度) while most names are a unit's own wording of a subject and a measure
 * (热线外包服务 + 满意度, 设备巡检 + 完成率); so a generated indicator either repeats a real name as it
 * is (with probability {@code reuse}, drawn as often as the real corpus has it) or composes a subject
 * (the project's own, or one real names use) with a measure real names end in, taking its categories
 * and target from a real indicator with that measure. Projects compose a real project's subject with
 * a real project-name ending (项目, 经费, 服务费 …), have as many indicators as a real project drawn at
 * random, and goals of as many sentences of real goals as a real goal has. All vocabulary is mined
 * from the documents given; nothing is written for one corpus. Deterministic for a given seed.
 */
public final class RealisticGenerator {

  /** Measures and project-name endings: suffixes (2–4 characters) that at least this many distinct names share. */
  private static final int MIN_NAMES_PER_SUFFIX = 3;
  private static final Pattern YEAR_PREFIX = Pattern.compile("^(19|20)\\d{2}年度?");
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!]");
  /**
   * Longer subjects are misreads of the real tables (a project name that swallowed the header block
   * after it): composed into hundreds of names they would be noise no real table has.
   */
  private static final int MAX_SUBJECT = 30;
  /** Share of composed names whose subject is the project's own (the rest use a subject real names use). */
  private static final double OWN_SUBJECT = 0.35;

  /** Calibrated so that distinct names per 1,000 entries match the real tables' (see BENCHMARKS.md). */
  public static final double DEFAULT_REUSE = 0.32;

  private final double reuse;
  private final List<Indicator> indicators = new ArrayList<>();
  private final Map<String, List<Indicator>> byMeasure = new HashMap<>();
  private final List<String> measureOfIndicator = new ArrayList<>();
  private final List<String> subjects = new ArrayList<>();
  private final List<String> projectSubjects = new ArrayList<>();
  private final List<String> projectEndings = new ArrayList<>();
  private final List<String> goalSentences = new ArrayList<>();
  private final List<Integer> goalSentenceCounts = new ArrayList<>();
  private final List<Integer> indicatorsPerProject = new ArrayList<>();

  /**
   * @param corpus the real documents whose vocabulary is recombined
   * @param reuse the probability that an indicator repeats a real name as it is
   */
  public RealisticGenerator(List<Document> corpus, double reuse) {
    if (reuse < 0 || reuse > 1) {
      throw new IllegalArgumentException("reuse must be within 0..1");
    }
    this.reuse = reuse;
    List<Project> projects = corpus.stream().flatMap(d -> d.projects().stream()).filter(p -> !p.indicators().isEmpty()).toList();
    for (Project p : projects) {
      indicatorsPerProject.add(p.indicators().size());
      p.indicators().stream().filter(i -> i.name() != null && i.name().strip().length() >= 2).forEach(indicators::add);
      if (p.goal() != null && !p.goal().isBlank()) {
        List<String> sentences = SENTENCE_END.splitAsStream(p.goal()).map(String::strip).filter(s -> s.length() >= 4).toList();
        if (!sentences.isEmpty()) {
          goalSentences.addAll(sentences);
          goalSentenceCounts.add(sentences.size());
        }
      }
    }
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("没有可用的指标 / no indicators to mine vocabulary from");
    }
    Set<String> measures = sharedSuffixes(indicators.stream().map(i -> i.name().strip()).toList());
    for (Indicator i : indicators) {
      String name = i.name().strip();
      String measure = longestSuffix(name, measures);
      measureOfIndicator.add(measure);
      byMeasure.computeIfAbsent(measure, k -> new ArrayList<>()).add(i);
      String subject = name.substring(0, name.length() - measure.length()).strip();
      if (subject.length() >= 2 && subject.length() <= MAX_SUBJECT) {
        subjects.add(subject);
      }
    }
    List<String> projectNames = projects.stream().map(Project::name).filter(n -> n != null && !n.isBlank())
        .map(n -> YEAR_PREFIX.matcher(n.strip()).replaceFirst("")).toList();
    Set<String> endings = sharedSuffixes(projectNames);
    for (String n : projectNames) {
      String ending = longestSuffix(n, endings);
      if (endings.contains(ending)) {
        projectEndings.add(ending);
      }
      String subject = endings.contains(ending) ? n.substring(0, n.length() - ending.length()) : n;
      if (subject.length() >= 2 && subject.length() <= MAX_SUBJECT) {
        projectSubjects.add(subject);
      }
    }
    if (projectEndings.isEmpty()) {
      projectEndings.add("项目");
    }
    if (projectSubjects.isEmpty()) {
      projectSubjects.addAll(subjects.isEmpty() ? List.of("综合业务") : subjects);
    }
  }

  /** Suffixes of 2–4 characters that {@link #MIN_NAMES_PER_SUFFIX} distinct texts or more end in. */
  private static Set<String> sharedSuffixes(List<String> texts) {
    Map<String, Set<String>> bySuffix = new HashMap<>();
    for (String t : new HashSet<>(texts)) {
      for (int len = 2; len <= Math.min(4, t.length()); len++) {
        bySuffix.computeIfAbsent(t.substring(t.length() - len), k -> new HashSet<>()).add(t);
      }
    }
    Set<String> out = new HashSet<>();
    bySuffix.forEach((suffix, names) -> {
      if (names.size() >= MIN_NAMES_PER_SUFFIX) {
        out.add(suffix);
      }
    });
    return out;
  }

  /** The longest of {@code known} that {@code text} ends in, else its last two characters. */
  private static String longestSuffix(String text, Set<String> known) {
    for (int len = Math.min(4, text.length()); len >= 2; len--) {
      String s = text.substring(text.length() - len);
      if (known.contains(s)) {
        return s;
      }
    }
    return text.substring(Math.max(0, text.length() - 2));
  }

  /** Writes files into {@code out} until at least {@code count} indicators are written. */
  public CorpusGenerator.Result generate(int count, Path out, long seed) throws IOException {
    Files.createDirectories(out);
    Random random = new Random(seed);
    int files = 0;
    int projects = 0;
    int written = 0;
    while (written < count) {
      String unit = CorpusGenerator.inventedUnit(random);
      int year = 2016 + random.nextInt(10);
      List<PackedTables.ProjectRow> rows = new ArrayList<>();
      int perFile = 3 + random.nextInt(12);
      for (int p = 0; p < perFile && written < count; p++) {
        String subject = pick(projectSubjects, random);
        int n = Math.min(count - written, pick(indicatorsPerProject, random));
        List<PackedTables.Row> indicatorRows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          indicatorRows.add(indicator(subject, random));
        }
        written += n;
        BigDecimal money = BigDecimal.valueOf(5 + random.nextInt(50_000), 2).setScale(2, RoundingMode.HALF_UP);
        rows.add(new PackedTables.ProjectRow(year + "年" + subject + pick(projectEndings, random), money, goal(random), indicatorRows));
        projects++;
      }
      PackedTables.write(out.resolve(String.format("gen-%06d.txt", files++)), year, unit, rows);
    }
    return new CorpusGenerator.Result(files, projects, written);
  }

  /** A real indicator as it is, or a subject composed with a real measure. */
  private PackedTables.Row indicator(String projectSubject, Random random) {
    int at = random.nextInt(indicators.size());
    Indicator real = indicators.get(at);
    if (random.nextDouble() < reuse) {
      return new PackedTables.Row(real.level1(), real.name().strip().replace('，', '、'), CorpusGenerator.vary(real.target(), random));
    }
    // The measure of a real indicator drawn at random: common measures come as often as they are used.
    String measure = measureOfIndicator.get(at);
    String subject = random.nextDouble() < OWN_SUBJECT || subjects.isEmpty() ? projectSubject : pick(subjects, random);
    Indicator template = pick(byMeasure.get(measure), random);
    // A comma inside a packed name would end it: composed names keep the enumeration comma instead.
    return new PackedTables.Row(template.level1(), (subject + measure).replace('，', '、'), CorpusGenerator.vary(template.target(), random));
  }

  /** As many sentences of real goals as a real goal has. */
  private String goal(Random random) {
    if (goalSentences.isEmpty()) {
      return "";
    }
    int sentences = pick(goalSentenceCounts, random);
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      b.append(pick(goalSentences, random)).append(s + 1 < sentences ? "；" : "。");
    }
    return b.toString();
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
