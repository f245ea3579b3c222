package org.jixiao.ingest.recognise;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.model.YearBasis;

/**
 * The budget year of a document when its title does not state one. Project names that end in a
 * year marker ({@code …运维项目(2023)}) give the budget year the unit filed them under; failing that,
 * the year most often written as {@code 20xx年} in names and goals ({@code 预计2022年完成6宗}) — ties go
 * to the later year.
 */
final class YearInference {

  record Year(Integer year, YearBasis basis) {}

  private static final Pattern MARKER = Pattern.compile("[(（]\\s*(20[0-4]\\d)\\s*[)）]\\s*$");
  private static final Pattern MENTION = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?=\\s*年)");

  private YearInference() {}

  static Year infer(Integer stated, List<ProjectDraft> projects) {
    if (stated != null) {
      return new Year(stated, YearBasis.STATED);
    }
    Integer marker = mostFrequent(projects.stream()
        .map(p -> p.name == null ? null : MARKER.matcher(p.name))
        .filter(m -> m != null && m.find())
        .map(m -> Integer.valueOf(m.group(1)))
        .toList());
    if (marker != null) {
      return new Year(marker, YearBasis.PROJECT_MARKER);
    }
    List<Integer> mentions = projects.stream()
        .flatMap(p -> java.util.stream.Stream.of(p.name, p.goal()))
        .filter(t -> t != null)
        .flatMap(t -> {
          Matcher m = MENTION.matcher(t);
          return m.results().map(r -> Integer.valueOf(r.group(1)));
        })
        .toList();
    Integer mentioned = mostFrequent(mentions);
    return mentioned != null
        ? new Year(mentioned, YearBasis.TEXT_MENTIONS)
        : new Year(null, YearBasis.UNKNOWN);
  }

  private static Integer mostFrequent(List<Integer> years) {
    Map<Integer, Long> counts = years.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
