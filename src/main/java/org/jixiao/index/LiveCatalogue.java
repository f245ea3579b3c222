package org.jixiao.index;

import org.jixiao.model.ProjectRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jixiao.model.Document;

/**
 * A library's changes applied to the live index as plain Lucene applies them: an uploaded table's
 * entries put with {@code updateDocuments} (replacing a table of the same id), a removed table's
 * deleted, committed with the data's new fingerprint, then a refresh makes them searchable. No new
 * generation, nothing to reopen: the searchers see the change after the refresh. A crash before the
 * commit leaves a commit whose fingerprint is not the data's, so the next start puts everything in
 * again ({@link Indexer#sync}).
 */
public final class LiveCatalogue implements Catalogue {

  private final LiveIndex live;
  private final Indexer indexer;
  private final List<Path> dataDirectories;

  public LiveCatalogue(LiveIndex live, Indexer indexer, List<Path> dataDirectories) {
    this.live = live;
    this.indexer = indexer;
    this.dataDirectories = List.copyOf(dataDirectories);
  }

  @Override
  public String fingerprint() throws IOException {
    return indexer.fingerprint(dataDirectories);
  }

  @Override
  public Optional<IndexReport.FileEntry> fileOf(String documentId) throws IOException {
    IndexSearcher searcher = live.acquire();
    try {
      Query ofDocument = ofDocument(documentId, Fields.TYPE_PROJECT);
      TopDocs first = searcher.search(ofDocument, 1);
      if (first.scoreDocs.length == 0) {
        return Optional.empty();
      }
      BytesRef bytes = searcher.storedFields().document(first.scoreDocs[0].doc).getBinaryValue(Fields.RECORD);
      ProjectRecord p = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, ProjectRecord.class);
      return Optional.of(new IndexReport.FileEntry(p.sourceFile(), documentId, p.documentKind(), p.unit() != null ? p.unit() : p.department(),
          p.city(), p.district(), p.year(), p.yearBasis(), searcher.count(ofDocument),
          searcher.count(ofDocument(documentId, Fields.TYPE_INDICATOR)), List.of()));
    } finally {
      live.release(searcher);
    }
  }

  private static Query ofDocument(String documentId, String type) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.DOCUMENT_ID, documentId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }

  @Override
  public synchronized Applied apply(String fingerprintBefore, List<Document> added, List<IndexReport.FileEntry> removed)
      throws IOException {
    try {
      if (halfApplied || !fingerprintBefore.equals(live.committedFingerprint())) {
        // Behind the data before this change, or a change failed half-way (its entries may be in the
        // writer, uncommitted, though the library took its files back): put all of the data in again,
        // which also deletes whatever is not in it.
        indexer.sync(live, dataDirectories, true);
        halfApplied = false;
      } else if (!added.isEmpty() || !removed.isEmpty()) {
        live.put(added);
        for (IndexReport.FileEntry gone : removed) {
          live.delete(gone.documentId());
        }
        live.commit(fingerprint());
        live.refresh();
      }
    } catch (IOException | RuntimeException e) {
      halfApplied = true;
      throw e;
    }
    return new Applied(null, report());
  }

  /** Whether a change failed after it may have reached the writer (set until a full sync repairs it). */
  private boolean halfApplied;

  /** The counts the live index has now (it lists no files). */
  private IndexReport report() throws IOException {
    LiveIndex.Counts counts = live.counts();
    return new IndexReport(counts.documents(), counts.projects(), counts.indicators(), List.of(), List.of(),
        live.committedFingerprint(), dataDirectories.stream().map(Path::toString).toList(), "", 0, null);
  }
}
