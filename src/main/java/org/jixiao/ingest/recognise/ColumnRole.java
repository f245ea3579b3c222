package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.vocabulary.Hanzi;

/**
 * What a table column holds, recognised from the words of its header cell. The first role whose
 * word starts the (folded, space-free) header text wins, so longer, more specific words come first.
 * Headers are hints: they say in which order a row's parts come, not that a row must have them.
 */
enum ColumnRole {
  CYCLE_TARGET(true, "实施周期指标值", "实施期指标值", "中期指标值", "指标值(长期)", "中长期指标值"),
  PROJECT_NAME(true, "项目名称", "项目支出名称", "单位(专项)名称"),
  DEPARTMENT(false, "主管部门", "项目主管部门"),
  UNIT(false, "预算单位", "实施单位", "单位名称", "项目执行单位", "资金使用单位"),
  TOTAL(false, "总计", "资金总额", "预算数", "年度预算安排", "项目资金"),
  FISCAL(false, "财政拨款"),
  SPECIAL_ACCOUNT(false, "财政专户拨款"),
  OTHER_FUNDS(false, "其他资金"),
  GOAL(false, "绩效目标", "年度目标", "总体目标", "实施期绩效目标", "项目内容"),
  INDICATORS(true, "绩效指标"),
  LEVEL1(true, "一级指标", "一级"),
  LEVEL2(false, "二级指标", "二级"),
  /** The 中期 half's level 2 / level 3 where a table has two halves; named by position, not words. */
  CYCLE_LEVEL2(false),
  CYCLE_LEVEL3(false),
  LEVEL3(true, "三级指标", "三级", "指标内容", "指标名称", "具体指标", "目标名称", "衡量指标", "绩效指标名称"),
  /** A column of comparison signs (≥, =, ≤) or kinds (定量 / 定性) that go with the 指标值. */
  SIGN(false, "指标性质", "指标属性", "运算符号", "比较符", "指标值类型", "指标方向", "指标类型", "符号"),
  /** A column of units (%, 个, 人/年) that belong after the 指标值 number. */
  MEASURE_UNIT(false, "度量单位", "计量单位", "计量单元"),
  /** A period or stage (年度, 年初, 预期 …) before a value's own word (指标值, 目标值): 年初指标值, 全年目标值, 考核指标值. */
  TARGET(false, Words.qualified(List.of("", "年度", "年初", "全年", "当年", "本年", "当年度", "本年度", "预期", "计划", "绩效", "考核", "申报",
      "年度绩效", "年度预期", "年度计划", "年初预期", "年初计划", "全年预期", "全年计划"), List.of("指标值", "目标值"),
      "指标目标值", "标准值", "计划值", "预期目标", "年度预期目标", "全年预期目标", "年初预期目标")),
  /**
   * What was achieved, after a period (全年, 年终 …): 年终完成值, 全年实际完成数, 全年完成情况; the word for what was done
   * (完成, 实现, 达到, 执行) before what it gives (值, 指标值, 情况): 实际完成指标值, 实现值, 实际达到值. A count done is
   * 完成数 only after a period or 实际 (完成数量 opens names).
   */
  ACTUAL(false, Words.qualified(List.of("", "全年", "年度", "年终", "年末", "当年", "本年"),
      List.of("实际完成值", "实际完成数", "实际完成情况", "实际值", "完成值", "完成情况", "实际完成指标值", "完成指标值", "实际完成数值",
          "实现值", "实际实现值", "达到值", "实际达到值", "实际执行情况"),
      "目标完成值", "年度实际", "实际完成", "实际达成值", "全年完成数", "年度完成数", "年终完成数", "年末完成数")),
  COMPLETION(false, "完成率", "累计完成率"),
  WEIGHT(false, "指标分值", "指标权重", "权重", "分值", "分数", "标准分", "满分", "满分值"),
  /** Explanations, scoring rules, remarks, reasons for gaps: prose beside the indicator. */
  DESCRIPTION(false, "评分规则", "评分标准", "扣分标准", "评(扣分标准)", "评价标准", "评价要点", "评价依据", "指标解释", "指标说明",
      "指标值内容", "指标值说明", "指标标准", "绩效指标描述", "绩效指标说明", "指标描述", "绩效标准", "偏差原因分析及改进措施", "偏差原因分析", "原因分析及改进措施", "偏差原因", "未完成原因分析", "未完成原因", "原因分析", "改进措施", "备注", "说明"),
  /** The points given: by the unit itself (自评, 单位自评), on review (复核), in the end (实得分, 最终得分). */
  SCORE(false, "自评得分", "自评分", "得分", "评分", "实际得分", "考核得分", "评价得分", "实得分", "单位自评得分", "部门自评得分", "最终得分",
      "复核得分", "复核分");

  /** Anchor roles make a row a header; the others only name columns of a header found by an anchor. */
  final boolean anchor;

  final List<String> words;

  ColumnRole(boolean anchor, String... words) {
    this.anchor = anchor;
    this.words = List.of(words);
  }

  ColumnRole(boolean anchor, List<String> words) {
    this.anchor = anchor;
    this.words = List.copyOf(words);
  }

  /** Heading words made of parts, as forms compose them. */
  private static final class Words {
    private Words() {}

    /** Every qualifier before every word, then the words given whole. */
    static List<String> qualified(List<String> qualifiers, List<String> words, String... whole) {
      List<String> out = new ArrayList<>();
      for (String q : qualifiers) {
        for (String w : words) {
          out.add(q + w);
        }
      }
      out.addAll(List.of(whole));
      return out;
    }
  }

  /** Roles whose cells are an indicator's values (targets, actual, completion, weight, score), not words about it. */
  boolean takesValue() {
    return this == TARGET || this == CYCLE_TARGET || this == ACTUAL || this == COMPLETION || this == WEIGHT || this == SCORE;
  }

  /** Every header word with its role, longest first (for scanning glued headers). */
  static final List<Map.Entry<String, ColumnRole>> LONGEST_FIRST = longestFirst();

  private static List<Map.Entry<String, ColumnRole>> longestFirst() {
    List<Map.Entry<String, ColumnRole>> all = new ArrayList<>();
    for (ColumnRole role : values()) {
      for (String w : role.words) {
        all.add(Map.entry(w, role));
      }
    }
    all.sort(Comparator.comparingInt((Map.Entry<String, ColumnRole> e) -> e.getKey().length()).reversed());
    return List.copyOf(all);
  }

  private static final Map<Character, List<Map.Entry<String, ColumnRole>>> BY_FIRST_CHAR = LONGEST_FIRST.stream()
      .collect(java.util.stream.Collectors.groupingBy(e -> e.getKey().charAt(0), java.util.stream.Collectors.toList()));

  /** True when {@code text} is a heading word, all of it and nothing more ({@code 一级指标}, {@code 年度指标值}). */
  static boolean isWord(String text) {
    return wordRole(fold(text)) != null;
  }

  /** The role of a folded text that is a heading word, all of it, or null. */
  private static ColumnRole wordRole(String folded) {
    List<Map.Entry<String, ColumnRole>> candidates = folded.isEmpty() ? null : BY_FIRST_CHAR.get(folded.charAt(0));
    if (candidates == null) {
      return null;
    }
    return candidates.stream().filter(e -> e.getKey().equals(folded)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** True when {@code text} is the start of a heading word and not all of it ({@code 一级指}, {@code 年度指标}). */
  static boolean beginsAWord(String text) {
    if (text.isEmpty() || !BY_FIRST_CHAR.containsKey(org.jixiao.vocabulary.Hanzi.foldChar(text.charAt(0)))) {
      return false; // no heading starts so (cheap: this asks of many cells)
    }
    String folded = fold(text);
    if (folded.length() < 2) {
      return false;
    }
    List<Map.Entry<String, ColumnRole>> candidates = BY_FIRST_CHAR.get(folded.charAt(0));
    if (candidates == null) {
      return false;
    }
    for (Map.Entry<String, ColumnRole> e : candidates) {
      if (e.getKey().length() > folded.length() && e.getKey().startsWith(folded)) {
        return true;
      }
    }
    return false;
  }

  /** The longest heading word starting at {@code at} of a folded text (spaces inside skipped), or null. */
  static Map.Entry<String, ColumnRole> wordAt(String folded, int at) {
    if (at >= folded.length()) {
      return null;
    }
    List<Map.Entry<String, ColumnRole>> candidates = BY_FIRST_CHAR.get(folded.charAt(at));
    if (candidates == null) {
      return null;
    }
    for (Map.Entry<String, ColumnRole> e : candidates) {
      if (org.jixiao.vocabulary.Hanzi.endOfWord(folded, at, e.getKey()) > 0) {
        return e;
      }
    }
    return null;
  }

  private static final org.jixiao.util.Regex LABEL_WITH_VALUE =
      org.jixiao.util.Regex.of("^(项目名称|项目支出名称|主管部门|实施单位|预算单位|单位名称|预算部门|资金总额|项目资金)\\s+[^\\s(（].+$");

  private static final org.jixiao.util.Regex SPACES_AND_PIPES = org.jixiao.util.Regex.of("[\\s|]+");
  /** How what an indicator measures ends: a heading followed by one of these is a name. */
  /** What an indicator measures, at the end of a text, perhaps before the sign of its target glued on (项目资金年成本≤). */
  private static final java.util.regex.Pattern NAMED_MEASURE = java.util.regex.Pattern.compile("(?:率|成本|数量|次数|人数|时间)[≥≤<>=]?$");
  /** A heading with its weight worked out: 权重 40/m. */
  private static final java.util.regex.Pattern WORKED_OUT = java.util.regex.Pattern.compile("\\d+/\\w");

  /** Header text folded for matching: simplified, half-width, no spaces or pipes. */
  static String fold(String cell) {
    return SPACES_AND_PIPES.replaceAll(Hanzi.fold(cell == null ? "" : cell), "");
  }

  /**
   * True when headings in this order hold a target's and then an actual's among at least three, each once (年度指标值 |
   * 实际完成值 | 分值): a self-evaluation's header, whatever words head its names. (Two, 预期目标 | 实际完成情况, head its
   * goals; a heading twice, 年度实际 指标值 完成值, is a header's two lines run together, whose order is lost.)
   */
  static boolean headSelfEvaluation(List<ColumnRole> roles) {
    int target = roles.indexOf(TARGET);
    return roles.size() >= 3 && roles.stream().distinct().count() == roles.size() && target >= 0 && roles.indexOf(ACTUAL) > target;
  }

  /**
   * The role a header cell names, or null. A heading is its word, perhaps with a short addition or a
   * bracketed note ({@code 权重 40/m (m为产出指标总数)}, {@code 指标值(长期)}, {@code 年度指标值 (A)});
   * a longer text that merely starts with the word is data ({@code 得分率较上年提高}).
   */
  static ColumnRole of(String cell) {
    if (cell != null && LABEL_WITH_VALUE.matches(org.jixiao.vocabulary.Hanzi.fold(cell).strip())) {
      return null; // 项目名称 路灯维护: a label and its value, not a heading
    }
    String text = fold(cell);
    if (text.isEmpty() || text.length() > 50) {
      return null;
    }
    if (text.startsWith("单项指标") && text.length() > 5) {
      // 单项指标实际完成值, 单项指标得分: the per-indicator columns of a form that also has totals.
      text = text.substring(4);
    }
    // The longest word that starts the text decides: 指标值内容 is an explanation, not a 指标值.
    for (Map.Entry<String, ColumnRole> e : LONGEST_FIRST) {
      String word = e.getKey();
      ColumnRole role = e.getValue();
      if (text.startsWith(word)) {
        String rest = text.substring(word.length());
        int longest = role == DESCRIPTION ? 12 : word.length() <= 2 ? 2 : 4;
        if (rest.startsWith(":") && rest.length() > 1) {
          continue; // 项目名称：热线运维 is a label with its value, not a heading
        }
        ColumnRole restRole = wordRole(rest);
        if (restRole != null && restRole != role) {
          return null; // 指标名称指标值: two headings glued, which the cutter cuts apart (权重分值 is one)
        }
        if (!rest.isEmpty() && rest.length() <= longest && NAMED_MEASURE.matcher(rest).find()) {
          continue; // 项目资金年成本, 预算数完成率: a heading word starting what an indicator measures
        }
        if (rest.length() <= longest || rest.startsWith("(") || rest.startsWith(":")
            || WORKED_OUT.matcher(rest).lookingAt()) {
          return role;
        }
      }
    }
    return null;
  }
}
