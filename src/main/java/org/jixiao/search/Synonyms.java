package org.jixiao.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Domain synonyms applied to queries: a query containing one word of a group is also searched with
 * each other word of the group in its place (满意度 → 满意率, 满意程度 …). Expanding the query rather
 * than the index means a user's edit to the list works at once, without re-indexing.
 *
 * <p>The list is plain text, one group per line, words separated by spaces, commas or 、, {@code #}
 * starts a comment. The built-in list is {@code synonyms.txt} beside this class; users add theirs with
 * {@code --synonyms FILE}.
 */
public final class Synonyms {

  /** A query expands into at most this many variants; beyond that they add noise, not recall. */
  static final int MAX_VARIANTS = 8;

  private static final String BUILT_IN = "synonyms.txt";

  private final List<List<String>> groups;

  private Synonyms(List<List<String>> groups) {
    this.groups = List.copyOf(groups);
  }

  public static Synonyms none() {
    return new Synonyms(List.of());
  }

  /** Groups written as in the file format. */
  static Synonyms parse(String text) {
    try {
      return new Synonyms(parse(new java.io.StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string
    }
  }

  /** The built-in list. */
  public static Synonyms builtIn() {
    try (InputStream in = Synonyms.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      return new Synonyms(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in list plus the groups of {@code file}. */
  public static Synonyms builtInPlus(Path file) throws IOException {
    List<List<String>> all = new ArrayList<>(builtIn().groups);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      all.addAll(parse(r));
    } catch (IOException e) {
      throw new IOException("无法读取同义词文件 / cannot read the synonyms file " + file + ": " + e.getMessage(), e);
    }
    return new Synonyms(all);
  }

  public int groupCount() {
    return groups.size();
  }

  /** The query said another way: {@code text} is the query with {@code word} put in for a synonym. */
  public record Variant(String text, String word) {}

  /**
   * Other ways to say {@code query}: for every group with a word inside the query (longest word
   * first, so 满意程度 is replaced whole rather than as 满意), the query with that word replaced by
   * each other word of the group. The query itself is not included.
   */
  public List<String> variants(String query) {
    return expand(query).stream().map(Variant::text).toList();
  }

  /**
   * As {@link #variants}, with the word each variant puts in. Groups matched by a longer word come
   * first: 不宕机 says more than 宕机, so its variants lead when only the first few are used.
   */
  public List<Variant> expand(String query) {
    List<List<Variant>> perGroup = new ArrayList<>();
    List<Integer> matchedLength = new ArrayList<>();
    for (List<String> group : groups) {
      String found = null;
      for (String word : group) {
        if (query.contains(word) && (found == null || word.length() > found.length())) {
          found = word;
        }
      }
      if (found == null) {
        continue;
      }
      List<Variant> variants = new ArrayList<>();
      for (String other : group) {
        if (!other.equals(found) && !query.contains(other)) {
          variants.add(new Variant(query.replace(found, other), other));
        }
      }
      perGroup.add(variants);
      matchedLength.add(found.length());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < perGroup.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -matchedLength.get(i)));
    Map<String, Variant> out = new LinkedHashMap<>();
    for (int i : order) {
      for (Variant v : perGroup.get(i)) {
        out.putIfAbsent(v.text(), v);
        if (out.size() >= MAX_VARIANTS) {
          return List.copyOf(out.values());
        }
      }
    }
    return List.copyOf(out.values());
  }

  static List<List<String>> parse(Reader reader) throws IOException {
    List<List<String>> groups = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    for (String line; (line = in.readLine()) != null; ) {
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      Set<String> words = new LinkedHashSet<>();
      for (String w : line.strip().split("[\\s,，、;；]+")) {
        if (!w.isBlank()) {
          words.add(w.strip());
        }
      }
      if (words.size() >= 2) {
        List<String> group = new ArrayList<>(words);
        group.sort(Comparator.comparingInt(String::length).reversed());
        groups.add(group);
      }
    }
    return groups;
  }
}
