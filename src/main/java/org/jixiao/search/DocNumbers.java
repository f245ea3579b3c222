package org.jixiao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.jixiao.index.Fields;

/**
 * Entry ids as the document numbers the fusion works on, for one request, with each entry's place
 * in the embedded index's order (name key, then id) where a response gave it.
 */
final class DocNumbers {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<Integer, String> nameKeys = new HashMap<>();

  int of(String id) {
    return numbers.computeIfAbsent(id, k -> {
      ids.add(k);
      return ids.size() - 1;
    });
  }

  /** The number of a ranked entry of a response (asked with {@link SolrSearcher#RANKED}). */
  int of(SolrDocument d) {
    int doc = of((String) d.getFirstValue(Fields.ID));
    Object key = d.getFirstValue(Fields.NAME_KEY);
    nameKeys.putIfAbsent(doc, key == null ? "" : key.toString());
    return doc;
  }

  String id(int doc) {
    return ids.get(doc);
  }

  /** Orders documents as the embedded index lies: by name key, then id. */
  Comparator<Integer> inIndexOrder() {
    return Comparator.comparing((Integer doc) -> nameKeys.getOrDefault(doc, "")).thenComparing(this::id);
  }
}
