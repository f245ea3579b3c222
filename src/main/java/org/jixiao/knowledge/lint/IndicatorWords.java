package org.jixiao.knowledge.lint;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jixiao.vocabulary.Categories;
import org.jixiao.model.Indicator;
import org.jixiao.model.Op;
import org.jixiao.model.Target;
import org.jixiao.util.Regex;

/**
 * What an indicator's words say about it: a rate, a count, a satisfaction figure, a complaint count,
 * money spent, a figure where lower is better. The rules ask these questions; the vocabulary lives
 * here so that every rule reads a name the same way.
 *
 * <p>Names are read by their <em>ending</em> ({@link #core}), not by any character they contain:
 * {@code 数据共享目录} contains 数 and {@code 服务质量} contains 量, yet neither asks for a number, while
 * {@code 被国家省市级媒体报导次数} does. A display indicator such as
 * {@code 实时展示我区热线工单办理群众满意度情况，显示数据排名} mentions 满意度 but ends in 排名, so it is not
 * read as a satisfaction figure.
 */
final class IndicatorWords {

  private static final Regex SPACES = Regex.of("\\s+");
  private static final Regex SPACES_AND_MARKS = Regex.of("[\\s\\p{P}\\p{S}]");
  /** Bracketed notes: {@code （服务单位人员出勤情况）}, {@code (定性)}, {@code （2个工作日）}. */
  private static final Regex BRACKETS = Regex.of("\\([^()]*\\)|\\[[^\\[\\]]*]|【[^【】]*】");

  /** Clause separators: a name may be a sentence whose last clause names the figure. */
  private static final Regex CLAUSES = Regex.of("[,;:。、]");

  /**
   * Endings of names that ask for a number (rates, counts, amounts, durations, scores). 排名 is not one:
   * in these tables it names a display ({@code …，显示数据排名}), not a rank to reach.
   */
  private static final Regex NUMBER_ENDING =
      Regex.of("(率|满意度|满意程度|数|量|次|场次|人次|时长|时限|天数|周期|得分|评分|分数)$");

  /** Endings that look like a number word but are not one: 服务质量, 层次, 考核等次. */
  private static final Regex NOT_NUMBER_ENDING = Regex.of("(质量|层次|档次|等次|函数|变量)$");

  /**
   * Words ending in 率 that are physical rates, not shares: {@code 硬终端分辨率 1080P} and
   * {@code 线路速率 1000} are right without a %.
   */
  private static final Regex NOT_A_SHARE = Regex.of("(分辨率|速率|频率|功率|码率|帧率|比特率|采样率|汇率|容积率)$");

  /** Rates of change: growth can exceed 100%, and the base period matters. */
  private static final Regex GROWTH = Regex.of("增长率|增幅|增速|增长幅度|提高率|提升率");

  /** Rates of reduction: how much smaller than before (审批时限压缩率, 项目造价评审压减率). */
  private static final Regex REDUCTION = Regex.of("压缩率|压减率|节约率|下降率|降低率|减少率");

  private static final Regex SATISFACTION_ENDING = Regex.of("(满意度|满意率|满意程度|好评率)$");

  /** Complaints and reports: counting them measures dissatisfaction, not satisfaction. */
  private static final Regex COMPLAINT = Regex.of("投诉|举报|差评|有效投诉");

  /** Endings of a name that counts something ({@code 被投诉次数}, {@code 投诉件数}, {@code 投诉量}). */
  private static final Regex COUNT_ENDING = Regex.of("(次数|件数|宗数|起数|数|量|次|件)$");

  /** Units a count of complaints is written in. */
  private static final List<String> COUNT_UNITS = List.of("次", "件", "起", "宗", "个", "单", "例", "人次");

  /**
   * Inputs and budget execution: spending the money is not a result of spending it (财预〔2021〕101号).
   * Each pattern is a phrase that names money flowing or a budget being kept, never a service.
   */
  private static final Regex INPUT =
      Regex.of(
          "预算执行|执行率.*(预算|资金)|资金到位|到位率|结余|调整次数|预算调整|科目调整|资金支付|费用支付|支付率|支付进度"
              + "|拨付|控制在预算|预算内|预算控制|超预算|不超过预算|资金需求|资金使用率|经费使用率");

  /** Money nouns: with a money unit in the target, the indicator states an amount spent. */
  private static final Regex MONEY_NOUN = Regex.of("支出|经费|资金|费用|金额|投资|成本");

  private static final List<String> MONEY_UNITS = List.of("元", "万元", "亿元", "千元");

  /**
   * Words of figures where less is better: failures, losses, complaints, delays. Rates are listed whole
   * ({@code 故障率}, not 故障) because {@code 故障响应率} and {@code 无故障运行率} are better when higher.
   */
  private static final Regex LOWER_IS_BETTER =
      Regex.of(
          "故障率|流失率|差错率|出错率|错误率|投诉|举报|事故|互损率|逾期率|超时率|失败率|误报率|丢失率|延误率|返工率|重复来电率"
              + "|闲置率|损坏率|不合格率|违规|结余率|时长|响应时间|处理时间|耗时|时限|成本|发生数|发生率|空置率");

  /** People or businesses served: a project with such words in its name or goal needs a 满意度 indicator. */
  private static final Regex PUBLIC =
      Regex.of("群众|市民|企业|服务对象|热线|接待|办事|公众|居民|来访|信访人|便民|为民|政务服务大厅|政务大厅|申办人");

  private IndicatorWords() {}

  /**
   * What one indicator's name says, read once for all the rules of a check: its core and whether it
   * is a rate, a rate of change, a yes/no question, a figure asking for a number, a satisfaction
   * figure, or one where less is better.
   */
  record Reading(Indicator indicator, String core, boolean rate, boolean growth, boolean reduction, boolean yesNo,
      boolean asksForNumber, boolean satisfaction, boolean lowerIsBetter) {}

  /** Reads the indicator's name once. */
  static Reading read(Indicator indicator) {
    String c = core(indicator.name());
    return new Reading(indicator, c, isRateCore(c), GROWTH.find(c), REDUCTION.find(c), c.startsWith("是否"),
        asksForNumberCore(c), Categories.SATISFACTION.equals(indicator.level1()) || SATISFACTION_ENDING.find(c),
        LOWER_IS_BETTER.find(c));
  }

  /** Full-width to half-width (NFKC), so that {@code （} and {@code (}, {@code ，} and {@code ,} read alike. */
  static String halfWidth(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /**
   * The part of a name that says what is measured: half-width, without bracketed notes, the last
   * clause of a sentence, without a trailing {@code 指标} and spaces.
   * {@code 随机检查次数（服务单位人员出勤情况）} → {@code 随机检查次数}; {@code 服务满意度指标} → {@code 服务满意度}.
   */
  static String core(String name) {
    String s = halfWidth(name);
    String previous;
    do {
      previous = s;
      s = BRACKETS.replaceAll(s, "");
    } while (!s.equals(previous));
    s = SPACES.replaceAll(s, "");
    String[] clauses = CLAUSES.pattern().split(s);
    for (int i = clauses.length - 1; i >= 0; i--) {
      if (!clauses[i].isEmpty()) {
        s = clauses[i];
        break;
      }
    }
    if (s.endsWith("指标") && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** A name ending in 率 that states a share ({@code 物业巡检完成率}; not {@code 分辨率}, {@code 速率}). */
  static boolean isRate(String name) {
    return isRateCore(core(name));
  }

  private static boolean isRateCore(String c) {
    return c.endsWith("率") && !NOT_A_SHARE.find(c);
  }







  /** A name that asks for a number: a rate, a count, an amount, a duration, a satisfaction figure. */
  static boolean asksForNumber(String name) {
    return asksForNumberCore(core(name));
  }

  private static boolean asksForNumberCore(String c) {
    return NUMBER_ENDING.find(c) && !NOT_NUMBER_ENDING.find(c);
  }

  /** A name ending in 满意度 / 满意率 / 好评率. */
  static boolean isSatisfactionName(String name) {
    return SATISFACTION_ENDING.find(core(name));
  }

  /** Filed under 满意度指标, or named as a satisfaction figure wherever it is filed. */
  static boolean isSatisfaction(Indicator indicator) {
    return Categories.SATISFACTION.equals(indicator.level1()) || isSatisfactionName(indicator.name());
  }

  /**
   * The complaint words when the indicator counts complaints ({@code 被投诉次数 ≤10次},
   * {@code 服务对象满意度: 收到投诉少于5件}), else null.
   */
  static String complaintCount(Reading words) {
    Indicator indicator = words.indicator();
    String c = words.core();
    Matcher inName = COMPLAINT.pattern().matcher(c);
    Target t = indicator.target();
    boolean countTarget = t != null && t.value() != null && (t.unit() == null || COUNT_UNITS.contains(t.unit()));
    if (inName.find() && (COUNT_ENDING.find(c) || countTarget)) {
      return indicator.name();
    }
    if (t != null && countTarget && t.unit() != null && COMPLAINT.find(halfWidth(t.raw()))) {
      return t.raw();
    }
    return null;
  }

  /** The words that make the indicator an input (预算执行率, 资金到位率, an amount of money), else null. */
  static String inputWords(Indicator indicator) {
    String name = SPACES.replaceAll(halfWidth(indicator.name()), "");
    Matcher m = INPUT.pattern().matcher(name);
    if (m.find()) {
      return m.group();
    }
    Target t = indicator.target();
    Matcher money = MONEY_NOUN.pattern().matcher(name);
    if (t != null && t.unit() != null && MONEY_UNITS.contains(t.unit()) && money.find()) {
      return money.group() + "金额";
    }
    return null;
  }

  /**
   * True when a higher value is the better one: the target says so ({@code ≥}, {@code >}), or it has no
   * direction and the name is a rate or satisfaction figure that is not a failure, loss or delay.
   */
  static boolean higherIsBetter(Reading words, Target target) {
    if (target.op() == Op.GE || target.op() == Op.GT) {
      return true;
    }
    if (target.op() == Op.LE || target.op() == Op.LT || target.op() == Op.RANGE) {
      return false;
    }
    return (words.rate() || words.satisfaction()) && !words.lowerIsBetter();
  }



  /** The first word that shows a project serves people or businesses, else null. */
  static String publicWord(String... texts) {
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher m = PUBLIC.pattern().matcher(text);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  /** True for {@code %} and its relatives: a rate is stated in one of these. */
  static boolean isPercentUnit(String unit) {
    return "%".equals(unit) || "‰".equals(unit) || "个百分点".equals(unit) || "百分点".equals(unit);
  }

  /**
   * A name for comparing names: half-width, lower case, without spaces, punctuation or symbols, and
   * without 的 ({@code 项目验收的合格率} = {@code 项目验收合格率}).
   */
  static String comparable(String name) {
    return SPACES_AND_MARKS.replaceAll(halfWidth(name).toLowerCase(Locale.ROOT), "").replace("的", "");
  }
}
