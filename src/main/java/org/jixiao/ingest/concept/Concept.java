package org.jixiao.ingest.concept;

/**
 * What an indicator measures, independent of how a table words it: 群众满意度, 物业服务满意率 and
 * 服务对象满意度 are all 满意度.
 *
 * @param id stable id: a catalog id ({@code satisfaction}) or {@code name:} + the normalised name
 * @param label readable label ({@code 满意度}, {@code 系统可用性})
 */
public record Concept(String id, String label) {}
