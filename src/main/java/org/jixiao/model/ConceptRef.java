package org.jixiao.model;

/**
 * What an indicator measures, as every answer names it: the concept's id (what 对标 and links take)
 * and its readable label. One shape wherever a concept appears, on a hit as in a benchmark.
 */
public record ConceptRef(String id, String label) {}
