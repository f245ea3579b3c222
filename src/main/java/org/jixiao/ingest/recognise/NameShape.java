package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.vocabulary.Categories;
import org.jixiao.vocabulary.Hanzi;
import org.jixiao.util.Regex;

/**
 * Whether a text the recogniser is about to keep as an indicator's name has the shape of one. Where
 * cells lost their borders (a page's flattened preview, a wrapped PDF cell) the cutting can go wrong,
 * and what it leaves has recognisable shapes that no table gives a name: a category word on its own
 * ({@code 时效指标}), a piece of one broken where its cell wrapped ({@code 效益指}), the points of a
 * category heading ({@code (10分}), or the form's own labels run together
 * ({@code …项目类型新增项目项目分类其他项目资金用途…}), a document number ({@code 渝财(2022)}), a note of the money unit
 * ({@code 单位:万元}), a unit with its budget code ({@code 207101天津市河北区人民法院}), a glossary entry
 * ({@code 事业收入:指…}), a title's year in brackets ({@code (2025年度)}). Such a row is left unread (and reported as an
 * indicator-like line) rather than kept as an indicator a person would not count.
 */
final class NameShape {

  /** The points a heading gives, left at the start of the next cell: {@code (50分)实际}, {@code (10分}. */
  private static final Regex LEADING_POINTS = Regex.of("^[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]?");
  /** Words of the form around the indicator table: its title and the project's labels. */
  private static final List<String> FORM_WORDS = List.of(
      "绩效目标表", "绩效自评表", "目标申报表", "项目名称", "主管部门", "实施单位", "项目类型", "项目分类", "资金用途",
      "项目开始日期", "项目负责人", "预算单位");

  /** A document number, or the start of one: 渝财(2022), 闽财农指〔2025〕58号. */
  private static final Regex DOCUMENT_NUMBER =
      Regex.of("^\\p{IsHan}{0,7}[财发函字办预指]\\s*[〔(（\\[【]\\s*(?:19|20)\\d{2}\\s*[〕)）\\]】]\\s*(?:\\d+\\s*号?)?$"
          + "|^\\p{IsHan}{1,8}\\s*[〔(（\\[【]\\s*(?:19|20)\\d{2}\\s*[〕)）\\]】]\\s*\\d+\\s*号$");

  /** A note of the money unit the form's figures are in: 单位:万元, 金额单位：元. */
  private static final Regex UNIT_NOTE = Regex.of("^(?:金额|计量|资金)?单位\\s*[:：]\\s*\\S{1,4}$");

  /** A unit with its budget code in front: 207101天津市河北区人民法院, [015001]某某局. */
  private static final Regex CODED_UNIT = Regex.of(
      "^[\\[【(（]?\\d{5,}[\\]】)）]?[-_\\s]*\\p{IsHan}{2,}(?:法院|检察院|局|委员会|委|中心|医院|卫生院|学校|中学|小学|幼儿园|所|站|馆|办公室|政府|街道办事处|街道|镇|乡|队|团|会|厅|部)$");

  /** A title's year in brackets, on its own: (2025年度), （2019年）, (2021-2023年). */
  private static final Regex BRACKETED_YEAR = Regex.of(
      "^[(（]\\s*(?:19|20)\\d{2}\\s*(?:年度?)?\\s*(?:[-—~至]\\s*(?:19|20)?\\d{2}\\s*年度?)?\\s*[)）]$");

  /** A glossary entry: 事业收入:指事业单位开展…的收入. */
  private static final Regex DEFINITION = Regex.of("^(?!指标\\s*\\d)[^:：]{2,20}[:：]\\s*指(?![导标挥定出])\\p{IsHan}.{6,}");

  private NameShape() {}

  /** The name without points a heading left at its start ({@code (50分)实际} → {@code 实际}). */
  static String withoutLeadingPoints(String name) {
    return LEADING_POINTS.replaceFirst(name, "").strip();
  }

  /** True when the text has a shape no indicator name has (see the class comment). */
  static boolean isNotAName(String name) {
    String folded = Hanzi.foldChars(name.strip());
    if (LEADING_POINTS.find(folded) && withoutLeadingPoints(folded).length() < 2) {
      return true;
    }
    // Only the word as the vocabulary spells it: a qualified one (恢复时间目标, 服务满意度指标) can be a name.
    Categories.Category category = Categories.exactWord(folded);
    if (category != null && (Categories.clean(folded).endsWith("指标") || Categories.clean(folded).endsWith("目标"))) {
      // 时效指标 as a name: a heading cut off from its block. (服务对象满意度 without 指标 is a
      // satisfaction indicator's usual name and stays.)
      return true;
    }
    if (Categories.isBrokenWord(folded) || DOCUMENT_NUMBER.matches(folded) || UNIT_NOTE.matches(folded)
        || CODED_UNIT.matches(folded) || DEFINITION.find(folded) || BRACKETED_YEAR.matches(folded)) {
      return true;
    }
    return FORM_WORDS.stream().filter(folded::contains).limit(2).count() >= 2
        || folded.contains("绩效目标表") || folded.contains("绩效自评表");
  }
}
