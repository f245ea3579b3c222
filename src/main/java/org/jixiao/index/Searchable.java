package org.jixiao.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;

/**
 * An index a search can read: searchers handed out and given back (reference-counted by Lucene's
 * {@code SearcherManager}), and the facets configuration its documents were written with. Both the
 * published generations ({@link OpenIndex}) and the live index ({@link LiveIndex}) are one.
 */
public interface Searchable {

  /** A searcher to use and give back with {@link #release}. */
  IndexSearcher acquire() throws IOException;

  void release(IndexSearcher searcher) throws IOException;

  FacetsConfig facetsConfig();
}
