package org.jixiao.cli;

import java.io.PrintWriter;
import org.jixiao.index.IndexReport;
import org.jixiao.index.Indexer;
import org.jixiao.ingest.FileFailure;

/** Printing build reports for people. */
final class Reports {

  private Reports() {}

  static void printBuild(PrintWriter out, Indexer.Outcome outcome) {
    IndexReport r = outcome.report();
    out.printf("已建索引 / indexed: %d 个文件 files, %d 个项目 projects, %d 个指标 indicators (%d ms)%n",
        r.documents(), r.projects(), r.indicators(), outcome.millis());
    if (r.embedding() != null) {
      long embedded = r.embedding().embedded();
      long ms = r.embedding().millis();
      out.printf("  向量 / vectors: %d 个条目 entries, 新计算 %d 个文本 embedded %d distinct texts in %d ms%s, 其余来自缓存 the rest from the cache%n",
          r.embedding().entries(), embedded, embedded, ms,
          embedded > 0 && ms > 0 ? String.format(" (%.0f texts/s)", embedded * 1000.0 / ms) : "");
    }
    for (String warning : r.warnings()) {
      out.println("  警告 / warning: " + warning);
    }
    for (FileFailure f : r.failures()) {
      out.println("  跳过 / skipped: " + f.file() + " — " + f.reason());
    }
    out.flush();
  }
}
