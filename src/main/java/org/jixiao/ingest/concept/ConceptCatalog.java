package org.jixiao.ingest.concept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assigns each indicator name its concept from a curated catalog ({@code concepts.tsv} beside this
 * class): regular expressions over the normalised name, first match wins. A name no entry matches
 * is a concept of its own, keyed by its normalised form, so the same name across units still groups.
 *
 * <p>Rules rather than clustering: a concept must mean the same thing wherever it appears, so that a
 * benchmark compares like with like, and a reviewer can read and correct the catalog. Embedding
 * neighbours are for finding (search, similar items), not for defining.
 */
public final class ConceptCatalog {

  private static final ConceptCatalog STANDARD = load();

  private record Entry(Concept concept, Pattern pattern) {}

  private final List<Entry> entries;

  private ConceptCatalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static ConceptCatalog standard() {
    return STANDARD;
  }

  /** The concept of an indicator named {@code name}. */
  public Concept classify(String name) {
    String normalised = normalise(name);
    for (Entry e : entries) {
      if (e.pattern.matcher(normalised).find()) {
        return e.concept;
      }
    }
    return new Concept("name:" + normalised, normalised);
  }

  /** The concept with this id: a catalog entry, a {@code name:} concept, or empty for neither. */
  public java.util.Optional<Concept> byId(String id) {
    if (id == null) {
      return java.util.Optional.empty();
    }
    if (id.startsWith("name:") && id.length() > 5) {
      return java.util.Optional.of(new Concept(id, id.substring(5)));
    }
    return entries.stream().map(Entry::concept).filter(c -> c.id().equals(id)).findFirst();
  }

  /** Every catalog concept, in catalog order. */
  public List<Concept> concepts() {
    return entries.stream().map(Entry::concept).toList();
  }

  /**
   * The name without what varies in writing but not in meaning: width (NFKC), spaces, punctuation and
   * bracketed remarks ({@code 选定审图机构及时率（2个工作日）} → {@code 选定审图机构及时率}).
   */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = s.replaceAll("\\([^)]*\\)", "");
    s = s.replaceAll("[\\s\\p{Punct}、，。；：“”‘’《》【】]", "");
    return s.isEmpty() ? name.strip() : s;
  }

  private static ConceptCatalog load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = ConceptCatalog.class.getResourceAsStream("concepts.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource concepts.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException("concepts.tsv: expected id, label, pattern: " + line);
        }
        entries.add(new Entry(new Concept(cols[0], cols[1]), Pattern.compile(cols[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ConceptCatalog(entries);
  }
}
