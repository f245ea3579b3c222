package org.jixiao.ingest.recognise;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The indicator category vocabulary: maps the many ways level 1 and level 2 are written
 * ({@code 1-产出指标}, {@code 产出指标 (40分)}, {@code 22-社会效益}, {@code 可持续发展影响指标},
 * {@code 社会公众或服务对象满意度指标}) onto the standard names, and knows which level 2 belongs to which
 * level 1.
 */
public final class Levels {

  public static final String OUTPUT = "产出指标";
  public static final String OUTCOME = "效益指标";
  public static final String SATISFACTION = "满意度指标";
  public static final String COST = "成本指标";
  /** Self-evaluation items on spending the money (预算执行率, 预算调整率): scored apart, not results. */
  public static final String BUDGET_EXECUTION = "预算执行";

  public static final String SATISFACTION_L2 = "服务对象满意度指标";

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
          Map.entry("预算（或投资规模）控制", "成本指标"),
          Map.entry("预算控制", "成本指标"),
          Map.entry("投资规模控制", "成本指标"),
          Map.entry("社会、经济、生态效益", "社会效益指标"),
          Map.entry("经济效益", "经济效益指标"),
          Map.entry("社会效益", "社会效益指标"),
          Map.entry("生态效益", "生态效益指标"),
          Map.entry("经济成本", "经济成本指标"),
          Map.entry("社会成本", "社会成本指标"),
          Map.entry("生态环境成本", "生态环境成本指标"),
          Map.entry("生态成本", "生态环境成本指标"),
          Map.entry("数量", "数量指标"),
          Map.entry("质量", "质量指标"),
          Map.entry("时效", "时效指标"),
          Map.entry("成本", "成本指标"));

  /** Numbering, scores and brackets that decorate category cells: {@code 1-}, {@code 一、}, {@code (40分)}. */
  private static final Pattern DECORATION =
      Pattern.compile(
          "^\\s*(?:\\d+\\s*[-－.、]|[一二三四五六七八九十]+\\s*[、.])\\s*|[（(]\\s*[-−]?\\d+(?:\\.\\d+)?\\s*分\\s*[）)]|\\s+");

  private Levels() {}

  /** The cell without numbering, score in brackets and spaces. */
  public static String clean(String raw) {
    return raw == null ? "" : DECORATION.matcher(raw).replaceAll("").strip();
  }

  /**
   * The standard level 1 for a cell, {@link #BUDGET_EXECUTION} for budget-execution blocks, or null
   * when the cell names no indicator category (导向指标, 自评结论, a subtotal …).
   */
  public static String level1(String raw) {
    String c = clean(raw);
    if (c.isEmpty() || c.contains("小计") || c.contains("合计")) {
      return null;
    }
    // 2016-era 投入目标 / 管理目标 (money in, 专账核算, 财务管理) are scored apart from results, like
    // budget execution; 产出目标 maps by its word below.
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

  /** True for standard level-1 names (excluding budget execution). */
  public static boolean isResultCategory(String level1) {
    return OUTPUT.equals(level1)
        || OUTCOME.equals(level1)
        || SATISFACTION.equals(level1)
        || COST.equals(level1);
  }
}
