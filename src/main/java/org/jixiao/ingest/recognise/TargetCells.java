package org.jixiao.ingest.recognise;

/**
 * Joins a target written across three columns (sign | number | unit: {@code ≥ | 95 | %}) into the
 * one text a table with a single 指标值 column would hold ({@code ≥95%}), so that the raw target reads
 * as the drafter meant it and {@link org.jixiao.ingest.value.TargetParser} sees sign and unit.
 */
final class TargetCells {

  private TargetCells() {}

  static String join(String sign, String number, String unit) {
    if (number.isEmpty()) {
      return number;
    }
    StringBuilder text = new StringBuilder();
    // Only a comparison symbol is a sign; words such as 定量 / 正向 in the same column are not.
    if (sign.matches("[≥≤=＝<>＜＞≧≦≠]{1,2}|[<>]=") && !number.startsWith(sign)) {
      text.append(sign);
    }
    text.append(number);
    // A unit is a short word (%, 万元, 人次, 元/人); a sentence in the unit's place (反映…。, a row
    // shifted by a merged cell) is no part of the target.
    if (!unit.isEmpty() && !unit.matches("[/／\\-—无]") && !number.endsWith(unit) && unit.length() <= 8
        && !PartialIndicator.PROSE.matcher(unit).matches()) {
      text.append(unit);
    }
    return text.toString();
  }
}
