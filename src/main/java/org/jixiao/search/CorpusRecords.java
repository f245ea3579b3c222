package org.jixiao.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/**
 * The corpus itself, beside searching it: an entry by id, a project with its indicators in table
 * order, and whole slices for the knowledge services (every indicator of a concept or a region,
 * every project of a region, counts per concept, region and facet value). Each backend reads them
 * from its own store: the embedded index's stored records and doc values, or a Solr collection.
 */
public interface CorpusRecords {

  /**
   * Every value of facet dimension {@code dim} among indicators with its number of indicators, most
   * first, then by value: the pick-lists of districts, cities and units.
   */
  Map<String, Long> indicatorCounts(String dim) throws IOException;

  /** Indicators per concept and region (district, else city): concept id → region → count, both sorted. */
  Map<String, Map<String, Long>> conceptCounts() throws IOException;

  /** Every indicator of a concept. */
  List<IndicatorRecord> indicatorsOfConcept(String conceptId) throws IOException;

  /**
   * Up to {@code max} indicators of a concept spread evenly over the corpus (so no one file or region
   * dominates), with the concept's full count.
   */
  RecordSample<IndicatorRecord> sampleOfConcept(String conceptId, int max) throws IOException;

  /** Every indicator whose facet {@code dim} (city, district, unit) has {@code value}. */
  List<IndicatorRecord> indicatorsWhere(String dim, String value) throws IOException;

  /** Every project whose facet {@code dim} (city, district, unit) has {@code value}. */
  List<ProjectRecord> projectsWhere(String dim, String value) throws IOException;

  /** The indicator with this id. */
  Optional<IndicatorRecord> indicator(String id) throws IOException;

  /** The project with this id and all its indicators in table order. */
  Optional<ProjectDetail> project(String id) throws IOException;

  /** The indicators of a project in table order. */
  List<IndicatorRecord> indicatorsOf(String projectId) throws IOException;
}
