package org.jixiao.knowledge.lint;

/**
 * The spread of comparable numeric targets among an indicator's peers (same concept, same unit).
 *
 * @param concept the concept's id
 * @param label the concept's readable label (满意度, 系统可用性 …)
 * @param unit the unit every counted target shares ({@code %}); {@code valueUnit} in JSON
 * @param count how many targets were counted
 */
public record PeerRange(String concept, String label, @com.fasterxml.jackson.annotation.JsonProperty("valueUnit") String unit, int count, double min, double p25, double median,
    double p75, double max) {}
