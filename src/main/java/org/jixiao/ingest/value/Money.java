package org.jixiao.ingest.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of money as tables write them ({@code 1,460.00}, {@code 17,160,681.00}, {@code 250万}). */
public final class Money {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final Pattern AMOUNT =
      Pattern.compile("^\\s*([-+]?[\\d,，]*\\d(?:\\.\\d+)?)\\s*(万元|万|元)?\\s*$");

  private Money() {}

  /**
   * The amount in 万元, or null when the cell is not an amount.
   *
   * @param raw the cell text
   * @param unit the unit the table states for its amounts ({@code 万元} or {@code 元}); a unit written
   *     in the cell itself wins
   */
  public static BigDecimal toWan(String raw, String unit) {
    if (raw == null) {
      return null;
    }
    Matcher m = AMOUNT.matcher(raw.replace('，', ','));
    if (!m.matches()) {
      return null;
    }
    BigDecimal amount = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
    String written = m.group(2) != null ? m.group(2) : unit;
    if ("元".equals(written)) {
      return amount.divide(TEN_THOUSAND, amount.scale() + 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return amount;
  }

  /** The unit named in a label or heading ({@code 采购金额（元）}, {@code 单位：万元}), or null. */
  public static String unitIn(String label) {
    if (label == null) {
      return null;
    }
    if (label.contains("万元")) {
      return "万元";
    }
    return label.matches(".*[（(:：]\\s*元\\s*[)）]?.*") ? "元" : null;
  }
}
