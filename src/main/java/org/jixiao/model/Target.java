package org.jixiao.model;

/**
 * A target value (指标值) or an actual value (完成值) as written and as parsed.
 *
 * <p>{@code raw} is always the text from the table; the other fields are what could be read from it.
 * {@code value} and {@code upper} are in {@code unit} after expanding 万 / 亿 multipliers
 * ({@code 1200万通} → 12,000,000 通), so that like can be compared with like.
 *
 * @param raw the text as written
 * @param period the period it applies to, or null where the table names none (actual values)
 * @param kind numeric, qualitative, text or empty
 * @param op the comparison for numeric values (null otherwise)
 * @param value the number, or the lower bound of a range
 * @param upper the upper bound of a range, else null
 * @param unit the unit after the number ({@code %}, {@code 次}, {@code 件/月}), or null; {@code valueUnit}
 *     in JSON, as everywhere a measurement's unit is meant ({@code unit} is an organisation, 预算单位)
 * @param qualitative the grade or direction word for qualitative values ({@code 优}, {@code 提升})
 */
public record Target(
    String raw,
    Period period,
    TargetKind kind,
    Op op,
    Double value,
    Double upper,
    @com.fasterxml.jackson.annotation.JsonProperty("valueUnit") String unit,
    String qualitative) {

  /** The same value assigned to another period. */
  public Target withPeriod(Period newPeriod) {
    return new Target(raw, newPeriod, kind, op, value, upper, unit, qualitative);
  }

  /** True when the cell held nothing usable ({@code 无}, {@code /}, blank); {@code kind} says so in JSON. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return kind == TargetKind.EMPTY;
  }
}
