/**
 * The data model every layout is read into: {@link org.jixiao.model.Document} → {@link org.jixiao.model.Project}
 * → {@link org.jixiao.model.Indicator}, each part carrying its {@link org.jixiao.model.Provenance}.
 * Plain immutable records; no Lucene, HTTP or parsing code depends on them in reverse.
 */
package org.jixiao.model;
