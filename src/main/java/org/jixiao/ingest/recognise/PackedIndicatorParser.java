package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Provenance;
import org.jixiao.model.Target;
import org.jixiao.vocabulary.Categories;

/**
 * Reads the 绩效指标 cell that packs a whole list of indicators into one text, as in
 * <pre>
 * 1、产出指标：物业巡检完成率（…=实际数/计划数*100%），年度指标值：≥95%。2、满意度指标：…
 * 1、1-产出指标,11-数量指标,电子政务外网主干带宽；实施周期指标值:≥10000M,年度指标值:≥10000M;
 * </pre>
 * Items are found by their start ({@code N、<level 1>指标}) rather than by their numbers, because the
 * numbering restarts inside a cell where two years' lists were pasted together.
 */
public final class PackedIndicatorParser {

  /** {@code 1、产出指标：}, {@code 2、3-满意度指标,}, {@code 3. 效益指标:}. */
  private static final Pattern ITEM_START =
      Pattern.compile(
          "(?<![\\d.])\\d{1,3}\\s*[、.．]\\s*(?:\\d{1,2}\\s*-\\s*)?((?:预期)?(?:产出|效益|效果|满意度|成本)指标)\\s*[：:,，]");
  /** {@code 11-数量指标,} or {@code 31-服务对象满意度,} right after the level 1. */
  private static final Pattern LEVEL2_PREFIX =
      Pattern.compile("^\\s*\\d{1,3}\\s*-\\s*([^,，；;:：]{1,20})\\s*[,，]");
  /** {@code 年度指标值：}, {@code 实施周期指标值:}, {@code ，年度指标值，} (a comma instead of a colon). */
  private static final Pattern VALUE_LABEL =
      Pattern.compile("[，,；;]?\\s*(实施周期指标值|年度指标值|指标值)\\s*[:：，,]?\\s*");

  private PackedIndicatorParser() {}

  /** True when {@code text} holds at least one packed indicator item. */
  public static boolean looksPacked(String text) {
    return text != null && ITEM_START.matcher(text).find();
  }

  /**
   * The indicators in {@code text}, in order, without ids.
   *
   * @param source file and line of the cell, given to every indicator
   */
  public static List<Indicator> parse(String text, Provenance source) {
    List<Indicator> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Matcher m = ITEM_START.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> level1s = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      level1s.add(m.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      int bodyStart = starts.get(i)[1];
      int bodyEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      Indicator indicator = item(level1s.get(i), text.substring(bodyStart, bodyEnd), source);
      if (indicator != null) {
        out.add(indicator);
      }
    }
    return out;
  }

  private static Indicator item(String level1Raw, String body, Provenance source) {
    String level2Raw = null;
    Matcher l2 = LEVEL2_PREFIX.matcher(body);
    if (l2.find() && Categories.level2(l2.group(1)) != null && Categories.parentOf(Categories.level2(l2.group(1))) != null) {
      // 11-数量指标, 31-服务对象满意度: a numbered level 2. 1-6月工单办结率 is a name that starts with a range.
      level2Raw = l2.group(1).strip();
      body = body.substring(l2.end());
    }
    Matcher label = VALUE_LABEL.matcher(body);
    List<Target> targets = new ArrayList<>();
    String nameText;
    if (label.find()) {
      nameText = body.substring(0, label.start());
      int valueStart = label.end();
      String labelText = label.group(1);
      while (true) {
        boolean more = label.find();
        String value = IndicatorNames.trimPunctuation(body.substring(valueStart, more ? label.start() : body.length()));
        targets.add(TargetParser.parse(value, "实施周期指标值".equals(labelText) ? Period.CYCLE : Period.ANNUAL));
        if (!more) {
          break;
        }
        labelText = label.group(1);
        valueStart = label.end();
      }
    } else {
      nameText = body;
    }
    IndicatorNames.Split split = IndicatorNames.split(nameText);
    if (split.name().isEmpty() || NameShape.isNotAName(split.name())) {
      return null;
    }
    String formula = split.formula();
    for (int i = 0; formula == null && i < targets.size(); i++) {
      formula = IndicatorNames.formulaIn(targets.get(i).raw());
    }
    return RowIndicators.indicator(level1Raw, level2Raw, split.name(), formula, targets, null, source);
  }
}
