package org.jixiao.knowledge.lint;

import java.util.Optional;
import org.jixiao.model.Indicator;

/** Where an indicator's numeric target stands among its peers; empty when it has too few. */
@FunctionalInterface
public interface Peers {

  /** No peers known (a lint without a corpus). */
  Peers NONE = indicator -> Optional.empty();

  Optional<PeerRange> of(Indicator indicator);
}
