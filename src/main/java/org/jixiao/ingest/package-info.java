/**
 * Turning source files into the model: {@code read} turns a file into rows of cells with line numbers,
 * {@code recognise} finds tables, projects and indicators in those rows, {@code value} parses the values
 * written in cells, {@code region} places units on the map. {@link org.jixiao.ingest.Ingestor} runs
 * them over a set of directories and reports what it could not read.
 */
package org.jixiao.ingest;
