/**
 * Readers: each source format becomes a {@link org.jixiao.ingest.read.Sheet}, rows of text cells that
 * remember the line they came from. Everything downstream works on sheets, never on formats.
 *
 * <p>A reader is chosen by content, never by file name: .docx and Excel (.xlsx, .xls) by their
 * container's magic bytes and part names, PDF by {@code %PDF-}, HTML by its markup, and plain text
 * last, since it accepts anything decodable. Merged cells (rowspan/colspan, merged regions, gridSpan
 * and vMerge) repeat their text in every covered position, so one table reads the same in any format.
 */
package org.jixiao.ingest.read;
