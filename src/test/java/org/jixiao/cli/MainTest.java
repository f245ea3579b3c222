package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ingestEvalRendersOnlyTheDevelopmentTablesAgainAndSaysWhichModesThereAre() {
    Run bad = run("ingest-eval", "--render", "tabs");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("--render 只能是 lines、spaces、flat、glued、paged、html、wrapped、narrow、middle、run 或 stacked");
    Run heldOut = run("ingest-eval", "--render", "lines", "--split", "heldout");
    assertThat(heldOut.code()).isNotZero();
    assertThat(heldOut.err()).contains("只用于开发集");
  }

  @Test
  void indexSearchAndStats() throws Exception {
    String index = tmp.resolve("index").toString();
    Run built = run("index", "--data", "data", "--index", index);
    assertThat(built.code()).isZero();
    assertThat(built.out()).contains("5 个文件").contains("56 个项目").contains("264 个指标");

    Run search = run("search", "--index", index, "--data", "data", "--limit", "3", "物业巡检完成率");
    assertThat(search.code()).isZero();
    assertThat(search.out()).contains("物业巡检完成率").contains("≥95%").contains("000-guangzhou-12345-hotline-centre.txt:12");

    Run json = run("search", "--index", index, "--data", "data", "--json", "--type", "project", "热线");
    assertThat(json.code()).isZero();
    JsonNode body = new ObjectMapper().readTree(json.out());
    assertThat(body.get("hits").get(0).get("type").asText()).isEqualTo("project");

    Run stats = run("stats", "--index", index, "--data", "data", "--json");
    JsonNode report = new ObjectMapper().readTree(stats.out());
    assertThat(report.get("indicators").asInt()).isEqualTo(264);
    assertThat(report.get("files")).hasSize(5);
    assertThat(report.get("files")).anySatisfy(f -> assertThat(f.get("warnings").toString()).contains("预算单位"));

    Run text = run("stats", "--index", index, "--data", "data");
    assertThat(text.out()).contains("004-guangzhou-huangpu-government-services-data.txt").contains("警告");
  }

  @Test
  void genWritesADeterministicCorpusThatBenchMeasures() throws Exception {
    Path a = tmp.resolve("gen-a");
    Path b = tmp.resolve("gen-b");
    assertThat(run("gen", "--indicators", "1500", "--out", a.toString(), "--seed", "3").code()).isZero();
    assertThat(run("gen", "--indicators", "1500", "--out", b.toString(), "--seed", "3").code()).isZero();
    List<Path> files;
    try (var listed = Files.list(a)) {
      files = listed.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }

    String[] corpus = {"--index", tmp.resolve("gen-index").toString(), "--data", a.toString(), "--no-vectors"};
    Run bench = run(concat(new String[] {"bench", "--rounds", "1", "--threads", "2", "--no-query-cache", "--json"}, corpus));
    assertThat(bench.code()).as(bench.err()).isZero();
    JsonNode result = new ObjectMapper().readTree(bench.out());
    assertThat(result.get("indicators").asInt()).isBetween(1500, 1600);
    JsonNode bm25 = result.get("modes").get(0);
    assertThat(bm25.get("mode").asText()).isEqualTo("bm25");
    assertThat(bm25.get("queries").asInt()).isEqualTo(40);
    assertThat(bm25.get("p50").asDouble()).isPositive().isLessThanOrEqualTo(bm25.get("p95").asDouble());
    assertThat(bm25.get("p95").asDouble()).isLessThanOrEqualTo(bm25.get("p99").asDouble());
    assertThat(bm25.get("p99").asDouble()).isLessThanOrEqualTo(bm25.get("max").asDouble());
    assertThat(bm25.get("qpsOneThread").asDouble()).isPositive();

    Run text = run(concat(new String[] {"bench", "--rounds", "1", "--no-query-cache"}, corpus));
    assertThat(text.out()).contains("query cache off").containsPattern("bm25\\s+\\d+\\.\\d+");
  }

  @Test
  void knowledgeCommandsAnswerAsTextAndJson() throws Exception {
    String index = tmp.resolve("kw").toString();
    String[] corpus = {"--index", index, "--data", "data", "--no-vectors"};
    assertThat(run(concat(new String[] {"index"}, corpus)).code()).isZero();

    Run concepts = run(concat(new String[] {"concepts", "--min", "2"}, corpus));
    assertThat(concepts.code()).isZero();
    assertThat(concepts.out()).contains("satisfaction");
    Run benchmark = run(concat(new String[] {"benchmark", "--concept", "satisfaction", "--json"}, corpus));
    assertThat(benchmark.code()).isZero();
    assertThat(new ObjectMapper().readTree(benchmark.out()).get("valueUnit").asText()).isEqualTo("%");
    Run compare = run(concat(new String[] {"compare", "海珠区", "黄埔区"}, corpus));
    assertThat(compare.code()).isZero();
    assertThat(compare.out()).contains("海珠区:").contains("黄埔区:").contains("共同概念");
    Run suggest = run(concat(new String[] {"suggest", "--project", "12345热线运行", "--json"}, corpus));
    assertThat(suggest.code()).isZero();
    assertThat(new ObjectMapper().readTree(suggest.out()).get("groups")).isNotEmpty();
    Run lint = run(concat(new String[] {"lint", "data/000-guangzhou-12345-hotline-centre.txt", "--json"}, corpus));
    assertThat(lint.code()).isZero();
    assertThat(new ObjectMapper().readTree(lint.out()).get("findings")).isNotNull();
    Run nothing = run(concat(new String[] {"benchmark", "--concept", "no-such-concept"}, corpus));
    assertThat(nothing.code()).isNotZero();
    assertThat(nothing.err()).contains("没有找到").doesNotContain("Exception");
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void modesSimilarAndEval() throws Exception {
    String index = tmp.resolve("index").toString();
    Run vector = run("search", "--index", index, "--data", "data", "--mode", "vector", "--limit", "3", "语音转文字准确率");
    assertThat(vector.code()).as(vector.err()).isZero();
    assertThat(vector.out()).contains("vector").contains("普通话语音识别准确率");
    Run badMode = run("search", "--index", index, "--data", "data", "--mode", "fuzzy", "x");
    assertThat(badMode.code()).isEqualTo(1);
    assertThat(badMode.err()).contains("检索模式");
    // Sorted by quality (the lint needs the knowledge base) and by year, oldest first.
    JsonNode byQuality = new ObjectMapper().readTree(
        run("search", "--index", index, "--data", "data", "--json", "--sort", "quality", "--limit", "50", "满意度").out());
    JsonNode byRelevance = new ObjectMapper().readTree(
        run("search", "--index", index, "--data", "data", "--json", "--limit", "50", "满意度").out());
    assertThat(byQuality.get("total")).isEqualTo(byRelevance.get("total"));
    assertThat(byQuality.get("hits").toString()).isNotEqualTo(byRelevance.get("hits").toString());
    List<Integer> years = new java.util.ArrayList<>();
    new ObjectMapper().readTree(run("search", "--index", index, "--data", "data", "--json", "--sort", "year-asc", "--limit", "50", "满意度").out())
        .get("hits").forEach(h -> years.add(h.get("year").isNull() ? Integer.MAX_VALUE : h.get("year").asInt()));
    // Entries whose table names no year come last.
    assertThat(years).isSorted().hasSizeGreaterThan(10).contains(2022, 2023);
    Run badSort = run("search", "--index", index, "--data", "data", "--sort", "price", "x");
    assertThat(badSort.code()).isEqualTo(1);
    assertThat(badSort.err()).contains("未知的排序");

    String id = new ObjectMapper().readTree(
        run("search", "--index", index, "--data", "data", "--json", "--mode", "bm25", "--limit", "1", "物业巡检完成率").out())
        .get("hits").get(0).get("id").asText();
    Run similar = run("similar", "--index", index, "--data", "data", "--limit", "3", id);
    assertThat(similar.code()).as(similar.err()).isZero();
    assertThat(similar.out()).contains("物业巡检完成率").contains(" 1. ").contains(" 3. ");
    Run unknown = run("similar", "--index", index, "--data", "data", "nope");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("nope");

    Path judgments = tmp.resolve("j.tsv");
    Files.writeString(judgments, "q1\tindicator\t语音转文字准确率\t" + id.substring(0, id.indexOf('-')) + "-p7-i1:3\n", StandardCharsets.UTF_8);
    Run eval = run("eval", "--index", index, "--data", "data", "--judgments", judgments.toString(), "--fusion", "rrf:60", "--fusion", "convex:0.95");
    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("nDCG@10").contains("Recall@10").contains("MRR")
        .contains("bm25").contains("vector").contains("rrf:60").contains("convex:0.95");
  }

  private static final List<String> Export_columns = List.of("城市", "区县", "主管部门", "预算单位", "项目名称", "一级指标", "二级指标", "三级指标",
      "年度指标值", "实施周期指标值", "比较", "数值", "单位", "计算公式", "指标概念", "来源文件", "行号", "id");

  @Test
  void exportWritesTheResultListInTableColumns() throws Exception {
    String index = tmp.resolve("index").toString();
    Path csv = tmp.resolve("out.csv");
    Run run = run("export", "--index", index, "--data", "data", "--out", csv.toString(), "--filter", "district=海珠区", "满意度");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFF\"城市\"").contains("\"三级指标\"").contains("\"年度指标值\"");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("\"海珠区\""));
    Path xlsx = tmp.resolve("out.xlsx");
    assertThat(run("export", "--index", index, "--data", "data", "--out", xlsx.toString(), "--format", "xlsx", "满意度").code()).isZero();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      org.apache.poi.xssf.usermodel.XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("三级指标");
      assertThat(sheet.getLastRowNum()).isPositive();
      // The header stays in view and filters; line numbers and parsed values are numbers, not text.
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter()).isNotNull();
      int line = Export_columns.indexOf("行号");
      int value = Export_columns.indexOf("数值");
      assertThat(sheet.getRow(1).getCell(line).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      boolean someNumber = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r).getCell(value);
        if (cell != null) {
          assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
          someNumber = true;
        }
      }
      assertThat(someNumber).isTrue();
      assertThat(sheet.getColumnWidth(4)).as("project names get room").isGreaterThan(sheet.getColumnWidth(0));
    }
    // JSON Lines: one hit a line, as many as the CSV's rows for the same search.
    Path jsonl = tmp.resolve("out.jsonl");
    assertThat(run("export", "--index", index, "--data", "data", "--out", jsonl.toString(), "--format", "jsonl", "--filter", "district=海珠区",
        "满意度").code()).isZero();
    List<String> hits = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(hits).hasSize(lines.size() - 1).allSatisfy(h -> assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(h).get("id")).isNotNull());
    assertThat(run("export", "--index", index, "--data", "data", "--out", xlsx.toString(), "--format", "pdf", "x").code()).isEqualTo(1);
  }

  @Test
  void keywordOnlyIndexesWork() {
    String index = tmp.resolve("plain").toString();
    Run built = run("index", "--data", "data", "--index", index, "--no-vectors");
    assertThat(built.code()).isZero();
    Run search = run("search", "--index", index, "--data", "data", "--no-vectors", "--limit", "1", "满意度");
    assertThat(search.out()).contains("bm25");
  }

  @Test
  void aBadFileIsReportedAndSkippedTheRestIsIndexed() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("good.txt"));
    Files.writeString(data.resolve("notes.txt"), "这只是一段说明文字，没有表格。\n", StandardCharsets.UTF_8);
    Files.write(data.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 0, 4, 5});
    Run built = run("index", "--data", data.toString(), "--index", tmp.resolve("index").toString());
    assertThat(built.code()).isZero();
    assertThat(built.out()).contains("1 个文件").contains("33 个指标");
    assertThat(built.out()).contains("跳过 / skipped: notes.txt").contains("未识别的表格布局");
    assertThat(built.out()).contains("跳过 / skipped: image.png");
  }

  @Test
  void errorsAreMessagesNotStackTraces() {
    Run missing = run("index", "--data", tmp.resolve("nowhere").toString(), "--index", tmp.resolve("i").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("数据目录不存在").doesNotContain("at org.");
    Run badLimit = run("search", "--index", tmp.resolve("i").toString(), "--data", "data", "--limit", "0", "x");
    assertThat(badLimit.code()).isEqualTo(1);
    assertThat(badLimit.err()).contains("limit");
    Run help = run("serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--port").contains("--data").contains("--index");
  }
}
