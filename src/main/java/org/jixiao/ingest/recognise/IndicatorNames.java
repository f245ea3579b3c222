package org.jixiao.ingest.recognise;

import java.util.regex.Matcher;
import org.jixiao.util.Regex;

/**
 * Separates an indicator's name from what is appended to it: a formula in brackets
 * ({@code 物业巡检完成率（物业巡检完成率=实际数/计划数*100%）}), a unit hint ({@code （%）}, {@code (次/日)}),
 * a {@code （定性）} marker, or stray sentence punctuation. Other bracketed text is part of the name
 * ({@code 选定审图机构及时率（2个工作日）}) and stays.
 */
final class IndicatorNames {

  /** A name with what was taken off it. */
  record Split(String name, String formula) {}

  private static final Regex TRAILING_BRACKET = Regex.of("[（(]([^（()）]*)[）)]\\s*$");
  private static final Regex UNIT_HINT =
      Regex.of("^\\s*(?:%|％|‰|定性|定量|[\\p{IsHan}A-Za-z]{1,3}(?:/[\\p{IsHan}A-Za-z]{1,3})?)\\s*$");
  private static final Regex FORMULA_IN_TEXT =
      Regex.of("(?:计算公式|公式)\\s*[:：=＝]?\\s*([^。；;]+)");
  private static final Regex BRACKETED_RATIO = Regex.of("[（(]([^（()）]*/[^（()）]*)[）)]");
  /** A definition that opens the text: {@code 预算执行率=实际支出金额/（…）×100%，自评分按照…}. */
  private static final Regex DEFINITION = Regex.of("^\\s*([^=＝，,。；;]{1,30}[=＝][^，,。；;]+)");

  private IndicatorNames() {}

  static Split split(String raw) {
    String name = trimPunctuation(raw);
    String formula = null;
    Matcher m = TRAILING_BRACKET.pattern().matcher(name);
    while (m.find()) {
      String inside = m.group(1);
      if (inside.contains("=") || inside.contains("＝")) {
        formula = inside.strip();
      } else if (!UNIT_HINT.matches(inside)) {
        break;
      }
      name = trimPunctuation(name.substring(0, m.start()));
      m = TRAILING_BRACKET.pattern().matcher(name);
    }
    return new Split(name, formula);
  }

  /**
   * A formula or definition stated in a target or content cell: after {@code 计算公式}, a definition
   * opening the text ({@code 预算执行率=实际支出金额/…×100%}), a bracketed
   * ratio ({@code 99%（在线个数/总数*100%）}), or a ratio before {@code =} ({@code 实际使用设备数/购置总数=100%}).
   */
  static String formulaIn(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = FORMULA_IN_TEXT.pattern().matcher(text);
    if (m.find()) {
      return trimPunctuation(m.group(1));
    }
    m = DEFINITION.pattern().matcher(text);
    if (m.find() && (m.group(1).contains("/") || m.group(1).contains("×") || m.group(1).contains("*"))) {
      return m.group(1).strip();
    }
    m = BRACKETED_RATIO.pattern().matcher(text);
    if (m.find()) {
      return m.group(1).strip();
    }
    int eq = text.indexOf('=');
    if (eq > 0 && text.lastIndexOf('/', eq) >= 0) {
      String left = text.substring(0, eq);
      int sentence = Math.max(left.lastIndexOf('。'), Math.max(left.lastIndexOf('，'), left.lastIndexOf(',')));
      String ratio = left.substring(sentence + 1).strip();
      return ratio.contains("/") ? ratio : null;
    }
    return null;
  }

  static String trimPunctuation(String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replaceAll("^[，,；;。:：、\\s]+|[，,；;。:：、\\s]+$", "");
  }
}
