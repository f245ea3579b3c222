package org.jixiao.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.SearchBackend;
import org.jixiao.search.SimilarItems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code similar}: the nearest indicators or projects of other units to one entry. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "其他单位的相似指标或项目 / similar indicators or projects from other units")
final class SimilarCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--limit", description = "结果数 / number of results (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Parameters(paramLabel = "ID", description = "指标或项目的 id / an indicator or project id (from search)")
  String id;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (OpenEngine engine = searchOptions.open(corpus, spec.commandLine().getErr())) {
      SearchBackend searcher = engine.backend();
      Optional<SimilarItems> similar = searcher.similarIndicators(id, limit);
      if (similar.isEmpty()) {
        similar = searcher.similarProjects(id, limit);
      }
      if (similar.isEmpty()) {
        throw new IllegalArgumentException("没有此 id 的指标或项目 / no indicator or project with id " + id);
      }
      if (json) {
        out.println(org.jixiao.api.JsonViews.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(similar.get()));
      } else {
        Hit source = similar.get().item();
        out.println("相似于 / similar to: " + (source instanceof IndicatorHit i ? i.record().name() : ((org.jixiao.search.ProjectHit) source).record().name()));
        SearchCommand.printHits(out, List.copyOf(similar.get().hits()));
      }
    }
    out.flush();
    return 0;
  }
}
