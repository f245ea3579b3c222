package org.jixiao.model;

import java.math.BigDecimal;

/**
 * A project's money in 万元, with the split by source where the table gives it.
 *
 * @param total 总计 in 万元
 * @param fiscal 财政拨款 in 万元, or null
 * @param specialAccount 财政专户拨款 in 万元, or null
 * @param other 其他资金 in 万元, or null
 * @param raw the total as written ({@code 17,160,681.00})
 * @param rawUnit the unit it was written in ({@code 万元} or {@code 元})
 */
public record Budget(
    BigDecimal total,
    BigDecimal fiscal,
    BigDecimal specialAccount,
    BigDecimal other,
    String raw,
    String rawUnit) {}
