package org.jixiao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person counted in one real table ({@code NAME.expected.tsv} beside {@code NAME.txt}): the
 * indicators they can see, each with its level 1, name, target and (self-evaluations) actual value as
 * written, and the {@code # key: value} lines above them (source, province, kind, layout, notes).
 *
 * @param meta the comment fields in file order
 * @param indicators the counted indicators in table order
 */
public record HandCount(Map<String, String> meta, List<Expected> indicators) {

  /** One counted indicator; empty strings where the table shows nothing. */
  public record Expected(String level1, String name, String target, String actual) {}

  static final String HEADER = "level1\tname\ttarget\tactual";

  public HandCount {
    meta = Map.copyOf(meta);
    indicators = List.copyOf(indicators);
  }

  /** Reads a hand count; a malformed line is an error naming the file and line, never skipped. */
  public static HandCount read(Path file) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    List<Expected> indicators = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          meta.merge(line.substring(1, colon).strip(), line.substring(colon + 1).strip(), (a, b) -> a + " " + b);
        }
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new IOException(file + ":" + (i + 1) + ": 缺少表头 / expected the header line \"" + HEADER.replace("\t", "<TAB>") + "\"");
        }
        header = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 2 || cells.length > 4 || cells[1].isBlank()) {
        throw new IOException(file + ":" + (i + 1) + ": 每行应为 level1、name、target、actual / expected level1, name, target, actual");
      }
      indicators.add(new Expected(cells[0].strip(), cells[1].strip(), cell(cells, 2), cell(cells, 3)));
    }
    if (!header) {
      throw new IOException(file + ": 缺少表头 / no header line");
    }
    return new HandCount(meta, indicators);
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].strip() : "";
  }
}
