package org.jixiao.knowledge;

import org.jixiao.ingest.concept.Concept;

/** A concept as answers name it. */
public record ConceptRef(String id, String label) {

  static ConceptRef of(Concept c) {
    return new ConceptRef(c.id(), c.label());
  }
}
