package org.jixiao.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.search.Hit;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.ProjectHit;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SortOrder;
import org.jixiao.search.SearchResults;
import org.jixiao.search.SearchMode;
import org.jixiao.model.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search}: one query from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "检索指标或项目 / search indicators or projects")
final class SearchCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--mode", description = "hybrid（混合）、bm25（关键词）或 vector（语义）/ ranking mode (default: hybrid)")
  String mode = "hybrid";

  @Option(names = "--type", description = "indicator 或 project / indicator or project (default: ${DEFAULT-VALUE})")
  String type = "indicator";

  @Option(names = "--limit", description = "结果数 / number of results (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--sort", description = "relevance（相关度）、quality（质量分）、target-desc、target-asc、year-desc 或 year-asc / order (default: relevance)")
  String sort = "relevance";

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "查询词 / query")
  String[] query;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request =
        new SearchRequest(String.join(" ", query), type, limit, 0, Map.of(), SearchMode.parse(mode), SortOrder.parse(sort));
    try (OpenEngine engine = searchOptions.open(corpus, spec.commandLine().getErr())) {
      org.jixiao.search.SearchBackend searcher = engine.backend();
      SearchResults results = searcher.search(request, SearchOptions.qualityFor(searcher, request.sort()));
      if (json) {
        out.println(org.jixiao.api.JsonViews.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
      } else {
        print(out, results);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, SearchResults results) {
    out.printf("共 %d 条 / %d hits (%s, %d ms)%n", results.total(), results.total(), results.mode().code(), results.tookMs());
    printHits(out, results.hits());
  }

  /** Hits one per entry, two lines each: what it is, then where it comes from. */
  static void printHits(PrintWriter out, java.util.List<Hit> hits) {
    int n = 1;
    for (Hit hit : hits) {
      if (hit instanceof IndicatorHit found) {
        org.jixiao.model.IndicatorRecord i = found.record();
        Target t = i.target();
        out.printf("%2d. %s  [%s/%s]  %s%n    %s · %s · %s  (%s:%d)  %s%n", n++, i.name(),
            nz(i.level1()), nz(i.level2()), t == null ? "" : t.raw(),
            region(i.city(), i.district()), nz(i.unit()), nz(i.project()), i.source().file(), i.source().line(), i.id());
      } else if (hit instanceof ProjectHit found) {
        org.jixiao.model.ProjectRecord p = found.record();
        out.printf("%2d. %s  %s 万元%n    %s · %s · %d 个指标  %s%n", n++, p.name(),
            p.budget() == null ? "-" : p.budget().total().toPlainString(),
            region(p.city(), p.district()), nz(p.unit()), p.indicatorCount(), p.id());
      }
    }
  }

  private static String region(String city, String district) {
    return nz(city) + (district == null ? "" : district);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
