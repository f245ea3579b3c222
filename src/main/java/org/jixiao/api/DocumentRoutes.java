package org.jixiao.api;

import org.jixiao.search.NotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.IndexReport;
import org.jixiao.index.Library;
import org.jixiao.index.OpenIndex;
import org.jixiao.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/documents} (multipart upload) and {@code DELETE /api/documents/{id}}: change the
 * corpus and serve the rebuilt index without a restart. Requests in flight finish on the index they
 * started with; it is closed a little later.
 */
final class DocumentRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRoutes.class);
  /** Long enough for any request that began on the old index to finish. */
  private static final long CLOSE_OLD_AFTER_SECONDS = 30;

  private final Library library;
  private final AdminToken token;
  private final AtomicReference<Services> current;
  private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "index-closer");
    t.setDaemon(true);
    return t;
  });

  private final RequestGate heavy;

  /** Replayed on a new index before it serves (see {@link RecentSearches}). */
  private final RecentSearches recent;

  DocumentRoutes(Library library, AdminToken token, AtomicReference<Services> current, RequestGate heavy, RecentSearches recent) {
    this.recent = recent;
    this.library = library;
    this.token = token;
    this.current = current;
    this.heavy = heavy;
  }

  /** A change, once its files are received: heavy work, admitted by the heavy gate. */
  private Library.Change admitted(IoWork work) throws IOException {
    heavy.enter();
    // Reading the files gives way to the searches answered meanwhile (see GiveWay).
    org.jixiao.util.GiveWay.background();
    try {
      return work.run();
    } finally {
      org.jixiao.util.GiveWay.foreground();
      heavy.leave();
    }
  }

  @FunctionalInterface
  private interface IoWork {
    Library.Change run() throws IOException;
  }

  void register(Javalin app) {
    app.post("/api/documents", this::upload);
    app.delete("/api/documents/{id}", this::delete);
  }

  private void upload(Context ctx) throws IOException {
    token.check(ctx);
    requireLibrary();
    if (ctx.contentType() == null || !ctx.contentType().toLowerCase().startsWith("multipart/form-data")) {
      throw new InvalidRequestException("请用 multipart/form-data 上传文件 / upload files as multipart/form-data");
    }
    List<UploadedFile> files = uploadedFiles(ctx);
    if (files.isEmpty()) {
      throw new InvalidRequestException("没有上传文件 / no files in the request");
    }
    if (files.size() > DataLibrary.MAX_FILES) {
      throw new InvalidRequestException("一次最多上传 " + DataLibrary.MAX_FILES + " 个文件 / at most " + DataLibrary.MAX_FILES + " files per request");
    }
    List<Library.Upload> uploads = new ArrayList<>();
    for (UploadedFile f : files) {
      try (InputStream in = f.content()) {
        uploads.add(new Library.Upload(f.filename(), in.readNBytes((int) DataLibrary.MAX_FILE_BYTES + 1)));
      }
    }
    respond(ctx, admitted(() -> library.add(uploads)));
  }

  /**
   * The request's files, or a 4xx that says what is wrong with the multipart body: a file over the
   * limit (413), no boundary, a control character in a file name, a body cut short (400).
   */
  private static List<UploadedFile> uploadedFiles(Context ctx) {
    try {
      return ctx.uploadedFiles();
    } catch (Exception e) { // Jetty's parser also throws IOException undeclared
      String why = String.valueOf(e.getMessage());
      if (why.contains("max filesize") || why.contains("max request size") || why.contains("exceeds")) {
        throw new io.javalin.http.HttpResponseException(413, "文件过大（单个文件上限 20 MB）/ a file is larger than 20 MB");
      }
      throw new InvalidRequestException("上传内容不是有效的 multipart/form-data（" + why.replaceAll("^.*Exception: ", "")
          + "）/ the upload is not valid multipart form data");
    }
  }

  private void delete(Context ctx) throws IOException {
    token.check(ctx);
    requireLibrary();
    String id = ctx.pathParam("id");
    Library.Change change = admitted(() -> library.remove(id));
    if (change.files().isEmpty()) {
      throw new NotFoundException("没有这个文档：" + id + " / no document with id " + id);
    }
    respond(ctx, change);
  }

  private void requireLibrary() {
    if (library == null) {
      throw new AdminToken.Refused(io.javalin.http.HttpStatus.FORBIDDEN, "此服务只读 / this server is read-only");
    }
  }

  private void respond(Context ctx, Library.Change change) {
    if (change.index() != null) {
      swap(change.index());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("files", change.files());
    IndexReport r = change.report();
    if (r != null) {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("documents", r.documents());
      counts.put("projects", r.projects());
      counts.put("indicators", r.indicators());
      body.put("index", counts);
    }
    ctx.json(body);
  }

  private synchronized void swap(OpenIndex index) {
    // A new generation to serve: only the accelerated backend reads generations (a live index's
    // changes come with no index to swap; its searchers see them after the refresh).
    org.jixiao.search.Searcher old = (org.jixiao.search.Searcher) current.get().searcher();
    // Warmed in the upload's thread, before it serves: searches meanwhile keep the old index.
    long start = System.nanoTime();
    java.util.List<org.jixiao.search.SearchRequest> replayed = recent.list();
    current.set(Services.warmed(old.reopen(index), replayed));
    LOG.info("新索引已预热 / new index warmed: {} recent searches in {} ms", replayed.size(), (System.nanoTime() - start) / 1_000_000);
    OpenIndex previous = old.index();
    closer.schedule(() -> {
      try {
        previous.close();
      } catch (IOException e) {
        LOG.warn("closing the previous index failed", e);
      }
    }, CLOSE_OLD_AFTER_SECONDS, TimeUnit.SECONDS);
  }
}
