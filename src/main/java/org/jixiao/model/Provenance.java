package org.jixiao.model;

/** Where a project or indicator was read: the source file (relative to its data directory) and the 1-based line. */
public record Provenance(String file, int line) {}
