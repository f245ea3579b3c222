package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages read like the data flow: no package depends on one that depends back on it, however
 * long the way round, and Lucene's types stay inside {@code index} and {@code search}. Read from the
 * sources' imports and fully qualified names.
 */
class PackageStructureTest {

  static final Path SOURCES = Path.of("src/main/java/org/jixiao");
  static final Pattern REFERENCE = Pattern.compile("\\borg\\.jixiao\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");
  static final Map<String, Set<String>> uses = new HashMap<>();
  static final Map<String, List<Path>> lucene = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = "org.jixiao." + SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        String text = Files.readString(file);
        Matcher m = REFERENCE.matcher(text);
        Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        while (m.find()) {
          String other = "org.jixiao." + m.group(1);
          if (!other.equals(pkg)) {
            used.add(other);
          }
        }
        if (text.contains("org.apache.lucene.")) {
          lucene.computeIfAbsent(pkg, k -> new ArrayList<>()).add(file.getFileName());
        }
      }
    }
    assertThat(uses).containsKeys("org.jixiao.ingest", "org.jixiao.index", "org.jixiao.search", "org.jixiao.knowledge",
        "org.jixiao.knowledge.lint", "org.jixiao.api", "org.jixiao.cli");
  }

  @Test
  void noPackageDependsOnOneThatDependsBackOnIt() {
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      for (String next : uses.get(start)) {
        if (reaches(next, start, new HashSet<>())) {
          cycles.add(start + " -> " + next + " -> … -> " + start);
        }
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void luceneTypesStayInIndexAndSearch() {
    assertThat(lucene.keySet()).allSatisfy(pkg -> assertThat(pkg).isIn("org.jixiao.index", "org.jixiao.search"));
  }

  /** Whether {@code from} reaches {@code to} through the packages it uses. */
  private static boolean reaches(String from, String to, Set<String> seen) {
    if (from.equals(to)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (reaches(next, to, seen)) {
        return true;
      }
    }
    return false;
  }
}
