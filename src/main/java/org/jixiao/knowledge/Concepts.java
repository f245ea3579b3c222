package org.jixiao.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.concept.Concept;
import org.jixiao.ingest.concept.ConceptCatalog;
import org.jixiao.search.SearchBackend;

/** The concepts of the indexed corpus, most measured first. */
public final class Concepts {

  private final SearchBackend searcher;

  public Concepts(SearchBackend searcher) {
    this.searcher = searcher;
  }

  /**
   * @param minCount leave out concepts measured fewer times (1 lists every name)
   */
  public List<ConceptSummary> list(int minCount) throws IOException {
    List<ConceptSummary> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> e : searcher.corpus().conceptCounts().entrySet()) {
      long count = e.getValue().values().stream().mapToLong(Long::longValue).sum();
      if (count < minCount) {
        continue;
      }
      Concept c = ConceptCatalog.standard().byId(e.getKey()).orElse(new Concept(e.getKey(), e.getKey()));
      Map<String, Long> byRegion = new java.util.LinkedHashMap<>();
      e.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(r -> byRegion.put(r.getKey().isEmpty() ? "未知地区" : r.getKey(), r.getValue()));
      out.add(new ConceptSummary(c.id(), c.label(), !c.id().startsWith("name:"), count, byRegion));
    }
    out.sort(Comparator.comparingLong(ConceptSummary::count).reversed().thenComparing(ConceptSummary::id));
    return out;
  }
}
