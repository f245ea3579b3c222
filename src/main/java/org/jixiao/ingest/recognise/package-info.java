/**
 * The table recogniser, one for every layout. {@link org.jixiao.ingest.recognise.SheetCells} cuts each
 * row into typed cells at the form's own boundaries (category words, headings, the value grammar);
 * {@link org.jixiao.ingest.recognise.LineWalk} routes each line to the header, the project's labels,
 * a project-per-row table or the indicators; {@link org.jixiao.ingest.recognise.IndicatorRecords}
 * reads indicators by their parts, with the header's {@link org.jixiao.ingest.recognise.Schema} as a
 * hint, and {@link org.jixiao.ingest.recognise.TableRecogniser} assembles the
 * {@link org.jixiao.model.Document}. What is read depends on the content alone, never on the file's
 * name; lines that look like indicators but give none are reported.
 */
package org.jixiao.ingest.recognise;
