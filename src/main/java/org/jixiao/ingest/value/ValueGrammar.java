package org.jixiao.ingest.value;

import static org.jixiao.ingest.value.ValueText.isDigit;
import org.jixiao.util.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.vocabulary.Hanzi;

/**
 * The shapes a cell of a performance table can have as a value, and where a value starts and ends
 * inside text that lost its cell borders. The recogniser asks it what a cell is (a target such as
 * {@code ≥95%}, a plain number such as a weight, a sign {@code ≥}, a unit {@code 人/年}, a kind
 * {@code 定量}) and where to cut {@code 农村学校改造覆盖率100%} or {@code 17元/人.每天反映…} into name
 * and value. The forms are those {@link TargetParser} reads; nothing here parses a value's meaning.
 */
public final class ValueGrammar {

  /** What a whole cell is, as a value. */
  public enum Shape {
    /** 无, /, —: a value cell that says there is none. */
    EMPTY,
    /** A number with a sign, a unit or a bound: {@code ≥95%}, {@code 1200万通}, {@code 5次以下}. */
    MEASURE,
    /** A date or period: {@code 2023年12月31日}, {@code 2023.07-2024.01}, {@code 年底前}. */
    DATE,
    /** A grade or direction: {@code 优}, {@code 达标}, {@code 稳步提高}, {@code 有所减轻}. */
    QUALITATIVE,
    /** A bare number: a weight, a score, or a target in a table with a unit column. */
    NUMBER,
    /** A comparison alone: {@code ≥}, {@code 大于等于}. */
    SIGN,
    /** A unit alone: {@code %}, {@code 人次}, {@code 元/人}. */
    UNIT,
    /** The kind of an indicator: {@code 定量}, {@code 定性}, {@code 正向}. */
    KIND,
    /** Not a value. */
    NONE
  }

  /** Longer cells are never read as values by their shape alone (a target in its column still is). */
  private static final int LONGEST_VALUE = 40;
  private static final Set<String> EMPTY_WORDS = Set.of("无", "暂无", "不适用", "无此项");
  private static final Regex CHANGE = Regex.of(String.join("|", Comparators.changeWords()));
  private static final String CHINESE_NUMERALS = "一二两三四五六七八九十百千";

  /** The year or period a target is compared with: 上年, 上年度, 去年同期, 基期. */
  private static final String BASE_PERIOD = "(?:上年同期|上一年度|上年度|上一年|上年|去年同期|去年|基期年|基期)";
  /**
   * A comparison with that period that opens a value, before its change and number: 较上年增长10%, 比上年提高5个百分点,
   * 超上年2%, 同比增长5%. The change and the number must follow; 较上年增长率 is a name.
   */
  private static final Regex BASELINE = Regex.of("(?:(?:较|比|超过|超)" + BASE_PERIOD + "(?:水平)?|同比|环比)");
  /**
   * A comparison with that period that is a whole value in words: 不低于上年, 高于上年水平, 超上年度, 与上年持平,
   * 较上年有所提高.
   */
  private static final Regex BASELINE_WORDS = Regex.of(
      "(?:(?:不低于|不高于|不少于|高于|低于|超过|超|优于|好于)" + BASE_PERIOD + "(?:水平)?|(?:与|同)" + BASE_PERIOD + "(?:水平)?持平"
          + "|(?:较|比)" + BASE_PERIOD + "(?:有所|稳步|明显|逐步|显著|进一步|大幅)(?:提高|提升|改善|增加|增长|下降|降低|减少))");

  /**
   * Targets in words that bind the work to a rule, a plan or the budget: 按规定时限, 按规定公开, 按要求完成, 不超过预算,
   * 控制在预算范围内.
   */
  private static final Regex BY_RULE_OR_BUDGET = Regex.of(
      "(?:按规定|按要求|按计划|按标准|按合同|按程序|按进度)(?:时限|期限|标准)?"
          + "(?:完成|执行|公开|发放|落实|到位|使用|支付|拨付|实施|办理|开展|兑现|报送)?"
          + "|(?:不超过|不超出|不超|不高于|控制在|≤|<|＜)(?:年初|批复)?预算(?:数|标准|金额)?(?:内|以内|范围内|之内)?");

  /** A month or a day as a date writes it after its year or month: 12月, 30日. */
  private static final Regex PART_OF_DATE = Regex.of("\\d{1,2}[月日]");

  /** Last characters of names of rates, counts and amounts (…率, …人数, …时限, …标准): what follows them is their value. */
  private static final String NAME_LAST_CHARS = "率数量度额积间限例准次";

  /** A comparison sign or word opening a value: the signs, and the comparison words of {@link Comparators}, and 约. */
  private static final Regex SIGNS = Regex.of("[≥≤=<>≠±≧≦═]|" + String.join("|", Comparators.comparisonWords()) + "|约");
  private static final Set<String> KINDS = Set.of(
      "定量", "定性", "正向", "反向", "中性", "正向指标", "反向指标", "定量指标", "定性指标", "-定量", "-定性",
      "共性指标", "个性指标", "核心指标", "必填", "选填");
  /** A bare number, or a weight worked out in its cell: {@code 40/3=13.33}. */
  private static final Regex PLAIN_NUMBER = Regex.of("[-+]?\\d{1,12}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?/\\d+(?:\\.\\d+)?=\\d+(?:\\.\\d+)?");
  private static final Regex DATE = Regex.of(
      "\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:-{1,2}|—{1,2}|~|至|到)(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?(?:底|末)?"
          + "|(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:底|末|前|以前|之前|底前|末前|内|以内|完成)*"
          + "|\\d{4}[.\\-/]\\d{1,2}(?:[.\\-/]\\d{1,2})?(?:[-~至到](?:\\d{4}[.\\-/])?\\d{1,2}(?:[.\\-/]\\d{1,2})?)?"
          + "|(?:\\d{4}年)?(?:年底|年末|年内|当年|全年|年度内|半年|上半年|下半年|季度末|月底)(?:前|以前|之前|完成)?");
  /** A deadline that opens a target whose measure follows: 12月底前, 2023年6月30日前, 年底前. */
  private static final Regex DEADLINE_FIRST = Regex.of(
      "(?:\\d{4}年)?(?:\\d{1,2}月(?:\\d{1,2}日)?(?:底|末)?|年底|年末)(?:前|以前|之前|(?=完成\\d))");
  /** First words of qualitative targets: 有所提高, 稳步提升, 明显改善, 逐步完善 … */
  private static final Regex QUALITATIVE_LEAD = Regex.of(
      "^(?:有所|稳步|持续|明显|逐步|显著|进一步|不断|大幅|较大|较好|全面|基本|有效|按时|按期|及时|充分|切实)"
          + "(?:提高|提升|改善|减轻|增加|下降|降低|增强|优化|好转|完善|加强|推进|发挥|保障|缓解|减少|增长|完成|到位|发放|落实)?.{0,6}$");
  private static final Regex QUALITATIVE_PHRASE = Regex.of(
      "(?:有所|稳步|持续|明显|逐步|显著|进一步|不断|大幅|较大|较好|全面|基本|有效|按时|按期|及时|充分|切实)"
          + "(?:提高|提升|改善|减轻|增加|下降|降低|增强|优化|好转|完善|加强|推进|发挥|保障|缓解|减少|增长|完成|到位|发放|落实)");
  /** How names of rates and counts end; no qualitative value ends so. */
  private static final Regex RATE_NAME = Regex.of("(?:率|次数|人数|数量)$");
  /** Four or more characters, then an equals sign: a name and its target, not one value. */
  private static final Regex NAME_EQUALS = Regex.of("^\\p{IsHan}{4,}[=＝]");
  /** A self-evaluation's status as its actual value: 已完成, 未达标, 达成预期指标, 达成目标值. */
  private static final Regex STATUS = Regex.of("(?:已|未|基本|全部)(?:完成|达标|实现|达到|落实|到位|达成)"
      + "|(?:达成|达到)(?:预期|年度)?(?:指标值|目标值|指标|目标|效果)|达成预期|达到预期");
  /** Words after a number that close a target: 95%以上, 5次以下, 3天以内, 1小时内. */
  private static final List<String> BOUNDS = java.util.stream.Stream.concat(
      Comparators.boundWords().stream(), java.util.stream.Stream.of("左右", "前")).toList();
  /** After a number these make it part of a name: 0-6岁儿童, 3级医院, 2号楼, 5G. */
  private static final Regex NAME_AFTER = Regex.of("(?:[-~～—至]\\d|岁|周岁|月龄|级|类|号|型|期间|批次|项目|条|线|路|G|K|\\d)");

  /** The number of an item in a list before its words: 3、施用配方肥, 1.肥料利用率 (not 1.5, not 3、4). */
  private static final Regex LIST_NUMBER = Regex.of("^\\d{1,2}\\s*[、.．]\\s*(?=\\p{IsHan})");

  private ValueGrammar() {}

  /**
   * True for a whole cell that binds the work to last year, a rule or the budget in words (不低于上年, 按规定时限,
   * 控制在预算内): a target where it stands as one, but a name where a target follows it.
   */
  public static boolean isRuleInWords(String cell) {
    String s = ValueText.clean(cell);
    return BASELINE_WORDS.matches(s) || BY_RULE_OR_BUDGET.matches(s);
  }

  /** The shape of a whole cell. */
  public static Shape shape(String cell) {
    if (cell == null || cell.length() > LONGEST_VALUE * 2) {
      return cell == null || cell.isBlank() ? Shape.EMPTY : Shape.NONE;
    }
    String s = ValueText.clean(cell);
    if (s.isEmpty() || s.chars().allMatch(c -> "/-—–_\\|".indexOf(c) >= 0) || EMPTY_WORDS.contains(s)) {
      return Shape.EMPTY;
    }
    if (s.length() > LONGEST_VALUE) {
      return Shape.NONE; // a value is short; longer text is a name, a sentence or a rule
    }
    if (KINDS.contains(s)) {
      return Shape.KIND;
    }
    if (SIGNS.matches(s) || s.equals("≥=") || s.equals("≤=")) {
      return Shape.SIGN;
    }
    if (PLAIN_NUMBER.matches(s)) {
      return Shape.NUMBER;
    }
    String unit = Units.at(s, 0);
    if (unit != null && unit.length() == s.length()) {
      return Shape.UNIT;
    }
    if (DATE.matches(s) && s.chars().anyMatch(c -> isDigit((char) c) || c == '年' || c == '月')) {
      return Shape.DATE;
    }
    if (LIST_NUMBER.lookingAt(s)) {
      return Shape.NONE; // 3、施用配方肥: an item's number in a list, not 3 of something
    }
    int end = measureEnd(s, 0);
    if (end > 0 && (s.length() - end <= 6 || noteEnd(s, end) == s.length())) {
      return Shape.MEASURE; // 6宗（包括通过论证、不通过论证等情形）: a measure and its note in brackets
    }
    if (NAME_EQUALS.lookingAt(s)) {
      return Shape.NONE; // 救助对象生活水平=提高: a name, then its target after an equals sign
    }
    if (RATE_NAME.find(s) && s.length() > 3) {
      return Shape.NONE; // 按时发放率, 有效投诉办结率: what a rate measures, a name
    }
    int deadline = DEADLINE_FIRST.endAt(s, 0);
    if (deadline >= 0 && deadline < s.length() && shape(s.substring(deadline)) == Shape.MEASURE) {
      return Shape.MEASURE; // 12月底前100%到位: how much, by when
    }
    if (isRuleInWords(s) || QUALITATIVE_LEAD.matches(s) || STATUS.matches(s) || GLUED_GRADE.matches(s)
        || (s.length() <= 16 && Grades.of(s) != null)) {
      return Shape.QUALITATIVE;
    }
    return Shape.NONE;
  }

  /**
   * The end of a note in brackets that opens right at {@code from} and closes within 80 characters
   * ({@code (含线上)}, {@code （按季度统计）}, half- or full-width), or -1. Notes nest no deeper than one level.
   */
  public static int noteEnd(String text, int from) {
    if (from >= text.length() || "(（".indexOf(text.charAt(from)) < 0) {
      return -1;
    }
    int depth = 0;
    for (int k = from; k < text.length() && k <= from + 80; k++) {
      char c = text.charAt(k);
      if (c == '(' || c == '（') {
        if (++depth > 2) {
          return -1;
        }
      } else if ((c == ')' || c == '）') && --depth == 0) {
        return k + 1;
      }
    }
    return -1;
  }

  /** True for the shapes a target cell has. */
  public static boolean isTarget(Shape shape) {
    return shape == Shape.MEASURE || shape == Shape.DATE || shape == Shape.QUALITATIVE
        || shape == Shape.NUMBER || shape == Shape.EMPTY;
  }

  /**
   * Where a target starts in a text whose name and value lost their border
   * ({@code 农村义务教育学校改造覆盖率100%} → the index of {@code 100%}): the first place, at least two
   * characters in, where a measure, a date or a qualitative phrase begins and that is not part of the
   * name ({@code 0-6岁儿童}, {@code 12345热线}). Returns {start, end} of the target, or null.
   */
  public static int[] targetIn(String original) {
    String text = Hanzi.foldChars(original);
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      if (isDigit(before) || before == '.' || before == '-' || before == '第') {
        continue;
      }
      int end = -1;
      if (isDigit(c) || (SIGNS.endAt(text, i) >= 0)) {
        end = measureEnd(text, i);
        if (end > 0 && (NAME_AFTER.endAt(text, end) >= 0) && !text.startsWith("%", end - 1)) {
          end = -1;
        }
      }
      if (end < 0) {
        end = qualitativeEnd(text, i);
      }
      if (end > i) {
        return new int[] {i, end};
      }
    }
    return null;
  }

  /**
   * A grade a self-evaluation writes as its target or actual, with its qualifier: 达标, 基本达标, 较及时.
   * Read only where the form puts one (after a name's last character, or after another value), since
   * inside a name 有效 or 完整 are just words.
   */
  private static final Regex GLUED_GRADE = Regex.of(
      "(?:较|基本|比较|不)?(?:达标|合格|及时|有效|健全|完善|良好|优秀|规范|准确|完整|到位|满意)");
  /**
   * Grades and durations that end no name: at the end of a glued text they are its target (对…的可持续影响长期:
   * no name of the development tables ends with 长期 or 长远, and targets do. 明显 and 显著 end none either,
   * but end targets as a whole, 影响程度明显, that a cut would break).
   */
  private static final Regex END_GRADE = Regex.of("优秀|良好|优良|较好|长期|长远");
  /**
   * A direction ending a glued text right after what a name measures (水平, 影响, 能力, a rate): the target in
   * words of a name that says what is measured and not which way (提升博物馆绿化水平 | 提升).
   */
  private static final Regex END_DIRECTION = Regex.of("提升|提高|减少|降低|增加|改善|增强");
  private static final Regex MEASURED_END = Regex.of("(?:水平|影响|能力|质量|环境|条件|效率|效益|率|度)$");
  /** Last characters of names that a grade can follow: 合格率, 满意度, 及时性, 完成情况. */
  private static final String GRADED_NAME_ENDS = "率度性况";
  /** Words ending in 度 that end no name a grade follows: 管理制度健全 is a name still. */
  private static final Regex NOT_A_NAME_END = Regex.of("制度|年度|季度|额度");

  /** The end of a grade starting at {@code at} ({@code 较及时}), or -1. */
  public static int gradeAt(String folded, int at) {
    int end = GLUED_GRADE.endAt(folded, at);
    // 满意率, 及时性, 合格度: a grade with a name's last character is a word of a name, not a grade.
    return end > 0 && end < folded.length() && "率度性".indexOf(folded.charAt(end)) >= 0 ? -1 : end;
  }

  /** The qualifiers a self-evaluation puts before a grade it met in part: 较及时, 基本达标. */
  private static final Regex GRADE_QUALIFIER = Regex.of("较|基本|比较|不");

  /**
   * The end of the first grade of a target and actual written as one grade and then the same grade
   * again or qualified ({@code 及时较及时}, {@code 达标基本达标}, {@code 有效有效}) where a score or the end
   * of the text follows, or -1. The pair marks the target's start whatever the name before it ends with.
   */
  static int gradePairEnd(String folded, int at) {
    if (at < 2 || GRADE_QUALIFIER.endAt(folded, at) > at) {
      return -1;
    }
    int first = GLUED_GRADE.endAt(folded, at);
    if (first <= at) {
      return -1;
    }
    int second = GLUED_GRADE.endAt(folded, first);
    if (second <= first || (second < folded.length() && !isDigit(folded.charAt(second)))) {
      return -1;
    }
    int qualifier = Math.max(GRADE_QUALIFIER.endAt(folded, first), first);
    return folded.substring(qualifier, second).equals(folded.substring(at, first)) ? first : -1;
  }

  /** The first characters of signs, comparison words, words of change, qualitative leads and statuses. */
  private static final String VALUE_STARTS = "≥≤=<>≠±≧≦═大小等不高低约达有稳持明逐显进较全基按及充切已未每比超同环与优好完年"
      + java.util.stream.Stream.concat(Comparators.comparisonWords().stream(), Comparators.changeWords().stream())
          .map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

  private static final Regex PER_UNIT = Regex.of("\\d\\D*/");
  private static final Regex RANGE_WITH_UNIT = Regex.of(".*\\d[-~至到]\\d.*\\D");

  /** A value found inside text: where it ends, and whether its form alone marks it as a value. */
  public record Span(int end, boolean strong) {}

  private static final Regex DATE_AT = Regex.of(
      "\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:底|末)?(?:前|以前|之前)?(?:(?:-{1,2}|—{1,2}|~|至|到)(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?(?:底|末)?)?"
      // 2023年底, 2021年全年: a year and the part of it meant.
      + "|(?:19|20)\\d{2}年(?:底|末|内|全年|年底|年末)(?:前|以前|之前)?"
      // 2020.1.1-2020.12.31: a year as years are (1346.0088 is a number) and a month as months are; the end may
      // leave out the year (2021.1.1-12.31).
      + "|(?:19|20)\\d{2}[.\\-/](?:1[0-2]|0?[1-9])(?!\\d)(?:[.\\-/]\\d{1,2})?"
      + "(?:[-~至到](?:(?:19|20)\\d{2}[.\\-/]\\d{1,2}(?:[.\\-/]\\d{1,2})?|(?:1[0-2]|0?[1-9])[.\\-/][1-3]?\\d))?"
      // 12月底前, 6月30日, 11月上旬, 10月前, 年底前: a month of the year the table is for, by what follows it a date
      // (12月 alone may as well be twelve months).
      + "|(?:1[0-2]|0?[1-9])月(?:[1-3]?\\d日|底|末|上旬|中旬|下旬)(?:前|以前|之前)?|(?:1[0-2]|0?[1-9])月(?:前|以前|之前)"
      + "|(?:年底|年末)(?:前|以前|之前)");

  /**
   * The value that starts at {@code at} in a text folded by {@link Hanzi#foldChars}: a date, a measure
   * or a qualitative phrase; null when none starts there. A value is strong when its form alone says
   * so (a sign, a %, a bound such as 以上, a range, a full date); a bare {@code 5000吨} followed by
   * more text may be the start of a name ({@code 5000吨稻谷储备到位率}).
   */
  /**
   * True when a glued row's words end at {@code end}: the text ends there, or only a number a weight or score
   * column gave follows (…可持续影响长期10, the weight 10 glued on after the target in words).
   */
  private static boolean endsGluedRow(String folded, int end) {
    return end == folded.length() || GLUED_POINTS.matches(folded.subSequence(end, folded.length()));
  }

  /** Points glued after a row's last words: a weight or a score (10, 9.5), or both (109). */
  private static final Regex GLUED_POINTS = Regex.of("\\d{1,4}(?:\\.\\d{1,2})?");

  public static Span valueAt(String folded, int at) {
    int pair = gradePairEnd(folded, at);
    if (pair > at) {
      return new Span(pair, true); // 科目调整次数及时较及时77: a grade and its own hedged form before a score
    }
    if (at >= 3 && GRADED_NAME_ENDS.indexOf(folded.charAt(at - 1)) >= 0 && !NOT_A_NAME_END.matches(folded.subSequence(at - 2, at))) {
      int grade = gradeAt(folded, at);
      if (grade < 0 && at == folded.length() - 1 && "优良中差".indexOf(folded.charAt(at)) >= 0) {
        grade = at + 1; // 运维服务满意度优: a one-character grade ending the text after a name's last character
      }
      if (grade > at) {
        // 项目完成及时性及时较及时77: a grade straight after a name's last character, then the actual.
        boolean more = grade == folded.length() || isDigit(folded.charAt(grade)) || gradeAt(folded, grade) > grade;
        return new Span(grade, more);
      }
    }
    boolean twoToTheEnd = at + 2 <= folded.length() && endsGluedRow(folded, at + 2);
    if (at >= 4 && twoToTheEnd && END_GRADE.matches(folded.subSequence(at, at + 2))
        && Character.UnicodeScript.of(folded.charAt(at - 1)) == Character.UnicodeScript.HAN) {
      return new Span(at + 2, true); // 对社工服务质量进行考核评估优秀: a grade no name ends with, ending the text
    }
    if (at >= 4 && twoToTheEnd && END_DIRECTION.matches(folded.subSequence(at, at + 2))
        && MEASURED_END.find(folded.subSequence(at - 4, at))) {
      return new Span(at + 2, true); // 提升博物馆绿化水平提升, …的不利影响减少: what is measured, then which way
    }
    if (at >= folded.length() || VALUE_STARTS.indexOf(folded.charAt(at)) < 0 && !isDigit(folded.charAt(at))) {
      return null; // most positions of a text start no value: one look-up instead of four patterns
    }
    if (at > 0) {
      char before = folded.charAt(at - 1);
      if (isDigit(before) || before == '.' || before == '第' || Character.isLetter(before) && before < 128) {
        return null;
      }
    }
    if ((folded.charAt(at) == '=' || folded.charAt(at) == '＝') && at + 1 < folded.length()) {
      int word = Grades.wordEnd(folded, at + 1);
      if (word > 0) {
        return new Span(word, true); // …生活水平=提高: a sign and a direction word
      }
    }
    if (insideDate(folded, at)) {
      return null;
    }
    int date = DATE_AT.endAt(folded, at);
    if (date >= 0) {
      return new Span(doneAfter(folded, date), true);
    }
    int end = measureEnd(folded, at);
    if (end > at) {
      String m = folded.substring(at, end);
      boolean bare = !SIGNS.lookingAt(m) && PLAIN_NUMBER.matches(m);
      if ((NAME_AFTER.endAt(folded, end) >= 0) && !m.endsWith("%")
          && (bare || !Character.isDigit(folded.charAt(end)))) {
        return null;
      }
      // A range is a value only with its unit (6000-8000件); 2024至2027 is a period in a name.
      boolean strong = SIGNS.lookingAt(m) || BASELINE.lookingAt(m) || m.contains("%") || m.contains("‰") || PER_UNIT.find(m)
          || BOUNDS.stream().anyMatch(m::endsWith) || RANGE_WITH_UNIT.matches(m);
      return new Span(end, strong);
    }
    int q = qualitativeEnd(folded, at);
    if (q > at) {
      return new Span(q, false);
    }
    int status = STATUS.endAt(folded, at);
    return status >= 0 ? new Span(status, false) : null;
  }

  /** What a deadline's target says is done by then: 到位, 拨付到位, 全部完成 (not 完成率, a name's start). */
  private static final Regex DONE = Regex.of("(?:全部|足额|资金)?(?:拨付|支付|发放)?(?:到位|完成|完工)(?!\\p{IsHan})");

  /**
   * The end of a deadline's target after the date ending at {@code date}: what is done by then, with its share
   * (12月底到位, 12月底前100%到位, 11月底完成100%); the date's own end when nothing is said done there.
   */
  private static int doneAfter(String folded, int date) {
    if (folded.startsWith("完成", date)) {
      int share = measureEnd(folded, date); // 11月底完成100%: the share of the work done by then
      if (share > date) {
        return share;
      }
    }
    int done = DONE.endAt(folded, date);
    if (done > date) {
      return done;
    }
    int share = date < folded.length() && isDigit(folded.charAt(date)) ? measureEnd(folded, date) : -1;
    if (share > date && folded.charAt(share - 1) == '%') {
      int doneAfterShare = DONE.endAt(folded, share);
      if (doneAfterShare > share) {
        return doneAfterShare;
      }
    }
    return date;
  }

  /**
   * Cuts a run of values that lost their borders into values: {@code 100%100%1515} →
   * {@code 100%}, {@code 100%}, {@code 1515}. Text that does not start with a value is returned whole.
   */
  public static List<String> values(String original) {
    String text = Hanzi.foldChars(original);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = measureEnd(text, i);
      if (end <= i) {
        out.add(original.substring(i));
        break;
      }
      out.add(original.substring(i, end));
      i = end;
    }
    return out;
  }

  /**
   * The end of a measure starting at {@code at}: an optional sign or comparison word, a number with
   * its multiplier, unit, range and bound ({@code ≥95%}, {@code 6000-8000件/月}, {@code 5次以下},
   * {@code 17元/人.每天}); or -1.
   */
  static int measureEnd(String s, int at) {
    if (s.startsWith("完成", at) && at + 2 < s.length() && isDigit(s.charAt(at + 2))) {
      // 完成100%, 11月底完成100%: a share of the work done; 完成2021年…任务 and 完成3项 begin names.
      int share = measureEnd(s, at + 2);
      return share > at + 2 && s.charAt(share - 1) == '%' ? share : -1;
    }
    int baseline = BASELINE.endAt(s, at);
    if (baseline > at) {
      // 较上年增长10%: the comparison with last year, then the change and its number as any target has them.
      int change = CHANGE.endAt(s, baseline);
      int from = change >= 0 ? change : baseline;
      int number = from < s.length() && isDigit(s.charAt(from)) ? measureEnd(s, from) : -1;
      return number > from ? number : -1;
    }
    int j = at;
    int sign = SIGNS.endAt(s, at);
    if (sign < 0) {
      // 提高30%, 压减8%以上: a word of change opens a value when its number follows at once.
      int change = CHANGE.endAt(s, at);
      sign = change >= 0 && change < s.length() && isDigit(s.charAt(change)) ? change : -1;
    }
    if (sign >= 0) {
      j = sign;
      if (j < s.length() && s.charAt(j) == '=') {
        j++;
      }
      // 至少一次, 不少于两次: after a comparison, a count in Chinese numerals with its unit.
      int chinese = j;
      while (chinese < s.length() && CHINESE_NUMERALS.indexOf(s.charAt(chinese)) >= 0) {
        chinese++;
      }
      String unit = chinese > j ? Units.at(s, chinese) : null;
      if (unit != null && !isDigit(s.charAt(j))) {
        return chinese + unit.length();
      }
    }
    if (j + 2 < s.length() && s.charAt(j) == '每') {
      // 每亩300, 每人200元: a rate written with its base first.
      String base = Units.at(s, j + 1);
      if (base != null && j + 1 + base.length() < s.length() && isDigit(s.charAt(j + 1 + base.length()))) {
        j += 1 + base.length();
      }
    }
    int number = numberEnd(s, j);
    if (number < 0) {
      return -1;
    }
    j = number;
    if (j < s.length() && (s.charAt(j) == '万' || s.charAt(j) == '亿' || s.charAt(j) == '余' || s.charAt(j) == '多')) {
      j++;
    }
    String unit = Units.at(s, j);
    if (unit != null) {
      j += unit.length();
    } else if (j > number) {
      j = number + (s.charAt(number) == '万' || s.charAt(number) == '亿' ? 1 : 0);
      // ≤620万/月: money in 万 per month, the 元 left out.
      j += Units.perAt(s, j);
    }
    if (j < s.length() && "-~～至到".indexOf(s.charAt(j)) >= 0) {
      int second = numberEnd(s, j + 1);
      if (second > 0) {
        j = second;
        String unit2 = Units.at(s, j);
        if (unit2 != null) {
          j += unit2.length();
        }
      }
    }
    for (String bound : BOUNDS) {
      if (s.startsWith(bound, j)) {
        j += bound.length();
        break;
      }
    }
    return j;
  }

  private static int numberEnd(String s, int at) {
    int j = at;
    while (j < s.length() && (isDigit(s.charAt(j)) || (j > at && (s.charAt(j) == '.' || s.charAt(j) == ',')
        && j + 1 < s.length() && isDigit(s.charAt(j + 1))))) {
      j++;
    }
    return j > at ? j : -1;
  }

  /**
   * True when the digits at {@code at} are the month or the day of a date begun before them (截至2026年12月底,
   * 完成时间为2022年12月30日); a year after a date (2023年12月2023年10月) starts the next value.
   */
  private static boolean insideDate(String folded, int at) {
    if (at < 2 || !isDigit(folded.charAt(at - 2)) || !isDigit(folded.charAt(at))) {
      return false;
    }
    int part = PART_OF_DATE.endAt(folded, at);
    if (part < 0) {
      return false;
    }
    char unit = folded.charAt(part - 1);
    char before = folded.charAt(at - 1);
    return before == '年' && unit == '月' || before == '月' && unit == '日';
  }

  /** True when a number and a unit of up to three characters end the text before {@code at} (饲料库120平米). */
  private static boolean quantityBefore(String text, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      if (isDigit(text.charAt(k))) {
        return k < at - 1;
      }
    }
    return false;
  }

  private static int qualitativeEnd(String text, int at) {
    // 不低于上年, 与上年持平, 按规定时限, 控制在预算范围内: a comparison or a rule in words. Names are written so too
    // (项目成本控制在预算内), so inside a text one counts only after a name's end (医疗文书及时率按规定时限).
    boolean afterName = at == 0 || NAME_LAST_CHARS.indexOf(text.charAt(at - 1)) >= 0 || !Character.isLetter(text.charAt(at - 1))
        || quantityBefore(text, at);
    int baseline = BASELINE_WORDS.endAt(text, at);
    if (baseline > at && afterName) {
      return baseline;
    }
    int rule = BY_RULE_OR_BUDGET.endAt(text, at);
    if (rule > at + 3 && afterName) {
      return rule; // (按规定 alone is too short to tell from a name's start)
    }
    // Only the lead and its verb: what follows is prose (its explanation) or a further cell.
    return QUALITATIVE_PHRASE.endAt(text, at);
  }
}
