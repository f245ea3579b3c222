package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.api.Export;
import org.jixiao.search.Hit;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: a search's results as CSV, XLSX or JSON, in the columns of a performance-target table. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "导出检索结果 / export search results (csv, xlsx, json)")
final class ExportCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--format", description = "csv、xlsx、jsonl 或 json (default: ${DEFAULT-VALUE})")
  String format = "csv";

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 / output file")
  Path out;

  @Option(names = "--type", description = "indicator 或 project (default: ${DEFAULT-VALUE})")
  String type = "indicator";

  @Option(names = "--mode", description = "hybrid、bm25 或 vector (default: ${DEFAULT-VALUE})")
  String mode = "hybrid";

  @Option(names = "--sort", description = "relevance、quality、target-desc、target-asc、year-desc 或 year-asc (default: ${DEFAULT-VALUE})")
  String sort = "relevance";

  @Option(names = "--filter", paramLabel = "DIM=VALUE", description = "筛选，可重复 / filter, repeatable: city=广州市, district=海珠区 …")
  List<String> filters = new ArrayList<>();

  @Option(names = "--limit", description = "最多行数 / at most this many rows (default: every row of the result set)")
  long limit = Long.MAX_VALUE;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "查询词 / query")
  String[] query;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Export.FORMATS.contains(format)) {
      throw new IllegalArgumentException("--format 须为 csv、xlsx、jsonl 或 json / --format must be csv, xlsx, jsonl or json");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit 须为正整数 / --limit must be positive");
    }
    Map<String, String> dims = new LinkedHashMap<>();
    for (String f : filters) {
      String[] kv = f.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("筛选须写成 维度=值 / a filter is DIM=VALUE: " + f);
      }
      dims.put(kv[0].strip(), kv[1].strip());
    }
    PrintWriter console = spec.commandLine().getOut();
    try (OpenEngine engine = searchOptions.open(corpus, spec.commandLine().getErr())) {
      SearchBackend searcher = engine.backend();
      SearchRequest request = new SearchRequest(String.join(" ", query), type, 1, 0, dims, SearchMode.parse(mode),
          org.jixiao.search.SortOrder.parse(sort));
      long rows;
      try (java.io.OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(out));
          Export export = Export.to(format, type, file, KnowledgeCommands.JSON)) {
        rows = searcher.export(request, format.equals("xlsx") ? Math.min(limit, Export.MAX_XLSX_ROWS) : limit, export::rows,
            SearchOptions.qualityFor(searcher, request.sort()));
      }
      console.printf("已导出 %d 行到 %s / exported %d rows to %s%n", rows, out, rows, out);
    }
    console.flush();
    return 0;
  }
}
