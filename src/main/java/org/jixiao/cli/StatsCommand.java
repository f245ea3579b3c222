package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.index.IndexReport;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.FileFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: what the index holds, per source file, with warnings and skipped files. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "索引统计 / what the index holds")
final class StatsCommand implements Callable<Integer> {

  @Mixin CorpusOptions corpus;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (corpus.onSolr()) {
      // A collection keeps no build report (files, warnings, failures): its counts only.
      try (org.jixiao.index.SolrCollection collection = corpus.openCollection()) {
        org.jixiao.index.SolrCollection.Counts size = collection.counts();
        if (json) {
          out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(size));
        } else {
          out.printf("Solr 集合 collection %s — 文件 documents: %d   项目 projects: %d   指标 indicators: %d%n",
              collection.name(), size.documents(), size.projects(), size.indicators());
        }
      }
      out.flush();
      return 0;
    }
    IndexReport r;
    try (OpenIndex index = corpus.openUpToDate(spec.commandLine().getErr(), false)) {
      r = index.report();
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      out.flush();
      return 0;
    }
    out.printf("文件 documents: %d   项目 projects: %d   指标 indicators: %d   (built %s in %d ms)%n",
        r.documents(), r.projects(), r.indicators(), r.builtAt(), r.buildMillis());
    for (IndexReport.FileEntry f : r.files()) {
      out.printf("  %-56s %-16s %s%s %s 年份 %s (%s)  项目 %d  指标 %d%n", f.file(), f.kind(),
          f.city() == null ? "" : f.city(), f.district() == null ? "" : f.district(), f.unit() == null ? "" : f.unit(),
          f.year() == null ? "-" : f.year(), f.yearBasis(), f.projects(), f.indicators());
      for (String w : f.warnings()) {
        out.println("      警告 / warning: " + w);
      }
    }
    for (FileFailure f : r.failures()) {
      out.println("  跳过 / skipped: " + f.file() + " — " + f.reason());
    }
    out.flush();
    return 0;
  }
}
