package org.jixiao.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.util.Regex;

/**
 * The indicator category vocabulary: maps the many ways level 1 and level 2 are written
 * ({@code 1-产出指标}, {@code 产出指标 (40分)}, {@code 22-社会效益}, {@code 可持续发展影响指标},
 * {@code 社会公众或服务对象满意度指标}, the 2016-era {@code 投入目标} / {@code 效果指标}, traditional
 * {@code 產出指標}) onto the standard names, and knows which level 2 belongs to which level 1.
 *
 * <p>Two kinds of question are answered. {@link #word} is strict: does this cell <em>name</em> a
 * category and nothing else? The recogniser asks it of every cell, so a name that merely mentions
 * 产出 or 满意 is never taken for a category. {@link #level1} and {@link #level2} are lenient: given
 * a cell known to sit in a category column, which standard category is meant?
 */
public final class Categories {

  public static final String OUTPUT = "产出指标";
  public static final String OUTCOME = "效益指标";
  public static final String SATISFACTION = "满意度指标";
  public static final String COST = "成本指标";
  /**
   * Items on getting and spending the money and running the project (预算执行率, 资金到位率, the
   * 2016-era 投入目标 / 管理目标, the evaluation frameworks' 决策 / 过程): scored apart, not results.
   */
  public static final String BUDGET_EXECUTION = "预算执行";

  public static final String SATISFACTION_L2 = "服务对象满意度指标";

  /**
   * Blocks of a self-evaluation that deduct or add points (导向指标, 逆向指标, 一票否决扣分项, 加分项):
   * a category that ends the indicators above it and holds none itself.
   */
  public static final String DEDUCTIONS = "扣分项";

  /** A category a cell names: its level (1 or 2), standard name and, for level 2, its level 1. */
  public record Category(int level, String standard, String parent) {}

  /** Standard level 2 → its level 1 (成本指标 as level 2 is the pre-2021 output sub-category). */
  private static final Map<String, String> PARENT =
      Map.ofEntries(
          Map.entry("数量指标", OUTPUT),
          Map.entry("质量指标", OUTPUT),
          Map.entry("时效指标", OUTPUT),
          Map.entry("成本指标", OUTPUT),
          Map.entry("经济效益指标", OUTCOME),
          Map.entry("社会效益指标", OUTCOME),
          Map.entry("生态效益指标", OUTCOME),
          Map.entry("可持续影响指标", OUTCOME),
          Map.entry(SATISFACTION_L2, SATISFACTION),
          Map.entry("经济成本指标", COST),
          Map.entry("社会成本指标", COST),
          Map.entry("生态环境成本指标", COST));

  /**
   * Level-1 stems as written in national and local templates since 2016; each may be followed by
   * 指标, 目标 or 类指标 ({@code 产出}, {@code 产出指标}, {@code 产出目标}).
   */
  private static final Map<String, String> LEVEL1_STEMS = stems(
      "产出", OUTPUT, "预期产出", OUTPUT, "项目产出", OUTPUT, "项目完成", OUTPUT,
      "效益", OUTCOME, "效果", OUTCOME, "预期效果", OUTCOME, "项目效益", OUTCOME, "社会效益和经济效益", OUTCOME,
      "满意度", SATISFACTION,
      "成本", COST,
      "投入", BUDGET_EXECUTION, "管理", BUDGET_EXECUTION, "投入和管理", BUDGET_EXECUTION,
      "决策", BUDGET_EXECUTION, "过程", BUDGET_EXECUTION, "预算执行", BUDGET_EXECUTION,
      "预算执行情况", BUDGET_EXECUTION, "预算资金执行", BUDGET_EXECUTION, "资金投入", BUDGET_EXECUTION);

  /** Level-2 stems → standard level 2; each may be followed by 指标 or 目标. */
  private static final Map<String, String> LEVEL2_STEMS = stems(
      "数量", "数量指标", "产出数量", "数量指标",
      "质量", "质量指标", "产出质量", "质量指标",
      "时效", "时效指标", "产出时效", "时效指标", "进度", "时效指标", "时间", "时效指标",
      "成本", "成本指标", "产出成本", "成本指标", "预算(或投资规模)控制", "成本指标", "预算控制", "成本指标",
      "投资规模控制", "成本指标",
      "经济效益", "经济效益指标", "社会效益", "社会效益指标", "社会、经济、生态效益", "社会效益指标",
      "生态效益", "生态效益指标", "环境效益", "生态效益指标", "生态环境效益", "生态效益指标",
      "可持续影响", "可持续影响指标", "可持续发展影响", "可持续影响指标", "可持续", "可持续影响指标",
      "服务对象满意度", SATISFACTION_L2, "社会公众或服务对象满意度", SATISFACTION_L2, "社会公众满意度", SATISFACTION_L2,
      "满意度", SATISFACTION_L2, "群众满意度", SATISFACTION_L2,
      "经济成本", "经济成本指标", "社会成本", "社会成本指标", "生态环境成本", "生态环境成本指标", "生态成本", "生态环境成本指标");

  private static final List<String> SUFFIXES = List.of("类指标", "指标", "目标", "");

  /** Every strict spelling (folded, without decoration) → its category; longest first for prefixes. */
  private static final Map<String, Category> WORDS = words();
  /** The words of two or more characters by their first character, longest first: one look-up per position. */
  private static final Map<Character, List<String>> BY_FIRST_CHAR = WORDS.keySet().stream()
      .filter(w -> w.length() >= 2)
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0), java.util.stream.Collectors.toList()));

  /** Prefix of a level-2 spelling → standard name; the longest matching prefix wins, so order matters. */
  private static final List<Map.Entry<String, String>> LEVEL2_PREFIXES =
      List.of(
          Map.entry("社会公众或服务对象满意", SATISFACTION_L2),
          Map.entry("服务对象满意", SATISFACTION_L2),
          Map.entry("社会公众满意", SATISFACTION_L2),
          Map.entry("满意度", SATISFACTION_L2),
          Map.entry("可持续", "可持续影响指标"),
          // Older local templates (东莞 2019): 预算（或投资规模）控制指标 sits under 预期产出指标 where
          // later templates put 成本指标; 社会、经济、生态效益指标 is one combined row, filed under its
          // first-named kind. The words as written are kept beside the mapping.
          Map.entry("预算(或投资规模)控制", "成本指标"),
          Map.entry("预算控制", "成本指标"),
          Map.entry("投资规模控制", "成本指标"),
          Map.entry("社会、经济、生态效益", "社会效益指标"),
          Map.entry("经济效益", "经济效益指标"),
          Map.entry("社会效益", "社会效益指标"),
          Map.entry("生态效益", "生态效益指标"),
          Map.entry("环境效益", "生态效益指标"),
          Map.entry("经济成本", "经济成本指标"),
          Map.entry("社会成本", "社会成本指标"),
          Map.entry("生态环境成本", "生态环境成本指标"),
          Map.entry("生态成本", "生态环境成本指标"),
          Map.entry("产出数量", "数量指标"),
          Map.entry("产出质量", "质量指标"),
          Map.entry("产出时效", "时效指标"),
          Map.entry("产出成本", "成本指标"),
          Map.entry("数量", "数量指标"),
          Map.entry("质量", "质量指标"),
          Map.entry("时效", "时效指标"),
          Map.entry("进度", "时效指标"),
          Map.entry("成本", "成本指标"));

  /**
   * Numbering, scores and brackets that decorate category cells: {@code 1-}, {@code 一、},
   * {@code (40分)}, {@code 40分}, a trailing {@code 等} (服务对象满意度指标等), and spaces (a wrapped cell).
   */
  private static final Regex DECORATION =
      Regex.of(
          "^\\s*(?:\\d+\\s*[-.、]|[一二三四五六七八九十]+\\s*[、.]|[(]\\s*[一二三四五六七八九十\\d]+\\s*[)])\\s*"
              + "|[(]\\s*(?:[-−]?\\d+(?:\\.\\d+)?\\s*分|分值\\s*[:]?\\s*\\d+(?:\\.\\d+)?\\s*分?)\\s*[)]"
              + "|(?<=[标度量效本])\\s*\\d+(?:\\.\\d+)?\\s*分$|(?<=指标)等$|(?<=[标])\\s*[(][^()\\d]{1,20}[)]$|[★*※]+|\\s+");

  private Categories() {}

  private static Map<String, String> stems(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Map<String, Category> words() {
    Map<String, Category> words = new LinkedHashMap<>();
    // Level 1 first: a word that is both (满意度指标, 成本指标) keeps its level-1 reading, and the
    // reader decides from the column or the neighbour which level the table meant.
    LEVEL1_STEMS.forEach((stem, standard) -> {
      for (String suffix : SUFFIXES) {
        if (!suffix.equals("类指标") || !standard.equals(BUDGET_EXECUTION)) {
          words.putIfAbsent(stem + suffix, new Category(1, standard, null));
        }
      }
    });
    LEVEL2_STEMS.forEach((stem, standard) -> {
      for (String suffix : List.of("指标", "目标", "")) {
        words.putIfAbsent(stem + suffix, new Category(2, standard, PARENT.get(standard)));
      }
    });
    for (String deduction : List.of("导向指标", "逆向指标", "一票否决扣分项", "一票否决", "加分指标", "加分项", "扣分指标", "扣分项", "约束性指标")) {
      words.put(deduction, new Category(1, DEDUCTIONS, null));
    }
    // Bare words that are too common in names to be categories on their own.
    for (String loose : List.of("管理", "过程", "投入", "决策", "时间", "进度", "可持续", "效果", "成本")) {
      words.remove(loose);
    }
    return words;
  }

  /** True when {@code text} is a category word as the vocabulary spells it, nothing added ({@code 产出指标}, {@code 满意度}). */
  public static boolean isWord(String text) {
    return WORDS.containsKey(clean(text));
  }

  /**
   * True when {@code text} is the start of a category word and not all of it ({@code 产出指}, {@code 满意度},
   * {@code 社会效}): what a narrow column leaves on a line when it breaks the word.
   */
  public static boolean beginsAWord(String text) {
    if (text.isEmpty() || !BY_FIRST_CHAR.containsKey(Hanzi.foldChar(text.charAt(0))) && !Character.isWhitespace(text.charAt(0))
        && !Character.isDigit(text.charAt(0)) && text.charAt(0) != '(' && text.charAt(0) != '（') {
      return false; // no word starts so, unless numbering or a bracket goes first (cheap: this asks of many cells)
    }
    String c = clean(text);
    if (c.length() < 2) {
      return false;
    }
    List<String> candidates = BY_FIRST_CHAR.get(c.charAt(0));
    if (candidates == null) {
      return false;
    }
    for (String w : candidates) {
      if (w.length() > c.length() && w.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  /** The cell folded (traditional → simplified, half-width) and without numbering, score in brackets and spaces. */
  public static String clean(String raw) {
    return raw == null ? "" : DECORATION.replaceAll(Hanzi.fold(raw), "").strip();
  }

  /**
   * The category the whole cell names ({@code 产出指标}, {@code 一、投入目标}, {@code 經濟效益指標},
   * {@code 服务对象满意度指标等}, {@code 产出指标(50分)}), or null when the cell says anything else.
   */
  public static Category word(String cell) {
    String c = clean(cell);
    if (c.isEmpty()) {
      return null;
    }
    Category exact = WORDS.get(c);
    if (exact != null) {
      return exact;
    }
    Category q = qualified(c);
    if (q == null && SPACED_OUT.matches(Hanzi.fold(cell).strip())) {
      // 投 入 (15分), 过 程: a bare stem too common in names to be a category alone is one when a merged
      // cell spaced its characters out, as headings are and names are not.
      Category stem = WORDS.get(c + "指标");
      return stem != null && stem.level() == 1 ? stem : null;
    }
    return q;
  }

  /** Characters spaced out one by one, as a merged heading cell is printed: 投 入, 过 程 (40分). */
  private static final Regex SPACED_OUT = Regex.of("^\\p{IsHan}(?:\\s+\\p{IsHan})+\\s*(?:[(（][^()（）]*[)）])?$");

  /** The category the whole cell names in one of the word's own spellings, without a qualifier before it. */
  public static Category exactWord(String cell) {
    return WORDS.get(clean(cell));
  }

  /**
   * A category word with a short qualifier before it, written as one heading: 过程管理指标, 计划管理指标,
   * 实施效果指标. Forms coin these for their own blocks; the word they end in says what kind they are.
   * The qualifier is two to four characters of Han script and no category itself, so that
   * 产出指标数量指标 (two words glued) and names (主要污染物减排指标) are not taken for one.
   */
  private static Category qualified(String c) {
    for (int q = 2; q <= 4 && q + 4 <= c.length(); q++) {
      String rest = c.substring(q);
      Category w = WORDS.get(rest);
      if (w != null && (rest.endsWith("指标") || rest.endsWith("目标")) && rest.length() <= 6
          && allHan(c, q)
          && WORDS.get(c.substring(0, q)) == null) {
        return w;
      }
    }
    return null;
  }
  private static boolean allHan(String c, int end) {
    for (int i = 0; i < end; ) {
      int cp = c.codePointAt(i);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }


  /** What may follow a piece of a category word where a word of it ends: its 指标, or the 度 of 满意度. */
  private static final java.util.Set<String> WORD_ENDS = java.util.Set.of("指标", "目标", "类指标", "度", "度指标", "度目标");

  /**
   * True when a text is a piece of a category word broken where its cell wrapped: {@code 效益指},
   * {@code 度指}, {@code 服务对象满} (the text ends inside one of the word's own words). A piece that
   * ends where a word does ({@code 服务对象满意度}, {@code 社会效益}) is not broken: such pieces name
   * satisfaction indicators and level-2 rows.
   */
  public static boolean isBrokenWord(String text) {
    String c = clean(text);
    if (c.length() < 2 || WORDS.containsKey(c)) {
      return false;
    }
    for (String w : WORDS.keySet()) {
      for (int at = w.indexOf(c); at >= 0; at = w.indexOf(c, at + 1)) {
        int end = at + c.length();
        if (end < w.length() && !WORD_ENDS.contains(w.substring(end))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A category word found inside a longer text, ending (exclusive) at {@code end} of that text. */
  public record Match(String word, Category category, int end) {}

  /**
   * The category word that starts at {@code from} in a text whose cells lost their borders
   * ({@code 产出指标数量指标农村…}, {@code 经济效益 指标…}), longest first, spaces inside it allowed; null
   * when there is none. A bare stem ({@code 产出}, {@code 质量}) counts only when a full word ending in
   * 指标 or 目标 follows it at once, so that {@code 质量合格率} keeps its 质量. The text must already be
   * folded by {@link Hanzi#foldChars}, once for all its positions.
   */
  public static Match leadingWord(String folded, int from) {
    return wordAt(folded, from, false);
  }

  /** The longest word at {@code from} (spaces before it skipped); {@code full}: only words ending in 指标 or 目标. */
  private static Match wordAt(String folded, int from, boolean full) {
    int at = from;
    while (at < folded.length() && Character.isWhitespace(folded.charAt(at))) {
      at++;
    }
    if (at >= folded.length()) {
      return null;
    }
    List<String> candidates = BY_FIRST_CHAR.get(folded.charAt(at));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      boolean fullWord = w.endsWith("指标") || w.endsWith("目标");
      int end = full && !fullWord ? -1 : Hanzi.endOfWord(folded, at, w);
      if (end >= 0 && (fullWord || wordAt(folded, end, true) != null)) {
        return new Match(w, WORDS.get(w), end);
      }
    }
    return null;
  }

  /**
   * The bare level-2 stem (数量, 产出质量, 经济效益, 可持续影响 …, no 指标 after it) that starts a folded text,
   * longest first, or null. Whether it is a category there or the start of a name (质量合格率) is the
   * caller's to judge from the table; {@link #leadingWord} takes bare stems only before a full word.
   */
  public static Match bareLevel2Stem(String folded) {
    return bareStem(LEVEL2_STEMS, 2, folded);
  }

  /** The bare level-1 stem (产出, 效益, 满意度 …) that starts a folded text, longest first, or null. */
  public static Match bareLevel1Stem(String folded) {
    return bareStem(LEVEL1_STEMS, 1, folded);
  }

  private static Match bareStem(Map<String, String> stems, int level, String folded) {
    String best = null;
    for (String stem : stems.keySet()) {
      if (folded.startsWith(stem) && (best == null || stem.length() > best.length())) {
        best = stem;
      }
    }
    if (best == null) {
      return null;
    }
    String standard = stems.get(best);
    return new Match(best, new Category(level, standard, level == 1 ? null : PARENT.get(standard)), best.length());
  }

  /** The category words glued at the start of a text, in order (at most two: level 1 and level 2). */
  public static List<String> leadingWords(String text) {
    List<String> found = new ArrayList<>();
    String folded = Hanzi.foldChars(text);
    int at = 0;
    Match m;
    while (found.size() < 2 && (m = leadingWord(folded, at)) != null) {
      found.add(m.word());
      at = m.end();
    }
    return found;
  }

  /**
   * The standard level 1 for a cell in a level-1 column, {@link #BUDGET_EXECUTION} for input and
   * management blocks, or null when the cell names no indicator category (导向指标, 自评结论, a subtotal …).
   */
  public static String level1(String raw) {
    String c = clean(raw);
    if (c.isEmpty() || c.contains("小计") || c.contains("合计")) {
      return null;
    }
    Category w = WORDS.get(c);
    if (w == null) {
      // 决策, 过程, 投入: bare stems in a level-1 column mean their 指标.
      w = WORDS.get(c + "指标");
    }
    if (w != null && w.level() == 1) {
      return DEDUCTIONS.equals(w.standard()) ? null : w.standard();
    }
    if (c.startsWith("预算执行") || c.startsWith("投入目标") || c.startsWith("管理目标")) {
      return BUDGET_EXECUTION;
    }
    if (c.contains("满意")) {
      return SATISFACTION;
    }
    if (c.contains("产出")) {
      return OUTPUT;
    }
    if (c.contains("效益") || c.startsWith("效果")) {
      return OUTCOME;
    }
    if (c.startsWith("成本")) {
      return COST;
    }
    return null;
  }

  /** The standard level 2 for a cell, or the cleaned cell when it is not a known category. */
  public static String level2(String raw) {
    String c = clean(raw);
    if (c.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, String> e : LEVEL2_PREFIXES) {
      if (c.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return c;
  }

  /** The level 1 a standard level 2 belongs to, or null for unknown level 2 names. */
  public static String parentOf(String level2) {
    return level2 == null ? null : PARENT.get(level2);
  }

  /**
   * True when a category word is also a level 2 in some vocabulary: 成本指标 is a level 1 since 2021
   * and the output's level 2 before; the column it stands in decides.
   */
  public static boolean canBeLevel2(Category category) {
    return category != null && (category.level() == 2 || PARENT.containsKey(category.standard()));
  }

  /** True for standard level-1 names (excluding budget execution). */
  public static boolean isResultCategory(String level1) {
    return OUTPUT.equals(level1)
        || OUTCOME.equals(level1)
        || SATISFACTION.equals(level1)
        || COST.equals(level1);
  }
}
