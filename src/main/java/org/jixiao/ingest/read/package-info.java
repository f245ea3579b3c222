/**
 * Readers: each source format becomes a {@link org.jixiao.ingest.read.Sheet}, rows of text cells that
 * remember the line they came from. Everything downstream works on sheets, never on formats.
 */
package org.jixiao.ingest.read;
