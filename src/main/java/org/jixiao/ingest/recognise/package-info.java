/**
 * The table recogniser: finds header rows by their vocabulary, carries merged cells down, reads the
 * project header block and the indicator cells, and assembles {@link org.jixiao.model.Document}s.
 * One recogniser serves every layout; layouts differ in which columns a header names, not in code paths
 * chosen by file name.
 */
package org.jixiao.ingest.recognise;
