package org.jixiao.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.jixiao.index.Fields;
import org.jixiao.index.OpenIndex;

/**
 * Top hits and facet counts of a drill-down in one pass. Drill-sideways counts each dimension as if
 * its own filter were off, so a chosen district still shows the other districts to switch to.
 */
final class Sideways {

  /** How many values each facet lists. */
  static final int FACET_VALUES = 50;

  private Sideways() {}

  record Result(TopDocs top, Map<String, Map<String, Long>> facets) {}

  static Result run(OpenIndex index, IndexSearcher searcher, DrillDownQuery drill, int topN) throws IOException {
    SortedSetDocValuesReaderState state = index.facetState(searcher);
    if (state == null) {
      return new Result(searcher.search(drill, topN), Map.of());
    }
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways(searcher, index.facetsConfig(), state).search(drill, topN);
    return new Result(result.hits, facetCounts(result.facets));
  }

  private static Map<String, Map<String, Long>> facetCounts(Facets facets) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Map<String, Long> counts = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException dimensionNeverIndexed) {
        result = null;
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, counts);
    }
    return out;
  }
}
