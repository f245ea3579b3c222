package org.jixiao.model;

/**
 * What a self-evaluation table (绩效自评表) says about one indicator after the year.
 *
 * @param actual the actual value (完成值), parsed like a target
 * @param weight the weight (权重 / 分值), or null
 * @param completion the completion rate as written (完成率), or null
 * @param score the score given (自评分), or null
 * @param sharedWithRow true when the weight and score were given for a whole row that lists several
 *     indicators (templates that put {@code 1. 培训场次: 114次 2. 月均话务量: 175560次} in one cell)
 */
public record Evaluation(
    Target actual, Double weight, String completion, Double score, boolean sharedWithRow) {}
