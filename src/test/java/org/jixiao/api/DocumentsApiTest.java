package org.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.index.DataLibrary;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.FormatFixtures;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and deletes change the served corpus without a restart, and only with the token. */
class DocumentsApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "s3cret-token";

  @TempDir Path tmp;

  record Answer(int code, JsonNode body) {}

  Javalin server(String token) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("data/003-guangzhou-petitions-bureau.txt"), data.resolve("petitions.txt"));
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    Indexer indexer = new Indexer(Ingestor.standard(), TestVectors.settings());
    indexer.update(List.of(data), location, false);
    OpenIndex index = OpenIndex.open(location);
    DataLibrary library = new DataLibrary(List.of(data), location, indexer, Ingestor.standard());
    return ApiServer.create(TestVectors.searcher(index), library, token);
  }

  static Answer send(io.javalin.testtools.HttpClient client, Request.Builder request) throws Exception {
    try (Response res = client.getOkHttp().newCall(request.build()).execute()) {
      String body = res.body().string();
      return new Answer(res.code(), JSON.readTree(body.isEmpty() ? "null" : body));
    }
  }

  static Request.Builder upload(io.javalin.testtools.HttpClient client, String token, Object... nameAndContent) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (int i = 0; i < nameAndContent.length; i += 2) {
      form.addFormDataPart("files", (String) nameAndContent[i],
          RequestBody.create((byte[]) nameAndContent[i + 1], MediaType.parse("application/octet-stream")));
    }
    Request.Builder b = new Request.Builder().url(client.getOrigin() + "/api/documents").post(form.build());
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static byte[] seed(String name) throws Exception {
    return Files.readAllBytes(Path.of("data", name));
  }

  static int documents(io.javalin.testtools.HttpClient client) throws Exception {
    return send(client, new Request.Builder().url(client.getOrigin() + "/api/health")).body().get("documents").asInt();
  }

  @Test
  void withoutATokenWritesAreOff() throws Exception {
    JavalinTest.test(server(null), (s, client) -> {
      Answer a = send(client, upload(client, "anything", "a.txt", seed("000-guangzhou-12345-hotline-centre.txt")));
      assertThat(a.code()).isEqualTo(403);
      assertThat(a.body().get("error").asText()).contains("未开启");
    });
  }

  @Test
  void aMissingOrWrongTokenIsRefused() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      assertThat(send(client, upload(client, null, "a.txt", seed("000-guangzhou-12345-hotline-centre.txt"))).code()).isEqualTo(401);
      assertThat(send(client, upload(client, "wrong", "a.txt", seed("000-guangzhou-12345-hotline-centre.txt"))).code()).isEqualTo(401);
      assertThat(send(client, new Request.Builder().url(client.getOrigin() + "/api/documents/x").delete()).code()).isEqualTo(401);
      assertThat(documents(client)).isEqualTo(1);
    });
  }

  @Test
  void uploadReportsEachFileIndexesTheGoodOnesAndDeleteRemoves() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      Answer a = send(client, upload(client, TOKEN,
          "hotline.txt", seed("000-guangzhou-12345-hotline-centre.txt"),
          "notes.txt", "这只是一段说明文字，没有表格。".getBytes(StandardCharsets.UTF_8),
          "empty.txt", new byte[0],
          "../../escape.txt", seed("001-guangzhou-haizhu-digital-government.txt")));
      assertThat(a.code()).isEqualTo(200);
      JsonNode files = a.body().get("files");
      assertThat(files.get(0).get("status").asText()).isEqualTo("indexed");
      assertThat(files.get(0).get("projects").asInt()).isEqualTo(7);
      assertThat(files.get(0).get("indicators").asInt()).isEqualTo(35);
      assertThat(files.get(1).get("status").asText()).isEqualTo("failed");
      assertThat(files.get(1).get("reason").asText()).contains("未识别");
      assertThat(files.get(2).get("reason").asText()).contains("为空");
      assertThat(files.get(3).get("file").asText()).isEqualTo("escape.txt");
      assertThat(a.body().get("index").get("documents").asInt()).isEqualTo(3);
      assertThat(tmp.resolve("data/uploads/escape.txt")).exists();
      assertThat(tmp.resolve("escape.txt")).doesNotExist();

      // Served at once, without a restart.
      assertThat(documents(client)).isEqualTo(3);
      JsonNode hit = send(client, new Request.Builder().url(client.getOrigin() + "/api/search?mode=bm25&q="
          + java.net.URLEncoder.encode("物业巡检完成率", StandardCharsets.UTF_8))).body().get("hits").get(0);
      assertThat(hit.get("name").asText()).isEqualTo("物业巡检完成率");

      String id = files.get(0).get("documentId").asText();
      Answer removed = send(client, new Request.Builder().url(client.getOrigin() + "/api/documents/" + id)
          .header("X-Admin-Token", TOKEN).delete());
      assertThat(removed.code()).isEqualTo(200);
      assertThat(removed.body().get("files").get(0).get("status").asText()).isEqualTo("removed");
      assertThat(documents(client)).isEqualTo(2);
      try (Stream<Path> trash = Files.list(tmp.resolve("data/.deleted"))) {
        assertThat(trash.toList()).anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith("hotline.txt"));
      }
      assertThat(send(client, new Request.Builder().url(client.getOrigin() + "/api/documents/" + id)
          .header("X-Admin-Token", TOKEN).delete()).code()).isEqualTo(404);

      // The same file uploaded and deleted again at once: the trash keeps both copies.
      String again = send(client, upload(client, TOKEN, "hotline.txt", seed("000-guangzhou-12345-hotline-centre.txt")))
          .body().get("files").get(0).get("documentId").asText();
      assertThat(send(client, new Request.Builder().url(client.getOrigin() + "/api/documents/" + again)
          .header("X-Admin-Token", TOKEN).delete()).code()).isEqualTo(200);
      try (Stream<Path> trash = Files.list(tmp.resolve("data/.deleted"))) {
        assertThat(trash.filter(p -> p.getFileName().toString().endsWith("hotline.txt")).toList()).hasSize(2);
      }
    });
  }

  /** A page nested deeper than any parser's stack: it overflows the reader's recursion. */
  static byte[] deeplyNested() {
    return ("<html><body>" + "<div>".repeat(80_000) + "<table><tr><td>产出指标</td><td>数量指标</td><td>维护路灯数量</td><td>≥500盏</td></tr></table>"
        + "</div>".repeat(80_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFileThatBreaksItsParserAndANameGivenTwiceCostOnlyThemselves() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      Answer a = send(client, upload(client, TOKEN,
          "deep.html", deeplyNested(),
          "hotline.txt", seed("000-guangzhou-12345-hotline-centre.txt"),
          "hotline.txt", seed("001-guangzhou-haizhu-digital-government.txt")));
      assertThat(a.code()).isEqualTo(200);
      JsonNode files = a.body().get("files");
      assertThat(files.get(0).get("status").asText()).isEqualTo("failed");
      assertThat(files.get(0).get("reason").asText()).contains("读取时出错").contains("StackOverflowError");
      assertThat(files.get(1).get("status").asText()).isEqualTo("indexed");
      assertThat(files.get(2).get("status").asText()).isEqualTo("failed");
      assertThat(files.get(2).get("reason").asText()).contains("文件名重复");
      // The seed and the first hotline.txt only: no ghost of the second under the same id.
      assertThat(a.body().get("index").get("documents").asInt()).isEqualTo(2);
      assertThat(a.body().get("index").get("indicators").asInt())
          .isEqualTo(files.get(1).get("indicators").asInt() + 33);
      assertThat(tmp.resolve("data/uploads/deep.html")).doesNotExist();
    });
  }

  @Test
  void aMalformedOrOversizedMultipartBodyIsA4xxNotAServerError() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      okhttp3.MediaType noBoundary = okhttp3.MediaType.parse("multipart/form-data");
      Answer missing = send(client, new Request.Builder().url(client.getOrigin() + "/api/documents")
          .header("X-Admin-Token", TOKEN).post(okhttp3.RequestBody.create("abc".getBytes(StandardCharsets.UTF_8), noBoundary)));
      assertThat(missing.code()).isEqualTo(400);
      assertThat(missing.body().get("error").asText()).contains("multipart");
      byte[] nul = ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n").getBytes(StandardCharsets.UTF_8);
      Answer control = send(client, new Request.Builder().url(client.getOrigin() + "/api/documents")
          .header("X-Admin-Token", TOKEN).post(okhttp3.RequestBody.create(nul, okhttp3.MediaType.parse("multipart/form-data; boundary=XX"))));
      assertThat(control.code()).isEqualTo(400);
      byte[] big = new byte[(int) DataLibrary.MAX_FILE_BYTES + 1024];
      java.util.Arrays.fill(big, (byte) 'a');
      Answer tooLarge = send(client, upload(client, TOKEN, "big.txt", big));
      assertThat(tooLarge.code()).isEqualTo(413);
      assertThat(tooLarge.body().get("error").asText()).contains("过大");
    });
  }

  @Test
  void namesTheFileSystemWouldRefuseAreMadeSafeAndTheFilesKept() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      String longName = "中山市市级财政支出绩效自评表".repeat(20) + ".txt";
      Answer a = send(client, upload(client, TOKEN,
          longName, seed("000-guangzhou-12345-hotline-centre.txt"),
          "热线\uD83D.txt", seed("001-guangzhou-haizhu-digital-government.txt")));
      assertThat(a.code()).isEqualTo(200);
      JsonNode files = a.body().get("files");
      assertThat(files.get(0).get("status").asText()).isEqualTo("indexed");
      assertThat(files.get(0).get("file").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DataLibrary.MAX_NAME_BYTES);
      assertThat(files.get(1).get("status").asText()).isEqualTo("indexed");
      assertThat(a.body().get("index").get("documents").asInt()).isEqualTo(3);
      try (Stream<Path> left = Files.list(tmp.resolve("data/uploads"))) {
        assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part")).hasSize(2);
      }
    });
  }

  /** Every format and the hardest real-world layouts, in one request, through the same path as `index`. */
  @Test
  void uploadReadsEveryFormatAndLayout() throws Exception {
    FormatFixtures.Table seed = FormatFixtures.seedTable();
    JavalinTest.test(server(TOKEN), (s, client) -> {
      Answer a = send(client, upload(client, TOKEN,
          "表.xlsx", FormatFixtures.workbook(seed.unitLine(), seed.rows(), XSSFWorkbook::new),
          "表.xls", FormatFixtures.workbook(seed.unitLine(), seed.rows(), HSSFWorkbook::new),
          "表.docx", FormatFixtures.docx(seed.unitLine(), seed.rows()),
          "表.pdf", FormatFixtures.pdf(seed.unitLine(), seed.rows()),
          "表.html", FormatFixtures.html(seed.unitLine(), seed.rows()).getBytes(StandardCharsets.UTF_8),
          "湘西特校.txt", Files.readAllBytes(Path.of("src/test/resources/real-world/06_xiangxi_tejiao_2023_mubiao.txt")),
          "稷山自评.txt", Files.readAllBytes(Path.of("src/test/resources/real-world/28_jishan_zhaidian_wsy_jbgw_ziping_xlsx.txt"))));
      assertThat(a.code()).isEqualTo(200);
      JsonNode files = a.body().get("files");
      assertThat(files).hasSize(7);
      for (int i = 0; i < 5; i++) {
        assertThat(files.get(i).get("status").asText()).as(files.get(i).toString()).isEqualTo("indexed");
        assertThat(files.get(i).get("projects").asInt()).isEqualTo(2);
        assertThat(files.get(i).get("indicators").asInt()).isEqualTo(8);
      }
      assertThat(files.get(5).get("indicators").asInt()).isEqualTo(10);
      assertThat(files.get(6).get("indicators").asInt()).isEqualTo(23);
      // What could not be read is said in the answer: the flattened spreadsheet's cut last name.
      assertThat(files.get(6).get("warnings").toString()).contains("提升国家基本").contains("not read");
      assertThat(documents(client)).isEqualTo(8);
      JsonNode hit = send(client, new Request.Builder().url(client.getOrigin() + "/api/search?mode=bm25&q="
          + java.net.URLEncoder.encode("伙食补助覆盖率", StandardCharsets.UTF_8))).body().get("hits").get(0);
      assertThat(hit.get("name").asText()).isEqualTo("伙食补助覆盖率");
    });
  }

  @Test
  void twoSimultaneousUploadsBothLand() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      CompletableFuture<Answer> one = CompletableFuture.supplyAsync(() -> call(client, "a.txt", "000-guangzhou-12345-hotline-centre.txt"));
      CompletableFuture<Answer> two = CompletableFuture.supplyAsync(() -> call(client, "b.txt", "001-guangzhou-haizhu-digital-government.txt"));
      assertThat(one.get().code()).isEqualTo(200);
      assertThat(two.get().code()).isEqualTo(200);
      assertThat(documents(client)).isEqualTo(3);
    });
  }

  @Test
  void searchesDuringUploadsNeverFail() throws Exception {
    JavalinTest.test(server(TOKEN), (s, client) -> {
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.ConcurrentLinkedQueue<Integer> codes = new java.util.concurrent.ConcurrentLinkedQueue<>();
      List<Thread> readers = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread reader = new Thread(() -> {
          while (!done.get()) {
            try {
              codes.add(send(client, new Request.Builder().url(client.getOrigin() + "/api/search?mode=bm25&q="
                  + java.net.URLEncoder.encode("满意度", StandardCharsets.UTF_8))).code());
            } catch (Exception e) {
              codes.add(-1);
            }
          }
        });
        reader.start();
        readers.add(reader);
      }
      for (String seed : List.of("000-guangzhou-12345-hotline-centre.txt", "001-guangzhou-haizhu-digital-government.txt",
          "004-guangzhou-huangpu-government-services-data.txt")) {
        assertThat(call(client, seed, seed).code()).isEqualTo(200);
      }
      done.set(true);
      for (Thread r : readers) {
        r.join();
      }
      assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo(200));
      assertThat(documents(client)).isEqualTo(4);
    });
  }

  private static Answer call(io.javalin.testtools.HttpClient client, String name, String seed) {
    try {
      return send(client, upload(client, TOKEN, name, seed(seed)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
