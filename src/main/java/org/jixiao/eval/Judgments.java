package org.jixiao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judged queries: for each, what a user typed, whether it asks for indicators or projects, and the
 * graded relevant ids (3 exact, 2 clearly relevant, 1 related; unlisted ids are irrelevant).
 *
 * <p>File format, UTF-8, one query per line, tab-separated: {@code qid type query id:grade id:grade …};
 * {@code #} starts a comment line.
 */
public record Judgments(List<Query> queries) {

  public record Query(String id, String type, String text, Map<String, Integer> grades) {
    public Query {
      grades = Map.copyOf(grades);
    }
  }

  public Judgments {
    queries = List.copyOf(queries);
  }

  public static Judgments read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("无法读取评测文件 / cannot read the judgments file " + file + ": " + e.getMessage(), e);
    }
    List<Query> queries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw bad(file, n, "expected 4 tab-separated columns, found " + cols.length);
      }
      if (!seen.add(cols[0])) {
        throw bad(file, n, "duplicate query id " + cols[0]);
      }
      if (!cols[1].equals("indicator") && !cols[1].equals("project")) {
        throw bad(file, n, "type must be indicator or project: " + cols[1]);
      }
      Map<String, Integer> grades = new LinkedHashMap<>();
      for (String pair : cols[3].trim().split("\\s+")) {
        int colon = pair.lastIndexOf(':');
        try {
          int grade = Integer.parseInt(pair.substring(colon + 1));
          if (colon <= 0 || grade < 1 || grade > 3) {
            throw new NumberFormatException();
          }
          grades.put(pair.substring(0, colon), grade);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          throw bad(file, n, "judgment must be id:grade with grade 1..3: " + pair);
        }
      }
      queries.add(new Query(cols[0], cols[1], cols[2], grades));
    }
    if (queries.isEmpty()) {
      throw new IOException("评测文件中没有查询 / no queries in " + file);
    }
    return new Judgments(queries);
  }

  private static IOException bad(Path file, int lineIndex, String why) {
    return new IOException("评测文件格式错误 / bad judgments file " + file + " line " + (lineIndex + 1) + ": " + why);
  }
}
