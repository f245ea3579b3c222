package org.jixiao.ingest.recognise;

import org.jixiao.ingest.read.Row;
import org.jixiao.vocabulary.Categories;
import org.jixiao.vocabulary.Hanzi;

/**
 * A level 2 written bare (数量, 产出质量, 经济效益, no 指标 after it) and glued to the name that follows it,
 * in a row whose cells lost their borders under a header with a 二级指标 column: 产出数量完成2021年…培训任务,
 * 社会效益参训学员就业率. Bare stems also begin names (质量合格率, 成本控制率), so one is taken for the
 * level 2 only where nothing else can be meant: a level-1 stem and a level-2 stem together (产出数量, 产出质量:
 * no name begins so), or a longer level 2 of four characters or more (经济效益, 可持续影响) before a name of
 * four or more, or a level 2 right after the row's level-1 word (效益指标 | 经济效益减轻…), or 满意度 before a name that
 * asks about satisfaction (满意度参培学员满意度).
 */
final class GluedLevel2 {

  /** A running number opening a glued row, before a Han character. */
  private static final java.util.regex.Pattern RUNNING_NUMBER = java.util.regex.Pattern.compile("^\\d{1,3}[、.．]?(?=\\p{IsHan})");

  /** Two-character stems that begin names as often as they name a level 2. */
  private static final int SHORT = 2;

  /** The bare word that is both a level 1 and its only level 2. */
  private static final String SATISFACTION = "满意度";

  private GluedLevel2() {}

  /** A glued cell's level 1 written with its level 2 (empty when none), the level 2 and the name after them. */
  record Cut(String level1, String level2, String name) {}

  /** The levels and the name a glued text holds, or null when it holds no bare level 2 before a name. */
  static Cut split(Row row, Cell text, boolean afterLevel1InRow) {
    if (!CellCutter.isGluedRow(row)) {
      return null;
    }
    String t = text.text().strip();
    // 1产出数量开展…: the row's running number (序号) glued before the levels is no part of them.
    java.util.regex.Matcher number = RUNNING_NUMBER.matcher(t);
    if (number.lookingAt()) {
      t = t.substring(number.end());
    }
    String folded = Hanzi.foldChars(t);
    if (folded.length() != t.length()) {
      return null;
    }
    // 效益社会效益…, 满意度服务对象满意度…: a level-1 stem before a level 2 of its own is written with it.
    Categories.Match level1 = Categories.bareLevel1Stem(folded);
    Categories.Match after = level1 == null ? null : Categories.bareLevel2Stem(folded.substring(level1.end()));
    boolean ownLevel1 = after != null && level1.category().standard().equals(after.category().parent());
    int from = ownLevel1 ? level1.end() : 0;
    Categories.Match stem = ownLevel1 ? after : Categories.bareLevel2Stem(folded);
    if (stem == null) {
      return null;
    }
    String rest = t.substring(from + stem.end());
    boolean twoLevels = ownLevel1 || stem.word().startsWith("产出") && stem.word().length() > 2;
    boolean long4 = stem.word().length() >= 4 && rest.length() >= 4;
    boolean afterItsLevel1 = afterLevel1InRow && stem.word().length() > SHORT && rest.length() >= 2;
    // 满意度参培学员满意度: the bare word before a name that asks about satisfaction itself; no name opens with
    // 满意度 and asks it again. The word is the level 1 as much as the level 2 (满意度 has no other level 2).
    boolean satisfaction = !ownLevel1 && stem.word().equals(SATISFACTION) && rest.length() >= 4 && rest.contains("满意");
    if (!(twoLevels || long4 || afterItsLevel1 || satisfaction) || rest.length() < 2 || Categories.leadingWord(Hanzi.foldChars(rest), 0) != null) {
      return null;
    }
    String level1Written = ownLevel1 ? t.substring(0, from) : stem.word().startsWith("产出") ? "产出" : satisfaction ? stem.word() : "";
    return new Cut(level1Written, t.substring(from, from + stem.end()), rest);
  }
}
