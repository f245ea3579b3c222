package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.jixiao.model.Document;
import org.jixiao.model.ProjectRecord;

/**
 * A library's changes applied to a Solr collection: an uploaded table's entries put (replacing a
 * table of the same id), a removed table's deleted, then a hard commit, after which every replica
 * serves them. A change that fails half-way is taken back as far as it reached (its tables deleted
 * again), since the library takes its files back.
 */
public final class SolrCatalogue implements Catalogue {

  private final SolrCollection collection;
  private final Indexer indexer;
  private final List<Path> dataDirectories;

  public SolrCatalogue(SolrCollection collection, Indexer indexer, List<Path> dataDirectories) {
    this.collection = collection;
    this.indexer = indexer;
    this.dataDirectories = List.copyOf(dataDirectories);
  }

  @Override
  public String fingerprint() throws IOException {
    return indexer.fingerprint(dataDirectories);
  }

  @Override
  public Optional<IndexReport.FileEntry> fileOf(String documentId) throws IOException {
    SolrQuery q = new SolrQuery("{!term f=" + Fields.DOCUMENT_ID + "}" + documentId);
    q.addFilterQuery("{!term f=" + Fields.TYPE + "}" + Fields.TYPE_PROJECT);
    q.setFields(Fields.RECORD);
    q.setRows(1);
    QueryResponse projects = query(q);
    if (projects.getResults().isEmpty()) {
      return Optional.empty();
    }
    byte[] b = (byte[]) projects.getResults().get(0).getFirstValue(Fields.RECORD);
    ProjectRecord p = RecordCodec.decode(b, 0, b.length, ProjectRecord.class);
    SolrQuery indicators = new SolrQuery("{!term f=" + Fields.DOCUMENT_ID + "}" + documentId);
    indicators.addFilterQuery("{!term f=" + Fields.TYPE + "}" + Fields.TYPE_INDICATOR);
    indicators.setRows(0);
    return Optional.of(new IndexReport.FileEntry(p.sourceFile(), documentId, p.documentKind(),
        p.unit() != null ? p.unit() : p.department(), p.city(), p.district(), p.year(), p.yearBasis(),
        (int) projects.getResults().getNumFound(), (int) query(indicators).getResults().getNumFound(), List.of()));
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    try {
      return collection.client().query(collection.name(), q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
    } catch (SolrServerException | org.apache.solr.common.SolrException e) {
      throw new IOException("Solr 检索失败 / the Solr search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Applied apply(String fingerprintBefore, List<Document> added, List<IndexReport.FileEntry> removed)
      throws IOException {
    if (!added.isEmpty() || !removed.isEmpty()) {
      try {
        collection.put(added);
        for (IndexReport.FileEntry gone : removed) {
          collection.delete(gone.documentId());
        }
        collection.commit();
      } catch (IOException | RuntimeException e) {
        try {
          for (Document d : added) {
            collection.delete(d.id());
          }
          collection.commit();
        } catch (IOException | RuntimeException alsoFailed) {
          e.addSuppressed(alsoFailed);
        }
        throw e;
      }
    }
    return new Applied(null, report());
  }

  /** The counts the collection has now (it lists no files). */
  private IndexReport report() throws IOException {
    SolrCollection.Counts c = collection.counts();
    return new IndexReport((int) c.documents(), (int) c.projects(), (int) c.indicators(),
        List.of(), List.of(), null, dataDirectories.stream().map(Path::toString).toList(), "", 0, null);
  }
}
