package org.jixiao.search;

import java.util.List;

/**
 * The nearest neighbours of one entry from other projects and units.
 *
 * @param item the entry asked about (not {@code source}, which is always a file and line)
 * @param hits the neighbours, best first; {@code score} is cosine similarity
 */
public record SimilarItems(Hit item, List<Hit> hits) {

  public SimilarItems {
    hits = List.copyOf(hits);
  }
}
