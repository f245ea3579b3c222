package org.jixiao.search;

import java.util.List;

/**
 * The nearest neighbours of one entry from other projects and units.
 *
 * @param source the entry asked about
 * @param hits the neighbours, best first; {@code score} is cosine similarity
 */
public record SimilarItems(Hit source, List<Hit> hits) {

  public SimilarItems {
    hits = List.copyOf(hits);
  }
}
