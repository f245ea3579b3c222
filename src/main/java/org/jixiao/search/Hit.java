package org.jixiao.search;

/** One search result: an {@link IndicatorHit} or a {@link ProjectHit}. */
public sealed interface Hit permits IndicatorHit, ProjectHit {

  String id();

  String type();

  float score();
}
