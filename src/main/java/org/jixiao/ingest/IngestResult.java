package org.jixiao.ingest;

import java.util.List;
import org.jixiao.model.Document;

/** The documents read from a set of files, and the files that could not be read. */
public record IngestResult(List<Document> documents, List<FileFailure> failures) {

  public IngestResult {
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }

  public int projectCount() {
    return documents.stream().mapToInt(d -> d.projects().size()).sum();
  }

  public int indicatorCount() {
    return documents.stream().mapToInt(Document::indicatorCount).sum();
  }
}
