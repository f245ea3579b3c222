package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.eval.IngestEvaluation;
import org.jixiao.eval.PipeRendering;
import org.jixiao.eval.TableManifest;
import org.jixiao.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingest-eval}: how well tables are read, against hand counts of real tables. */
@Command(name = "ingest-eval", mixinStandardHelpOptions = true,
    description = "用人工清点的真实表格衡量读表质量（召回率、准确率、指标值正确率）/ measure table reading against hand-counted real tables")
final class IngestEvalCommand implements Callable<Integer> {

  @Option(names = "--manifest", paramLabel = "FILE", defaultValue = "src/test/resources/real-world/corpus/manifest.tsv",
      description = "表格清单 / the manifest of real tables (default: ${DEFAULT-VALUE})")
  Path manifest;

  @Option(names = "--split", defaultValue = "dev", description = "dev、heldout 或 all（默认 dev）/ which tables (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--only", paramLabel = "TEXT", description = "只看文件名含此文字的表格 / only the tables whose file name contains TEXT")
  String only;

  @Option(names = "--per-file", description = "逐个文件输出 / print each file's figures")
  boolean perFile;

  @Option(names = "--details", description = "列出漏读、多读和指标值不符的指标 / list missed, extra and wrong-target indicators")
  boolean details;

  @Option(names = "--swap", paramLabel = "SEED",
      description = "把开发集表格的指标名称和指标值换成其他表格的（同一种子同一结果），看读表是否只认得内容 / read the development tables with their names and values exchanged for other tables' (one seed, one result)")
  Long swapSeed;

  @Option(names = "--traditional",
      description = "把开发集表格及其人工清点转成繁体再读，看读表是否与简体相同 / read the development tables converted to traditional characters, their counts alike")
  boolean traditional;

  @Option(names = "--full-width",
      description = "把开发集表格的数字和符号写成全角再读 / read the development tables with full-width digits and signs")
  boolean fullWidth;

  @Option(names = "--render", paramLabel = "MODE",
      description = "把开发集中以竖线分隔的表格改写为每格一行（lines）、以空格分隔（spaces）、整页一行（flat）、各格相连（glued）、分页打印、每页重复表头（paged）、写回 HTML 表格（html）、像 PDF 文字层那样在窄栏中折行（wrapped）、如此折行而类别栏只有三个字宽（narrow）、如此折行而各格在行高中居中（middle）、如此折行后整页复制成一行（run）或每格一行而长格按栏宽折成几行（stacked）再读 / read the development pipe tables written again one cell per line (lines), with spaces between cells (spaces), the whole page in one line (flat), cells glued together (glued), printed over pages, each repeating the header (paged), as the HTML table they were copied from (html), as a PDF's text layer prints cells wrapped in narrow columns (wrapped), so wrapped with the categories' column three characters wide (narrow), so wrapped with each row's cells centred in its height (middle), so wrapped and the whole page copied as one run of text (run), or one cell per line with each long cell broken over lines at the column's width (stacked)")
  String render;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException("找不到表格清单 / no such manifest: " + manifest);
    }
    if (!split.matches("dev|heldout|all")) {
      throw new IllegalArgumentException("--split 只能是 dev、heldout 或 all / --split must be dev, heldout or all: " + split);
    }
    TableManifest tables = TableManifest.read(manifest);
    TableManifest whole = tables;
    if (only != null) {
      tables = new TableManifest(tables.dir(), tables.tables().stream().filter(t -> t.file().contains(only)).toList());
    }
    int rewrites = (swapSeed != null ? 1 : 0) + (traditional ? 1 : 0) + (fullWidth ? 1 : 0) + (render != null ? 1 : 0);
    if (rewrites > 0 && !split.equals("dev")) {
      throw new IllegalArgumentException("--swap、--traditional、--full-width 和 --render 只用于开发集 / --swap, --traditional, --full-width and --render read the development split only: " + split);
    }
    if (rewrites > 1) {
      throw new IllegalArgumentException("--swap、--traditional、--full-width 和 --render 只能选一个 / --swap, --traditional, --full-width and --render are one at a time");
    }
    if (render != null && !render.matches("lines|spaces|flat|glued|paged|html|wrapped|narrow|middle|run|stacked")) {
      throw new IllegalArgumentException("--render 只能是 lines、spaces、flat、glued、paged、html、wrapped、narrow、middle、run 或 stacked / --render must be lines, spaces, flat, glued, paged, html, wrapped, narrow, middle, run or stacked: " + render);
    }
    IngestEvaluation.Score s = render != null
        ? IngestEvaluation.runRendered(whole, tables.tables().stream().filter(t -> t.split().equals("dev")).toList(),
            PipeRendering.Mode.valueOf(render.toUpperCase(java.util.Locale.ROOT)), Ingestor.standard())
        : swapSeed != null
        ? IngestEvaluation.runSwapped(whole, tables.tables(), swapSeed, Ingestor.standard())
        : traditional ? IngestEvaluation.runTraditional(whole, tables.tables(), Ingestor.standard())
        : fullWidth ? IngestEvaluation.runFullWidth(whole, tables.tables(), Ingestor.standard())
        : IngestEvaluation.run(tables, split, Ingestor.standard());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s));
      out.flush();
      return 0;
    }
    if (perFile || details) {
      out.printf("%-52s %-16s %5s %5s %5s %5s  %s%n", "file", "kind", "count", "read", "match", "tgt", "");
      for (IngestEvaluation.FileScore f : s.files()) {
        out.printf("%-52s %-16s %5d %5d %5d %5d  %s%n", f.table().file(), f.table().kind(), f.counted(), f.read(),
            f.matched(), f.targetsRight(), f.failure() == null ? "" : "未读 not read: " + f.failure());
        if (details) {
          f.missed().forEach(n -> out.println("      漏读 missed: " + n));
          f.extra().forEach(n -> out.println("      多读 extra:  " + n));
          f.wrongTargets().forEach(n -> out.println("      指标值 target: " + n));
        }
      }
    }
    out.printf("%s: %d 个文件 files (%d 读出 read), %d 个指标 counted, %d 读出 read, %d 对上 matched%n",
        s.split(), s.files().size(), s.filesRead(), s.counted(), s.read(), s.matched());
    out.printf("recall %.3f  precision %.3f  target accuracy %.3f  actual accuracy %.3f (%d)  level-1 accuracy %.3f%n",
        s.recall(), s.precision(), s.targetAccuracy(), s.actualAccuracy(), s.actualsCounted(), s.level1Accuracy());
    out.flush();
    return 0;
  }
}
