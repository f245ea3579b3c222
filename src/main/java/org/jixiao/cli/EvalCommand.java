package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.eval.Evaluation;
import org.jixiao.eval.Judgments;
import org.jixiao.search.Fusion;
import org.jixiao.search.SearchMode;
import org.jixiao.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval}: retrieval quality of each mode on judged queries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "用评测集衡量检索质量（nDCG@10、Recall@10、MRR）/ measure retrieval quality on judged queries")
final class EvalCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Mixin SearchOptions searchOptions;

  @Option(names = "--judgments", required = true, paramLabel = "FILE", description = "评测文件 / judgments file (qid, type, query, id:grade …)")
  Path judgments;

  @Option(names = "--mode", description = "只评测此模式 / only this mode (bm25, vector, hybrid; default: all)")
  String mode;

  @Option(names = "--fusion", paramLabel = "F",
      description = "混合模式的融合方式，可重复 / fusion for hybrid, repeatable: rrf[:k[:w]], convex[:alpha] (default: the product's)")
  List<String> fusions = new ArrayList<>();

  @Option(names = "--per-query", description = "逐条输出 / print each query's scores")
  boolean perQuery;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Judgments judged = Judgments.read(judgments);
    List<SearchMode> modes = mode == null ? List.of(SearchMode.values()) : List.of(SearchMode.parse(mode));
    List<Fusion> fusionList = fusions.isEmpty() ? List.of(Fusion.DEFAULT) : fusions.stream().map(Fusion::parse).toList();
    List<Evaluation.Run> runs = new ArrayList<>();
    try (OpenEngine engine = searchOptions.open(corpus, spec.commandLine().getErr())) {
      SearchBackend searcher = engine.backend();
      for (SearchMode m : modes) {
        for (Fusion f : m == SearchMode.HYBRID ? fusionList : List.of(Fusion.DEFAULT)) {
          runs.add(Evaluation.run(searcher, judged, m, f));
        }
      }
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(runs));
    } else {
      out.printf("%d 条查询 / queries: %s%n", judged.queries().size(), judgments);
      out.printf("%-8s %-14s %8s %10s %7s%n", "mode", "fusion", "nDCG@10", "Recall@10", "MRR");
      for (Evaluation.Run r : runs) {
        out.printf("%-8s %-14s %8.4f %10.4f %7.4f%n", r.mode(), r.fusion(), r.ndcg(), r.recall(), r.mrr());
        if (perQuery) {
          for (Evaluation.QueryScore q : r.queries()) {
            out.printf("    %-4s %6.3f %6.3f %6.3f  %s%n", q.queryId(), q.ndcg(), q.recall(), q.reciprocalRank(), q.query());
          }
        }
      }
    }
    out.flush();
    return 0;
  }
}
