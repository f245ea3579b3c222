package org.jixiao.knowledge;

import java.util.Map;

/**
 * A concept with how many indicators measure it, in all and per region (district, else city).
 *
 * @param catalog true for a curated concept, false for a name no catalog entry covers
 */
public record ConceptSummary(String id, String label, boolean catalog, long count, Map<String, Long> byRegion) {}
