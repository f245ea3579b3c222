package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.model.Document;

/**
 * A Jixiao collection on SolrCloud, written to: tables put in (each replacing the entries of a table
 * with the same id) and taken out, through SolrJ's {@link CloudSolrClient}, which sends each batch to
 * the shard leaders its entries belong to. Entries carry the same fields as the embedded index
 * ({@link EntryFields}) and their own vector, embedded through the same cache.
 */
public final class SolrCollection implements Closeable {

  /** Entries per update request. */
  static final int BATCH = 1_000;

  private final CloudSolrClient client;
  private final String collection;
  private final VectorSettings vectors;
  private final Path cacheDirectory;

  private SolrCollection(CloudSolrClient client, String collection, VectorSettings vectors, Path cacheDirectory) {
    this.client = client;
    this.collection = collection;
    this.vectors = vectors;
    this.cacheDirectory = cacheDirectory;
  }

  /**
   * A client for the cluster at {@code address}: ZooKeeper hosts with an optional chroot
   * ({@code zk1:2181,zk2:2181/solr}), or Solr base URLs ({@code http://node1:8983/solr,...}).
   */
  public static CloudSolrClient client(String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("Solr 地址为空 / the Solr address is empty");
    }
    String a = address.strip();
    if (a.startsWith("http://") || a.startsWith("https://")) {
      return new CloudHttp2SolrClient.Builder(Arrays.stream(a.split(",")).map(String::strip).toList()).build();
    }
    int slash = a.indexOf('/');
    String hosts = slash < 0 ? a : a.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(a.substring(slash));
    return new CloudHttp2SolrClient.Builder(Arrays.stream(hosts.split(",")).map(String::strip).toList(), chroot).build();
  }

  /**
   * Opens collection {@code name} on the cluster at {@code address}, creating it (and uploading the
   * configset {@code name}) with {@code shards} × {@code replicas} when it does not exist.
   *
   * @param vectors how entries are embedded; null for a collection without vectors
   * @param configset the configset to upload (a zip, {@link SolrSchema#zip}) when there is none of that name
   */
  public static SolrCollection open(String address, String name, int shards, int replicas, VectorSettings vectors,
      Path cacheDirectory, byte[] configset) throws IOException {
    CloudSolrClient client = client(address);
    try {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (!existing.contains(name)) {
        // A configset of that name already in ZooKeeper (uploaded with bin/solr zk upconfig, which
        // makes it trusted) is used as it is; else this one is uploaded.
        List<String> configsets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
        if (!configsets.contains(name)) {
          uploadConfigset(client, name, configset);
        }
        CollectionAdminRequest.createCollection(name, name, shards, replicas).process(client);
      }
      return new SolrCollection(client, name, vectors, cacheDirectory);
    } catch (SolrServerException | RuntimeException e) {
      client.close();
      throw new IOException("Solr 集合无法打开 / the Solr collection cannot be opened: " + e.getMessage(), e);
    }
  }

  private static void uploadConfigset(CloudSolrClient client, String name, byte[] configset)
      throws IOException, SolrServerException {
    java.io.File zip = java.io.File.createTempFile("jixiao-configset", ".zip");
    try {
      java.nio.file.Files.write(zip.toPath(), configset);
      new ConfigSetAdminRequest.Upload().setConfigSetName(name).setUploadFile(zip, "application/zip").process(client);
    } finally {
      java.nio.file.Files.deleteIfExists(zip.toPath());
    }
  }

  /** Puts tables in: each replaces the entries of a table with the same document id. Searchable after {@link #commit}. */
  public void put(List<Document> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    EntryVectors embedded = vectors == null ? EntryVectors.NONE : EntryVectors.compute(documents, vectors, cacheDirectory);
    // The tables' old entries go first, in a request of their own: an update request applies its
    // added documents before its deletes, whatever order they were given in.
    UpdateRequest deletes = new UpdateRequest();
    deletes.deleteByQuery("{!terms f=" + Fields.DOCUMENT_ID + " separator=\"\u0001\"}"
        + String.join("\u0001", documents.stream().map(Document::id).toList()));
    send(deletes);
    UpdateRequest update = new UpdateRequest();
    int entries = 0;
    for (Document document : documents) {
      for (Map<String, List<Object>> entry : EntryFields.of(document)) {
        update.add(solrDocument(entry, embedded));
        if (++entries == BATCH) {
          send(update);
          update = new UpdateRequest();
          entries = 0;
        }
      }
    }
    send(update);
  }

  /** Every field of an entry, and its vector when it has one. */
  static SolrInputDocument solrDocument(Map<String, List<Object>> entry, EntryVectors embedded) {
    SolrInputDocument doc = new SolrInputDocument();
    entry.forEach((name, values) -> values.forEach(v -> doc.addField(name, v)));
    String id = (String) entry.get(Fields.ID).get(0);
    float[] v = embedded.keyOf(id) == null ? null : embedded.vectors().get(embedded.keyOf(id));
    if (v != null) {
      List<Float> list = new ArrayList<>(v.length);
      for (float x : v) {
        list.add(x);
      }
      doc.setField(SolrSchema.VECTOR, list);
    }
    return doc;
  }

  /** Takes one table's entries out; searchable after the next {@link #commit}. */
  public void delete(String documentId) throws IOException {
    UpdateRequest update = new UpdateRequest();
    update.deleteByQuery("{!term f=" + Fields.DOCUMENT_ID + "}" + documentId);
    send(update);
  }

  /**
   * Takes out every table whose id is not in {@code kept} (tables whose files left the data
   * directories); searchable after the next {@link #commit}. Returns how many were taken out.
   */
  public int retainOnly(java.util.Set<String> kept) throws IOException {
    org.apache.solr.client.solrj.SolrQuery q = new org.apache.solr.client.solrj.SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    q.addFacetField(Fields.DOCUMENT_ID);
    List<String> gone = new ArrayList<>();
    try {
      for (var count : client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST)
          .getFacetField(Fields.DOCUMENT_ID).getValues()) {
        if (!kept.contains(count.getName())) {
          gone.add(count.getName());
        }
      }
    } catch (SolrServerException | org.apache.solr.common.SolrException e) {
      throw new IOException("Solr 检索失败 / the Solr search failed: " + e.getMessage(), e);
    }
    for (String documentId : gone) {
      delete(documentId);
    }
    return gone.size();
  }

  /** Tables, projects and indicators in a collection. */
  public record Counts(long documents, long projects, long indicators) {}

  /** Sends a search to the collection. */
  @FunctionalInterface
  public interface Sender {
    org.apache.solr.client.solrj.response.QueryResponse send(org.apache.solr.client.solrj.SolrQuery q) throws IOException;
  }

  /** What this collection holds now, counted in one request. */
  public Counts counts() throws IOException {
    return counts(q -> {
      try {
        return client.query(collection, q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
      } catch (SolrServerException | org.apache.solr.common.SolrException e) {
        throw new IOException("Solr 检索失败 / the Solr search failed: " + e.getMessage(), e);
      }
    });
  }

  /**
   * What a collection holds, counted in one request sent by {@code sender}: entries by type, tables
   * as the distinct document ids (Solr's {@code unique}, exact at the sizes measured so far).
   */
  public static Counts counts(Sender sender) throws IOException {
    org.apache.solr.client.solrj.SolrQuery q = new org.apache.solr.client.solrj.SolrQuery("*:*");
    q.setRows(0);
    q.set("json.facet", "{documents:'unique(" + Fields.DOCUMENT_ID + ")',types:{type:terms,field:" + Fields.TYPE + "}}");
    org.apache.solr.common.util.NamedList<?> facets =
        (org.apache.solr.common.util.NamedList<?>) sender.send(q).getResponse().get("facets");
    long documents = 0;
    long projects = 0;
    long indicators = 0;
    if (facets != null) {
      Object d = facets.get("documents");
      documents = d == null ? 0 : ((Number) d).longValue();
      org.apache.solr.common.util.NamedList<?> types = (org.apache.solr.common.util.NamedList<?>) facets.get("types");
      if (types != null) {
        for (Object b : (List<?>) types.get("buckets")) {
          org.apache.solr.common.util.NamedList<?> bucket = (org.apache.solr.common.util.NamedList<?>) b;
          long n = ((Number) bucket.get("count")).longValue();
          if (Fields.TYPE_PROJECT.equals(bucket.get("val"))) {
            projects = n;
          } else if (Fields.TYPE_INDICATOR.equals(bucket.get("val"))) {
            indicators = n;
          }
        }
      }
    }
    return new Counts(documents, projects, indicators);
  }

  /** A hard commit that opens new searchers: every change so far durable and searchable. */
  public void commit() throws IOException {
    try {
      client.commit(collection, true, true);
    } catch (SolrServerException e) {
      throw new IOException("Solr 提交失败 / the Solr commit failed: " + e.getMessage(), e);
    }
  }

  private void send(UpdateRequest update) throws IOException {
    if ((update.getDocuments() == null || update.getDocuments().isEmpty())
        && (update.getDeleteQuery() == null || update.getDeleteQuery().isEmpty())) {
      return;
    }
    try {
      update.process(client, collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr 写入失败 / the Solr update failed: " + e.getMessage(), e);
    }
  }

  /** The client, for a searcher over the same collection. */
  public SolrClient client() {
    return client;
  }

  public String name() {
    return collection;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
