package org.jixiao.ingest.recognise;

import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Regex;
import org.jixiao.vocabulary.Categories;

/**
 * Where a name ends in glued text: whether a value {@link CellCutter} found inside a piece is the
 * name's target, so the piece is cut before it, or part of the name or of a sentence
 * ({@code 5000吨稻谷储备到位率}, {@code 依据充分得3分}). The cutter walks the text; this judges the places.
 */
final class ValueBoundary {

  /** Endings of indicator names: what follows them at once is their value. */
  static final Regex NAME_END = Regex.of("(率|数|量|度|额|数量|人数|次数|面积|时间|时限|比例|标准|覆盖面)$");
  /** A scoring rule or sentence runs on into its number: 依据充分得3分, 每减少1%, 不低于. */
  private static final Regex RULE_END = Regex.of("(得|扣|每|的|为|按|超|满|至|计|减少|增加|低于|高于|不足|达到)$");
  /** A part of the row above: 其中:实施新造林总面积; its colon opens no sentence. */
  private static final Regex SUB_ITEM = Regex.of("^\\s*其中\\s*[:：]");
  /** Clause punctuation: text holding it before a number is a sentence, not a name. */
  static final Regex CLAUSE = Regex.of("[。；;，,：:]");
  private static final Regex BRACKET_NOTE = Regex.of("\\([^)]*\\)");
  /** How a 反映… explanation ends: 反映修复开展情况, 反映群众满意程度. */
  private static final Regex EXPLANATION_END = Regex.of("(情况|程度|水平|效果|进度|质量|比例|比率|数量|成效|满意度|效率)$");

  private ValueBoundary() {}

  /**
   * Words that open a 指标解释 cell and no indicator's name: what an indicator reflects, measures or is
   * done by (反映…, 通过开放日活动,…, 用于…). 开展 and 保障 open names as often as explanations.
   */
  static final Regex EXPLANATION_OPENER = Regex.of("反映|通过|考察|衡量|是指|用于|根据|依据");

  /** The longest target in words that follows an explanation's end: 影响程度明显, 按资金测算控制各项成本。 */
  static final int LONGEST_WORDS_TARGET = 40;
  /** Points in a scoring rule (完成得10分, 完成得满分, 否则不得分): a 评分标准 cell after the explanation, not a target. */
  private static final Regex POINTS = Regex.of("\\d\\s*分|满分|得分|扣分|计分");

  /**
   * Where the words after an explanation opened at {@code at} (反映…情况) start, when they run to the
   * text's end and are no more of it: the target in words that a header with 指标解释 before 指标值 puts there
   * ({@code 反映保障基本文化权益情况影响程度明显}). -1 when the explanation ends the text, goes on as a clause
   * (…情况,…; …情况和…), or more than a short target follows; also when a value does, which the value grammar
   * cuts. The explanation ends at its last 情况, the word the national guidance ends every 反映 with.
   */
  static int wordsAfterExplanation(String folded, int at) {
    int end = folded.lastIndexOf("情况");
    if (end < at + 4) {
      return -1;
    }
    end += 2;
    int start = end;
    while (start < folded.length() && "。.".indexOf(folded.charAt(start)) >= 0) {
      start++;
    }
    String rest = folded.substring(start).strip();
    if (rest.length() < 2 || rest.length() > LONGEST_WORDS_TARGET
        || !Character.isLetter(rest.charAt(0)) || "的和及与或等".indexOf(rest.charAt(0)) >= 0
        || EXPLANATION_OPENER.lookingAt(rest) || ValueGrammar.valueAt(folded, start) != null
        || Categories.leadingWord(folded, start) != null || POINTS.find(rest)) {
      return -1;
    }
    return start;
  }

  /**
   * True when a short clause without a value follows, closed by a comma (开展安全排查,保障院内安全…): an
   * explanation's first clause; names seldom hold a comma, and a name's value comes before any.
   */
  static boolean clauseFollows(String folded, int at) {
    for (int i = at; i < folded.length() && i <= at + 12; i++) {
      char c = folded.charAt(i);
      if (c == ',' || c == '，') {
        return i >= at + 2;
      }
      if (!Character.isLetter(c) || ValueGrammar.valueAt(folded, i) != null) {
        return false;
      }
    }
    return false;
  }

  /** After a list comma: a short label and a number, the next part of one value listed in parts. */
  private static final Regex ENUMERATED = Regex.of("\\p{IsHan}{2,6}\\d");

  /**
   * True when the value at {@code at} ends the name that runs from {@code textStart}: where it ends the
   * text or its form is unmistakable and the text before it is a name, or where what follows it shows
   * the row went on to its next part.
   */
  static boolean endsName(String folded, int textStart, int at, ValueGrammar.Span value, boolean namePlace) {
    // Judged in simplified form: 開展活動次數 ends as names end (…次数) just as 开展活动次数 does.
    String name = folded.substring(textStart, at).strip();
    if (name.endsWith(")") && name.indexOf('(') > 0) {
      // 结余率(计算方法为:结余数/预算数)≤5%: a note in brackets is part of the name, its clause no sentence.
      name = BRACKET_NOTE.replaceAll(name, "");
    }
    boolean explanation = name.startsWith("反映") && !CLAUSE.find(name) && EXPLANATION_END.find(name);
    if (explanation && value.strong()) {
      // 反映…开展情况≥11: an explanation ends as explanations end, and the target after it is a cell.
      return true;
    }
    if (!explanation && (name.length() < 2 || CLAUSE.find(SUB_ITEM.replaceFirst(ItemMark.ANYWHERE.replaceFirst(name, ""), "")) && !sentenceNamed(folded, value, namePlace)
        || name.startsWith("反映") || RULE_END.find(name))) {
      // A sentence (an explanation, a reason, a goal) keeps its numbers.
      return false;
    }
    int end = value.end();
    while (end < folded.length() && Character.isWhitespace(folded.charAt(end))) {
      end++;
    }
    if (end < folded.length() && ",，、".indexOf(folded.charAt(end)) >= 0 && (ENUMERATED.endAt(folded, end + 1) >= 0)) {
      // 建筑面积2.6万平方米,展示面积1万平方米: one value listed in parts, each with its label; a cell, whole.
      return false;
    }
    if (end >= folded.length() || value.strong() || NAME_END.find(name)) {
      // A name ending as names end (…数量, …负担率) cannot run on into the number after it.
      return true;
    }
    // A weak value (5000吨, 有所提高) counts when another value, a category or an explanation (反映…情况,
    // 通过开放日活动,扩大…) follows it.
    return ValueGrammar.valueAt(folded, end) != null || Categories.leadingWord(folded, end) != null || folded.startsWith("-", end)
        || EXPLANATION_OPENER.endAt(folded, end) > 0
        // Not inside a sentence that had a number before (2023年购买13台安可电脑,并于…).
        || name.length() >= 4 && name.chars().noneMatch(Character::isDigit) && clauseFollows(folded, end);
  }

  /** A weight's digits (see {@link GluedNumbers#isWeight}). */
  private static final Regex WEIGHT = Regex.of("\\d{1,3}(?:\\.\\d{1,2})?");

  /**
   * True when {@code rest} is only a weight (1 to 100 points) left of a glued row after its target: …创建。显著改善10. A
   * weight and score glued (109), or an actual, leave more.
   */
  private static boolean weightAlone(String rest) {
    return WEIGHT.matches(rest) && GluedNumbers.isWeight(Double.parseDouble(rest));
  }

  /**
   * True when a name written as a sentence (通过注射疫苗,可以有效降低…的发生) is followed by its target:
   * the text stands where a name stands ({@code namePlace}: after a category word, or opening a row
   * whose value is unmistakable, 40% or ≥95%, the category merged away) and the value (持续保障 after a
   * category) ends the row, or its explanation (反映…情况) or only its weight follows. A goal or an explanation with numbers in
   * it goes on after its number.
   */
  private static boolean sentenceNamed(String folded, ValueGrammar.Span value, boolean namePlace) {
    String rest = folded.substring(value.end()).strip();
    return namePlace && (rest.isEmpty() || rest.startsWith("反映") || weightAlone(rest));
  }
}
