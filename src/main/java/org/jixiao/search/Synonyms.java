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
  /** One-way rules, {@code 隔多久 => 频次}: everyday words for the tables' own. */
  private final List<Rewrite> rewrites;

  /**
   * Words a user says ({@code from}) for the words the tables write ({@code to}): the first is put in,
   * and the words on the right are also a synonym group of their own.
   */
  record Rewrite(List<String> from, List<String> to) {}

  private record Lists(List<List<String>> groups, List<Rewrite> rewrites) {}

  /** Each everyday word, by its first character, longest first: what {@link #normalised} looks up. */
  private final Map<Character, List<Map.Entry<String, Rewrite>>> byFirstChar = new java.util.HashMap<>();

  private Synonyms(Lists lists) {
    this.groups = List.copyOf(lists.groups());
    this.rewrites = List.copyOf(lists.rewrites());
    for (Rewrite r : rewrites) {
      for (String from : r.from()) {
        byFirstChar.computeIfAbsent(from.charAt(0), c -> new ArrayList<>()).add(Map.entry(from, r));
      }
    }
    byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, Rewrite> e) -> -e.getKey().length())));
  }

  public static Synonyms none() {
    return new Synonyms(new Lists(List.of(), List.of()));
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
    Synonyms builtIn = builtIn();
    List<List<String>> all = new ArrayList<>(builtIn.groups);
    List<Rewrite> rewrites = new ArrayList<>(builtIn.rewrites);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Lists mine = parse(r);
      all.addAll(mine.groups());
      rewrites.addAll(mine.rewrites());
    } catch (IOException e) {
      throw new IOException("无法读取同义词文件 / cannot read the synonyms file " + file + ": " + e.getMessage(), e);
    }
    return new Synonyms(new Lists(all, rewrites));
  }

  /** Groups and one-way rules. */
  public int groupCount() {
    return groups.size() + rewrites.size();
  }

  /** An everyday word of a query and the tables' word it was said as (隔多久 → 频次). */
  public record Substitution(String said, String written) {}

  /**
   * The query in the tables' words: every everyday word of a one-way rule replaced by the rule's
   * first word, longest first, left to right (设施隔多久查看一回 → 设施频次巡查一回); null when no rule
   * applies. A small embedding model does not know that 查看一回 is 巡查, but it knows 巡查.
   */
  public String normalised(String query) {
    StringBuilder out = new StringBuilder(query.length());
    return scan(query, out).isEmpty() ? null : out.toString();
  }

  /** The everyday words {@link #normalised} replaces in {@code query}, in order, each with its replacement. */
  public List<Substitution> substitutions(String query) {
    return scan(query, new StringBuilder(query.length()));
  }

  private List<Substitution> scan(String query, StringBuilder out) {
    List<Substitution> done = new ArrayList<>();
    int kept = 0; // how many characters before i were kept as they are
    for (int i = 0; i < query.length(); ) {
      Map.Entry<String, Rewrite> match = null;
      for (Map.Entry<String, Rewrite> e : byFirstChar.getOrDefault(query.charAt(i), List.of())) {
        if (query.startsWith(e.getKey(), i)) {
          match = e;
          break;
        }
      }
      String to = match == null ? null : match.getValue().to().get(0);
      if (match == null || saysAlready(query, i, match.getKey().length(), to)) {
        out.append(query.charAt(i++));
        kept++;
      } else {
        // 过不过关, 停不停电: a word asked as a question (A不AB) is the word, so the rule for 过关 (or for
        // 不停电) takes the question's first part with it rather than leaving 过不合格率.
        int asked = Math.min(kept, questionBefore(query, i));
        out.setLength(out.length() - asked);
        String said = query.substring(i - asked, i) + match.getKey();
        out.append(to);
        i += match.getKey().length();
        done.add(new Substitution(said, to));
        kept = 0;
      }
    }
    return done;
  }

  /**
   * How many characters before {@code i} belong to an A不A / A没A question whose second A starts at
   * {@code i} (过不|过关: 2) or whose 不 does (过|不过关: 1); 0 for none.
   */
  private static int questionBefore(String query, int i) {
    if (i >= 2 && isNot(query.charAt(i - 1)) && query.charAt(i - 2) == query.charAt(i)) {
      return 2;
    }
    return i >= 1 && i + 1 < query.length() && isNot(query.charAt(i)) && query.charAt(i - 1) == query.charAt(i + 1) ? 1 : 0;
  }

  private static boolean isNot(char c) {
    return c == '不' || c == '没';
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

  /** Whether the tables' word already stands where {@code from} was found (外包 inside 服务外包). */
  private static boolean saysAlready(String query, int at, int length, String to) {
    int k = query.indexOf(to, Math.max(0, at - to.length() + 1));
    return k >= 0 && k < at + length;
  }

  static Lists parse(Reader reader) throws IOException {
    List<List<String>> groups = new ArrayList<>();
    List<Rewrite> rewrites = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    int number = 0;
    for (String line; (line = in.readLine()) != null; ) {
      number++;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      int arrow = line.indexOf("=>");
      if (arrow >= 0) {
        List<String> from = List.copyOf(words(line.substring(0, arrow)));
        List<String> to = List.copyOf(words(line.substring(arrow + 2)));
        if (from.isEmpty() || to.isEmpty() || line.indexOf("=>", arrow + 2) >= 0) {
          throw new IOException("第" + number + "行应为“口语词, … => 表格用语”，两边都要有词 / line " + number
              + " should read `everyday words => the tables' word`, with words on both sides: " + line.strip());
        }
        rewrites.add(new Rewrite(from, to));
        if (to.size() >= 2) { // the tables' words on the right are synonyms of each other
          List<String> group = new ArrayList<>(to);
          group.sort(Comparator.comparingInt(String::length).reversed());
          groups.add(group);
        }
        continue;
      }
      Set<String> words = words(line);
      if (words.size() >= 2) {
        List<String> group = new ArrayList<>(words);
        group.sort(Comparator.comparingInt(String::length).reversed());
        groups.add(group);
      }
    }
    return new Lists(groups, rewrites);
  }

  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : text.strip().split("[\\s,，、;；]+")) {
      if (!w.isBlank()) {
        words.add(w.strip());
      }
    }
    return words;
  }
}
