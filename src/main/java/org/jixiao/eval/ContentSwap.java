package org.jixiao.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jixiao.vocabulary.Categories;

/**
 * A real table with its content exchanged and its form kept: every counted name that stands in the
 * text as written is replaced, wherever it stands, by another table's counted name of the same family
 * (产出, 效益, 满意度, 成本) and about the same length; the target and actual that follow it in its row,
 * where they stand as written, by another row's target and actual of the same shape (words, or a
 * number with or without a sign before it and a unit after it: the sign and the unit are the form's,
 * as where a 指标性质 column is glued to its value). The hand count is rewritten to match.
 *
 * <p>Why: a recogniser meant to read the form reads a table the same whatever its indicators say. The
 * held-out tables differ from the development tables in content as much as in layout; a rule that
 * holds only for one table's words (a name that happens to end in a unit, a value that happens to be
 * a number) reads that table and fails on the next. Reading the development tables with their content
 * exchanged shows such rules without looking at the held-out tables.
 *
 * <p>Only what can be found and replaced without doubt is exchanged: a name that occurs inside another
 * counted name is left, so are values written across cells ({@code ≥ | 95 | %}), words glued to their
 * neighbours, and values in rows whose name was not found. What is left keeps its counted form.
 */
public final class ContentSwap {

  /** The rewritten text and hand count, and how much of each was exchanged. */
  public record Swapped(String text, List<HandCount.Expected> indicators, int names, int targets, int actuals) {}

  /** Rows of other tables to draw replacements from; never the held-out tables. */
  public record Donors(List<HandCount.Expected> rows) {
    public Donors {
      rows = List.copyOf(rows);
    }
  }

  private static final Pattern LEADING_VALUE = Pattern.compile("^[\\d≥≤<>=＞＜]");
  private static final Pattern BREAKS = Pattern.compile("[\\s|]+");
  private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}\\s*(?:年\\s*\\d{1,2}\\s*月|年(?:底|末|内)|[.\\-/]\\d)");
  private static final Pattern BOUND = Pattern.compile("不低于|不少于|不高于|不超过|不大于|不小于|以上|以下|以内|≥|≤|>|<");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private ContentSwap() {}

  /** Exchanges the content of one table; the same seed gives the same table. */
  public static Swapped swap(String text, List<HandCount.Expected> counted, Donors donors, long seed) {
    Random random = new Random(seed);
    List<Edit> edits = new ArrayList<>();
    List<HandCount.Expected> out = new ArrayList<>(counted);
    List<String> names = counted.stream().map(HandCount.Expected::name).distinct().toList();
    // The rows' places: each counted name's first occurrence after the previous row's.
    int[] at = new int[counted.size()];
    int from = 0;
    for (int i = 0; i < counted.size(); i++) {
      int p = text.indexOf(counted.get(i).name(), from);
      at[i] = p;
      if (p >= 0) {
        from = p + 1;
      }
    }
    String unbroken = BREAKS.matcher(text).replaceAll("");
    int swappedNames = 0;
    List<String> taken = new ArrayList<>(names);
    for (String name : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      // A row that writes its name as its value (按期完工 | 按期完工) has a value for a name: no donor name fits it.
      boolean insideAnother = names.stream().anyMatch(n -> !n.equals(name) && n.contains(name))
          || counted.stream().anyMatch(e -> e.name().equals(name) && e.target().equals(name));
      if (!looksLikeAName(name) || insideAnother || !text.contains(name) || occurrences(unbroken, name) > occurrences(text, name)) {
        continue; // a name that also stands broken over lines or cells would be exchanged in part only
      }
      HandCount.Expected row = counted.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
      String donor = nameLike(row, donors, taken, text, random);
      if (donor == null) {
        continue;
      }
      List<Edit> occurrences = new ArrayList<>();
      for (int p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length())) {
        occurrences.add(new Edit(p, p + name.length(), donor));
      }
      if (occurrences.stream().anyMatch(o -> overlaps(o, edits))) {
        continue;
      }
      edits.addAll(occurrences);
      taken.add(donor);
      swappedNames++;
      for (int i = 0; i < out.size(); i++) {
        // The name is exchanged wherever it stands, also inside a value (当年在校学生数4953).
        HandCount.Expected e = out.get(i);
        String n = counted.get(i).name().equals(name) ? donor : e.name();
        out.set(i, new HandCount.Expected(e.level1(), n, e.target().replace(name, donor), e.actual().replace(name, donor)));
      }
    }
    int swappedTargets = 0, swappedActuals = 0;
    for (int i = 0; i < counted.size(); i++) {
      HandCount.Expected e = counted.get(i);
      if (at[i] < 0 || e.target().isEmpty()) {
        continue;
      }
      // The row ends where the next row's name stands; where that was not found, the row's end is unknown.
      int rowEnd = i + 1 < counted.size() ? at[i + 1] : Math.min(text.length(), at[i] + 200);
      if (rowEnd <= at[i]) {
        continue;
      }
      // A row written in two halves (中期 | 年度) names its indicator twice; the counted value is the year's, after the last.
      int last = at[i];
      for (int p = text.indexOf(e.name(), at[i] + 1); p >= 0 && p < rowEnd; p = text.indexOf(e.name(), p + 1)) {
        last = p;
      }
      int t = cellAt(text, e.target(), last + e.name().length(), rowEnd);
      if (t < 0) {
        continue;
      }
      Edit target = new Edit(t, t + e.target().length(), null);
      Edit actual = null;
      if (!e.actual().isEmpty()) {
        int a = cellAt(text, e.actual(), target.end(), rowEnd);
        actual = a < 0 ? null : new Edit(a, a + e.actual().length(), null);
      }
      HandCount.Expected donor = valueLike(e, actual != null, donors, random);
      if (donor == null || overlaps(target, edits) || (actual != null && overlaps(actual, edits))) {
        continue;
      }
      String newActual = e.actual();
      edits.add(new Edit(target.start(), target.end(), donor.target()));
      swappedTargets++;
      if (actual != null) {
        newActual = e.actual().equals(e.target()) ? donor.target() : donor.actual();
        edits.add(new Edit(actual.start(), actual.end(), newActual));
        swappedActuals++;
      }
      HandCount.Expected now = out.get(i);
      out.set(i, new HandCount.Expected(now.level1(), now.name(), donor.target(), newActual));
    }
    StringBuilder b = new StringBuilder(text);
    edits.sort(Comparator.comparingInt(Edit::start).reversed());
    for (Edit edit : edits) {
      b.replace(edit.start(), edit.end(), edit.replacement());
    }
    return new Swapped(b.toString(), out, swappedNames, swappedTargets, swappedActuals);
  }

  private static int occurrences(String text, String name) {
    int n = 0;
    for (int p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length())) {
      n++;
    }
    return n;
  }

  private record Edit(int start, int end, String replacement) {}

  private static boolean overlaps(Edit e, List<Edit> edits) {
    return edits.stream().anyMatch(o -> e.start() < o.end() && o.start() < e.end());
  }

  /** A donor name of the row's family, within a third of its length, not yet in the table. */
  private static String nameLike(HandCount.Expected row, Donors donors, List<String> taken, String text, Random random) {
    String family = family(row.level1());
    int n = row.name().length();
    List<String> fitting = donors.rows().stream()
        .filter(d -> !d.target().equals(d.name()))
        .map(HandCount.Expected::name)
        .filter(d -> looksLikeAName(d))
        .filter(d -> Math.abs(d.length() - n) * 3 <= Math.max(n, 3))
        .filter(d -> !taken.contains(d) && !text.contains(d))
        .distinct()
        .toList();
    List<String> sameFamily = fitting.stream()
        .filter(d -> donors.rows().stream().anyMatch(r -> r.name().equals(d) && family(r.level1()).equals(family)))
        .toList();
    List<String> pool = sameFamily.isEmpty() ? fitting : sameFamily;
    return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
  }

  /**
   * A value's shape as the form writes it: a number or words, with a sign in front or not (a 指标性质
   * column glued to its value), with a unit after the number or not, a date or not, with a bound
   * (不低于, 以上) or not.
   */
  private static String shape(String value) {
    boolean number = DIGIT.matcher(value).find();
    boolean sign = LEADING_VALUE.matcher(value).find() && !Character.isDigit(value.charAt(0));
    boolean bare = number && Character.isDigit(value.charAt(value.length() - 1));
    boolean date = DATE.matcher(value).find();
    boolean bound = BOUND.matcher(value).find();
    return number + "/" + sign + "/" + bare + "/" + date + "/" + bound;
  }

  /** A donor row whose target has the same shape and about the same length and, if needed, an actual too. */
  private static HandCount.Expected valueLike(HandCount.Expected row, boolean needsActual, Donors donors, Random random) {
    List<HandCount.Expected> pool = donors.rows().stream()
        .filter(d -> !d.target().isEmpty() && shape(d.target()).equals(shape(row.target())) && !d.target().equals(row.target()))
        .filter(d -> d.target().length() <= 2 * Math.max(row.target().length(), 4) && row.target().length() <= 2 * Math.max(d.target().length(), 4))
        .filter(d -> !needsActual || row.actual().equals(row.target()) || !d.actual().isEmpty())
        .filter(d -> plain(d.target()) && (!needsActual || plain(d.actual())))
        // A value that writes its own row's name (当年在校学生数4953) or pinyin a copying site added is that table's only.
        .filter(d -> !d.target().contains(d.name()) && !IndicatorMatching.RUBY.matcher(d.target()).find() && !IndicatorMatching.RUBY.matcher(d.actual()).find())
        .toList();
    return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
  }

  /**
   * Counted names that are a value or a date in a name's place (2022年底之前, 2020年) are neither
   * exchanged nor given: such a row writes the same text as its name and its target.
   */
  private static boolean looksLikeAName(String d) {
    return d.length() >= 3 && !IndicatorMatching.NUMBERING.matcher(d).find() && !LEADING_VALUE.matcher(d).find() && plain(d) && !IndicatorMatching.RUBY.matcher(d).find()
        && d.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2;
  }

  private static boolean plain(String value) {
    return !value.contains("\n") && !value.contains("|") && !value.contains("\t");
  }

  private static String family(String level1) {
    String l1 = Categories.level1(level1);
    return l1 == null ? "" : l1;
  }

  /**
   * Where a value stands as a cell of its own between {@code from} and {@code to}: a number not run
   * into other digits, words with a cell's border on both sides; -1 where it does not.
   */
  static int cellAt(String text, String value, int from, int to) {
    boolean number = DIGIT.matcher(value).find();
    for (int p = text.indexOf(value, from); p >= 0 && p + value.length() <= to; p = text.indexOf(value, p + 1)) {
      char before = p == 0 ? '\n' : text.charAt(p - 1);
      char after = p + value.length() >= text.length() ? '\n' : text.charAt(p + value.length());
      boolean bordered = border(before) && border(after);
      // In a run of values that lost their borders (100%100%) a unit or % ends one number and a digit starts the next.
      boolean startsWithDigit = Character.isDigit(value.charAt(0));
      boolean endsWithDigit = Character.isDigit(value.charAt(value.length() - 1));
      boolean unbrokenNumber = number && !(startsWithDigit && (Character.isDigit(before) || before == '.' || before == '．'))
          && !(endsWithDigit && numberPart(after)) && !latin(before) && !latin(after);
      if (bordered || unbrokenNumber) {
        return p;
      }
    }
    return -1;
  }

  private static boolean border(char c) {
    return Character.isWhitespace(c) || c == '|' || c == '│' || c == '\u3000';
  }

  private static boolean numberPart(char c) {
    return Character.isDigit(c) || c == '.' || c == '%' || c == '．' || c == '％';
  }

  private static boolean latin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
