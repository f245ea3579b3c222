package org.jixiao.ingest;

/** A file that was skipped, and why (Chinese first, then English). */
public record FileFailure(String file, String reason) {}
