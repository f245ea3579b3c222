package org.jixiao.ingest;

import java.nio.file.Path;

/**
 * A file to ingest: where it is, and the name it is known by (its path within the data directory,
 * with forward slashes), which is what provenance shows and what the document id derives from.
 */
public record SourceFile(Path path, String name) {}
