package org.jixiao.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of real tables kept to measure table reading ({@code manifest.tsv}): one line per table
 * with its file, its split ({@code dev} to develop against, {@code heldout} never tuned on), kind,
 * province, layout and source address. The hand count of each file sits beside it.
 *
 * @param dir the directory the files are named relative to
 * @param tables the tables in manifest order
 */
public record TableManifest(Path dir, List<Table> tables) {

  /** One table of the manifest. */
  public record Table(String file, String split, String kind, String province, String layout, String source) {

    /** The hand count's path: {@code X.txt} → {@code X.expected.tsv}. */
    public Path handCount(Path dir) {
      String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
      return dir.resolve(stem + ".expected.tsv");
    }
  }

  static final String HEADER = "file\tsplit\tkind\tprovince\tlayout\tsource";

  public TableManifest {
    tables = List.copyOf(tables);
  }

  /** Reads {@code manifest.tsv}; a line that does not have the six fields is an error. */
  public static TableManifest read(Path manifest) throws IOException {
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    List<Table> tables = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new IOException(manifest + ":" + (i + 1) + ": 清单缺少表头 / the manifest must start with \"" + HEADER.replace("\t", "<TAB>") + "\"");
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IOException(manifest + ":" + (i + 1) + ": 应有 6 栏 / expected 6 tab-separated fields, found " + f.length);
      }
      tables.add(new Table(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), f[5].strip()));
    }
    return new TableManifest(manifest.toAbsolutePath().getParent(), tables);
  }

  /** The tables of one split, or all for {@code "all"}. */
  public List<Table> split(String split) {
    return "all".equals(split) ? tables : tables.stream().filter(t -> t.split().equals(split)).toList();
  }
}
