package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.value.ValueGrammar;
import org.jixiao.util.Regex;
import org.jixiao.vocabulary.Hanzi;

/**
 * What a piece of glued text ends with when its value is told by repetition or by the question it
 * answers rather than by the value grammar: a yes-no question and its answer ({@code 是否…是}), a name
 * and its {@code 无}, a target that repeats its name ({@code 持续稳定运行持续稳定运行}), a phrase written
 * twice ({@code 成本控制不超过预算不超过预算10}), and a target in words that takes up its name's words
 * ({@code 提升全民健康水平促进人民群众健康水平不断提高}). {@link CellCutter} asks it of every piece it could
 * not cut otherwise.
 */
final class GluedEndings {

  /** Characters before 无 that make it part of a word (有无, 并无, 暂无), not a value after a name. */
  private static final String NOT_BEFORE_NONE = "有并均毫全暂从别";

  private GluedEndings() {}

  /**
   * Cuts the piece behind {@code cell} into its cells when it ends in one of these forms, and says
   * whether it did. {@code rest} is the text after the piece: a score there makes a phrase written
   * twice a self-evaluation's target and actual; a value there follows a repeated name.
   */
  static boolean cut(Cell cell, String rest, List<Cell> out) {
    String piece = cell.text();
    int line = cell.line();
    String after = rest.strip();
    boolean scored = !after.isEmpty() && Character.isDigit(after.charAt(0));
    int answer = cell.is(Cell.Kind.TEXT) ? answerAt(piece) : -1;
    if (answer > 0 && !(scored && piece.charAt(answer - 1) == piece.charAt(answer))) {
      // 是否通过政府采购公开招标选定服务单位是: a yes-no question and its answer; 容灾备份恢复能力无: a name and its 无.
      // (是否按时完成是是 before a score is the answer twice, a target and an actual: cut below as a value written twice.)
      out.add(Cell.of(piece.substring(0, answer), line));
      out.add(Cell.of(piece.substring(answer), line));
      return true;
    }
    if ((cell.is(Cell.Kind.TEXT) || cell.shape() == ValueGrammar.Shape.QUALITATIVE) && piece.length() >= 8 && piece.length() % 2 == 0
        && piece.regionMatches(0, piece, piece.length() / 2, piece.length() / 2)) {
      // 持续稳定运行持续稳定运行: a target that repeats its name, glued to it, at the row's end or before its points
      // (按期完工按期完工10); before a value (项目验收合格率项目验收合格率100%, or a count: 当年在校学生数…4953) the
      // name is repeated in front of the target, whose value follows.
      String half = piece.substring(0, piece.length() / 2);
      out.add(Cell.of(half, line));
      if (onlyPoints(after)) {
        out.add(value(half, line));
      }
      return true;
    }
    int doubled = cell.is(Cell.Kind.TEXT) ? doubledAt(piece, scored) : -1;
    if (doubled < 0) {
      int echo = cell.is(Cell.Kind.TEXT) && onlyPoints(after) ? echoedAt(piece) : -1;
      if (echo < 0) {
        return false;
      }
      // 非营利性民办园租房受益期限保障疫情期间非营利性民办园房租需求: at a row's end (or before its points), the
      // name and its target in words.
      out.add(Cell.of(piece.substring(0, echo), line));
      out.add(value(piece.substring(echo), line));
      return true;
    }
    String value = piece.substring(doubled, doubled + (piece.length() - doubled) / 2);
    Cell.Kind kind = Cell.of(value, line).kind();
    if (kind != Cell.Kind.TEXT && kind != Cell.Kind.VALUE) {
      return false;
    }
    // A phrase written twice: before a score (成本控制不超过预算不超过预算10), a self-evaluation's target
    // and actual, equal, glued after the name; at the end of the text (…被政府部门采纳采纳), a name
    // that ends in its own target.
    out.add(Cell.of(piece.substring(0, scored ? doubled : doubled + value.length()), line));
    for (int copy = 0; copy < (scored ? 2 : 1); copy++) {
      out.add(value(value, line));
    }
    return true;
  }

  /** A value written out by repetition (or with its name): a value whatever its words. */
  static Cell value(String text, int line) {
    return new Cell(text, line, Cell.Kind.VALUE, null, null, ValueGrammar.Shape.QUALITATIVE);
  }

  /**
   * Where a one-character answer glued after a name begins, or -1: {@code 是} or {@code 否} after a
   * question with 是否 and three characters or more after it ({@code 是否存在质量问题否},
   * {@code 已建工程是否存在质量问题否}), {@code 无} after a name of three or more
   * characters ({@code 容灾备份恢复能力无}, not {@code 有无}).
   */
  static int answerAt(String piece) {
    int n = piece.length();
    if (n < 5) {
      return -1;
    }
    char end = piece.charAt(n - 1);
    int question = piece.indexOf("是否");
    if ((end == '是' || end == '否') && question >= 0 && n - 1 - (question + 2) >= 3) {
      // 已建工程是否存在质量问题否: the question may open with what it asks about.
      return n - 1;
    }
    if (end == '无' && NOT_BEFORE_NONE.indexOf(piece.charAt(n - 2)) < 0
        && Character.UnicodeScript.of(piece.charAt(n - 2)) == Character.UnicodeScript.HAN) {
      return n - 1;
    }
    return -1;
  }

  /**
   * Where a phrase written twice at the end of a text begins ({@code 专款专用专款专用} after
   * {@code 保证财政建设补助专款专用}), or -1: two to twelve characters, after a name of two or more. Before a
   * score ({@code scored}) the copies are a self-evaluation's target and actual, and the score shows where they
   * end: then a longer phrase (完成时间为2022年12月30日, twice), up to forty characters, and a value of one character
   * the vocabulary knows as one (是是, 优优, 无无) are cut too.
   */
  static int doubledAt(String piece, boolean scored) {
    int n = piece.length();
    for (int length = Math.min(scored ? LONGEST : 12, (n - 2) / 2); length >= (scored ? 1 : 2); length--) {
      int start = n - 2 * length;
      if (piece.regionMatches(start, piece, n - length, length) && !piece.substring(n - length).isBlank()
          && Character.isLetter(piece.codePointAt(n - length))
          && (length > 1 || oneCharacterValue(piece.substring(n - 1)))) {
        return start;
      }
    }
    return -1;
  }

  /**
   * True for nothing, or for a row's points alone: a weight, or a weight and its score glued (109: 10 and 9). A count
   * (4953) is no points: the name written before it is the target's opening words (当年在校学生数4953).
   */
  private static boolean onlyPoints(String after) {
    if (after.isEmpty()) {
      return true;
    }
    return after.length() <= 4 && after.chars().allMatch(Character::isDigit)
        && (GluedNumbers.isWeight(Double.parseDouble(after)) || GluedNumbers.weightScore(after) != null);
  }

  /** Words that open targets in words: 显著促进了…, 保障…, 按照…, 严格按照…. */
  private static final Regex TARGET_OPENER = Regex.of(
      "显著|明显|有效|进一步|按照|按要求|按规定|确保|保障|促进|利用|严格|全面|切实|大力|加大|不断");
  /** Words a target in words must share with its name to be cut from it: a phrase, not a character or word. */
  private static final int SHORTEST_ECHO = 4;
  /** A name is no shorter than this where its target in words is cut after it. */
  private static final int SHORTEST_NAME = 4;

  /**
   * Where a target in words glued after its name begins, told by its taking up the name's words, or -1: the
   * first place after a name of four characters or more where the rest opens as targets in words open (显著,
   * 保障, 按照 …) and says again a phrase of four characters or more of the text before it
   * ({@code 促进学前教育普及普惠优质发展} / {@code 显著促进了学前教育普及…}). The rest is no longer than a target
   * in words and has no number in it; else it is a report's paragraph run on after the table. A target
   * restates what its name measures, with the way it should go; a name alone seldom says a phrase twice.
   */
  static int echoedAt(String piece) {
    // (Only the last characters can open such a target: a long piece, a paragraph, is not scanned from its start.)
    for (int at = Math.max(SHORTEST_NAME, piece.length() - ValueBoundary.LONGEST_WORDS_TARGET); at + 2 <= piece.length(); at++) {
      if (!Character.isLetter(piece.charAt(at - 1)) || !TARGET_OPENER.lookingAt(piece.substring(at))) {
        continue;
      }
      String target = piece.substring(at);
      if (target.chars().noneMatch(Character::isDigit) && sharesPhrase(piece.substring(0, at), target)) {
        return at;
      }
    }
    return -1;
  }

  /** True when {@code name} and {@code target} share a run of {@link #SHORTEST_ECHO} Chinese characters. */
  private static boolean sharesPhrase(String name, String target) {
    for (int k = 0; k + SHORTEST_ECHO <= name.length(); k++) {
      String phrase = name.substring(k, k + SHORTEST_ECHO);
      if (phrase.chars().allMatch(c -> Hanzi.isHan((char) c)) && target.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The longest phrase written twice before a score that is cut. */
  private static final int LONGEST = 40;

  /** A value of one character: an answer or grade the vocabulary knows (是, 否, 有, 优, 良, 中), or 无. */
  private static boolean oneCharacterValue(String c) {
    ValueGrammar.Shape shape = ValueGrammar.shape(c);
    return shape == ValueGrammar.Shape.QUALITATIVE || shape == ValueGrammar.Shape.EMPTY;
  }
}
