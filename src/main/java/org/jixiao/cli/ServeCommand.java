package org.jixiao.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jixiao.api.ApiServer;
import org.jixiao.index.DataLibrary;
import org.jixiao.ingest.Ingestor;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: builds the index when missing or stale, then serves the API and the UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动网页和 API 服务 / serve the web UI and the JSON API")
final class ServeCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--port", description = "端口 / port (default: ${DEFAULT-VALUE})")
  int port = 7070;

  @Option(names = "--host", description = "监听地址 / address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host = "127.0.0.1";

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "开启上传和删除所需的口令（也可用环境变量 JIXIAO_ADMIN_TOKEN）/ token that turns on uploads and deletes (or JIXIAO_ADMIN_TOKEN)")
  String adminToken;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    OpenEngine engine = searchOptions.open(corpus, out);
    SearchBackend searcher = engine.backend();
    if (searcher.hasVectors()) {
      // Load and run the model now: a model that cannot load stops the start, and the first user
      // does not wait for it.
      searcher.search(new SearchRequest("满意度", "indicator", 1, 0, java.util.Map.of(), SearchMode.HYBRID));
    }
    String token = adminToken != null ? adminToken : System.getenv("JIXIAO_ADMIN_TOKEN");
    DataLibrary library = new DataLibrary(corpus.dataDirectories(out), engine.catalogue(), Ingestor.standard());
    Javalin app = ApiServer.create(searcher, library, token);
    if (token == null || token.isBlank()) {
      out.println("上传未开启（未设置口令）/ uploads are off (no admin token)");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        engine.close();
      } catch (Exception ignored) {
        // shutting down anyway
      }
      stopped.countDown();
    }));
    app.start(host, port);
    out.printf("Jixiao 已启动 / serving at http://%s:%d/ (%d ms; %d 个指标 indicators)%n",
        host, app.port(), (System.nanoTime() - start) / 1_000_000, searcher.size().indicators());
    out.flush();
    stopped.await();
    return 0;
  }
}
