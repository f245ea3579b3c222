package org.jixiao.api;

import org.jixiao.knowledge.Knowledge;
import org.jixiao.search.Searcher;

/** What requests are answered from; replaced as a whole when the index changes. */
record Services(Searcher searcher, Knowledge knowledge) {

  static Services of(Searcher searcher) {
    return new Services(searcher, new Knowledge(searcher));
  }
}
