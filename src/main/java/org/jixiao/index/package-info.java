/**
 * The Lucene index: one analyzer factory used at index and query time, the field schema, the mapping
 * from model records to Lucene documents, and the generation directories that let a build replace the
 * index only once it is complete. Lucene types do not leave this package and {@code search}.
 */
package org.jixiao.index;
