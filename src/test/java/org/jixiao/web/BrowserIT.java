package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.api.ApiServer;
import org.jixiao.index.IndexLocation;
import org.jixiao.index.Indexer;
import org.jixiao.index.OpenIndex;
import org.jixiao.ingest.Ingestor;
import org.jixiao.testing.TestVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's chromium, headless, against a real server over the seeds plus one hostile
 * table. Screenshots of every view go to target/screenshots/. Skipped, with the reason, where
 * chromium or chromedriver is not installed; .ci/run installs both.
 */
class BrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** A table whose names carry markup and script: they must show as text and never run. */
  static final String HOSTILE = String.join("\n",
      "项目支出绩效目标表",
      "单位名称：广州市测试中心",
      "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标",
      "广州市测试中心\t10.00\t10.00\t\t\t\t",
      "<script>window.__xss=1</script>测试项目\t10.00\t10.00\t\t\t用于检验<img src=x onerror=\"window.__xss=2\">转义。"
          + "\t1、产出指标：<img src=x onerror=\"window.__xss=3\">注入检验率，年度指标值：≥95%。"
          + "2、效益指标：<a href=\"javascript:window.__xss=4\">链接</a>注入检验数，年度指标值：≤3。",
      "");

  @TempDir static Path tmp;
  static OpenIndex index;
  static Javalin app;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium 或 chromedriver 未安装，跳过浏览器测试 / chromium or chromedriver missing: apt-get install chromium chromium-driver");
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (Stream<Path> seeds = Files.list(Path.of("data"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, data.resolve(seed.getFileName()));
      }
    }
    Files.writeString(data.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    IndexLocation location = new IndexLocation(tmp.resolve("index"));
    new Indexer(Ingestor.standard(), TestVectors.settings()).update(List.of(data), location, false);
    index = OpenIndex.open(location);
    app = ApiServer.create(TestVectors.searcher(index)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (index != null) {
      index.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1366, 768));
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  static void open(String hash) {
    driver.get(base + "/" + hash);
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A view that printed a missing value as "null" or "undefined" shows a bug to the user. */
  static void assertNoStrayValues() {
    String text = driver.findElement(By.id("view")).getText();
    assertThat(text).doesNotContain("null").doesNotContain("undefined").doesNotContain("NaN");
  }

  static void screenshot(String name) throws Exception {
    assertNoStrayValues();
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static List<WebElement> cards() {
    return waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results li.card"), 0));
  }

  @Test
  void searchFacetsModesAndTheShareableUrl() throws Exception {
    open("#/search?q=" + enc("满意度"));
    List<WebElement> cards = cards();
    assertThat(cards).hasSizeGreaterThanOrEqualTo(5);
    assertThat(driver.findElements(By.cssSelector("#results h3 em"))).isNotEmpty();
    assertThat(driver.findElement(By.id("status")).getText()).contains("共").contains("条结果");
    screenshot("search");

    WebElement haizhu = driver.findElements(By.cssSelector("#facets button.facet")).stream()
        .filter(b -> b.getText().startsWith("海珠区")).findFirst().orElseThrow();
    haizhu.click();
    waiting().until(d -> d.getCurrentUrl().contains("district="));
    // Read the cards in one script: the list is re-rendered while we wait, so element handles go stale.
    waiting().until(d -> (Boolean) js("const m = [...document.querySelectorAll('#results li.card p.meta')];"
        + " return m.length > 0 && m.every(x => x.textContent.includes('海珠区'))"));

    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode"))).selectByValue("vector");
    waiting().until(d -> d.getCurrentUrl().contains("mode=vector"));
    // The URL holds the whole query: opening it again gives the same page.
    String shared = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(shared);
    cards();
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("满意度");
    assertThat(driver.findElement(By.id("mode")).getAttribute("value")).isEqualTo("vector");
  }

  /** "有数值指标值" is a facet click, the order a select; both live in the URL, and the cards follow the API's order. */
  @Test
  void resultsFilterToNumericTargetsAndSortByTarget() {
    open("#/search?q=" + enc("满意度"));
    cards();
    driver.findElements(By.cssSelector("#facets button.facet")).stream()
        .filter(b -> b.getText().startsWith("有数值指标值")).findFirst().orElseThrow().click();
    waiting().until(d -> d.getCurrentUrl().contains("targetKind=numeric"));
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("target-asc");
    waiting().until(d -> d.getCurrentUrl().contains("sort=target-asc"));
    waiting().until(d -> driver.findElement(By.id("status")).getText().contains("按指标值排序不分单位"));
    // The page's cards, in order, are the API's first page for the same query string.
    Object same = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " const qs = location.hash.split('?')[1];"
        + " fetch('/api/search?' + qs + '&limit=10').then(r => r.json()).then(b => {"
        + "   const names = [...document.querySelectorAll('#results li.card h3')].map(h => h.textContent.trim());"
        + "   done(b.hits.length > 1 && b.hits.every(h => h.target.kind === 'numeric')"
        + "     && b.hits.every((h, i) => i === 0 || b.hits[i - 1].target.value <= h.target.value)"
        + "     && JSON.stringify(names) === JSON.stringify(b.hits.map(h => h.name))); });");
    assertThat(same).isEqualTo(Boolean.TRUE);
  }

  @Test
  void aCardCopiesTheStandardWordingAndShowsItsQuality() throws Exception {
    open("#/search?q=" + enc("物业巡检完成率"));
    WebElement card = cards().get(0);
    assertThat(card.getText()).contains("物业巡检完成率").contains("≥95%").contains("质量");
    card.findElement(By.cssSelector("button.copy")).click();
    waiting().until(d -> card.findElement(By.cssSelector("button.copy")).getText().equals("已复制"));
    assertThat(card.findElement(By.cssSelector("button.copy")).getAttribute("data-copied"))
        .isEqualTo("1、产出指标：物业巡检完成率（物业巡检完成率=实际数/计划数*100%），年度指标值：≥95%。");
    card.findElement(By.cssSelector("button.link")).click();
    waiting().until(d -> !card.findElements(By.cssSelector(".similar li")).isEmpty());
    assertThat(card.findElement(By.cssSelector(".similar")).getText()).contains("其他单位的相似指标");
  }

  @Test
  void copyGivesTheStandardWordingOfTheTargetAndNeverAPlaceholder() throws Exception {
    open("#/search?q=" + enc("政务服务事项的网上可办率"));
    WebElement card = waiting().until(d -> cards().stream().filter(c -> c.getText().contains("不低于98%")).findFirst().orElse(null));
    WebElement copy = card.findElement(By.cssSelector("button.copy"));
    copy.click();
    waiting().until(d -> "已复制".equals(copy.getText()));
    assertThat(copy.getAttribute("data-copied")).isEqualTo("1、效益指标：政务服务事项的网上可办率，年度指标值：≥98%。");
    // 年度指标值：无 is no target: the card offers nothing to copy.
    open("#/search?q=" + enc("容灾备份恢复能力"));
    WebElement none = waiting().until(d -> cards().stream().filter(c -> c.getText().contains("容灾备份恢复能力")).findFirst().orElse(null));
    assertThat(none.findElements(By.cssSelector("button.copy"))).isEmpty();
  }

  @Test
  void aSearchWithNoResultsSaysSoAndWhatToTry() {
    open("#/search?q=" + enc("qwertyuiop") + "&mode=bm25");
    WebElement status = waiting().until(d -> {
      WebElement s = d.findElement(By.id("status"));
      return s.getText().contains("没有找到") ? s : null;
    });
    assertThat(status.getText()).contains("qwertyuiop").contains("换一种说法");
    assertThat(driver.findElements(By.cssSelector("#results li"))).isEmpty();
    assertThat(driver.findElements(By.id("suggestions"))).isEmpty();

    // In the default mode too, an unrelated query finds nothing; one with a word that finds
    // something offers that word, and clicking it searches for it.
    open("#/search?q=" + enc("恐龙化石终端"));
    WebElement offered = waiting().until(d -> d.findElements(By.cssSelector("#suggestions button.suggestion")).stream()
        .filter(b -> b.getText().startsWith("终端")).findFirst().orElse(null));
    offered.click();
    waiting().until(d -> !d.findElements(By.cssSelector("#results li")).isEmpty());
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("终端");
    assertThat(driver.findElement(By.id("status")).getText()).startsWith("共 ");
  }

  @Test
  void everydayWordsAreShownWithTheTablesWordsTheyWereSearchedAs() {
    open("#/search?q=" + enc("设施隔多久查看一回"));
    WebElement understood = waiting().until(d -> d.findElements(By.id("understood")).stream().findFirst().orElse(null));
    assertThat(understood.getText()).contains("隔多久 → 频次").contains("查看 → 巡查");
    assertThat(driver.findElement(By.id("status")).getText()).startsWith("共 ");
    open("#/search?q=" + enc("物业巡检完成率"));
    waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("共 "));
    assertThat(driver.findElements(By.id("understood"))).isEmpty();
  }

  @Test
  void aProjectPageGroupsItsIndicatorsAndShowsWhereTheyCameFrom() throws Exception {
    open("#/search?q=" + enc("视频会议满意率"));
    cards().get(0).findElement(By.cssSelector(".meta a")).click();
    WebElement name = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project-name")));
    assertThat(name.getText()).contains("海珠政务基础设施及服务经费");
    assertThat(driver.findElements(By.cssSelector("#indicators .ind-list > li"))).hasSize(6);
    assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("001-guangzhou-haizhu-digital-government.txt 第");
    // Every indicator shows its annual target (the page once read a field the API does not send).
    List<WebElement> targets = driver.findElements(By.cssSelector("#indicators .ind-list > li .target"));
    assertThat(targets).hasSize(6).allSatisfy(t -> assertThat(t.getText()).doesNotContain("无指标值").isNotBlank());
    assertThat(targets.get(0).getText()).isEqualTo("≥10000M");
    WebElement copy = driver.findElement(By.cssSelector("#indicators .ind-list > li button.copy"));
    copy.click();
    waiting().until(d -> "已复制".equals(copy.getText()));
    assertThat(copy.getAttribute("data-copied")).isEqualTo("1、产出指标：电子政务外网主干带宽，年度指标值：≥10000M。");
    waiting().until(d -> !d.findElements(By.cssSelector(".similar-projects li")).isEmpty());
    screenshot("project");
  }

  /** The page's judgment of an actual against its target, run in the browser on the module itself. */
  @Test
  void anActualIsJudgedAgainstItsTarget() {
    open("#/search");
    String script = "const done = arguments[arguments.length - 1];"
        + "import('/js/dom.js').then(m => { const n = (op, value, valueUnit, upper) => ({ kind: 'numeric', op, value, valueUnit, upper });"
        + " done([m.gapText(n('≥', 95, '%'), n('=', 97.5, '%')), m.gapText(n('≥', 95, '%'), n('=', 92, '%')),"
        + " m.gapText(n('≤', 5, '天'), n('=', 7, '天')), m.gapText(n('range', 10, '个', 20), n('=', 15, '个')),"
        + " m.gapText(n('≥', 95, '%'), n('=', 97, '个')), m.gapText(null, n('=', 1, '%'))]); });";
    Object got = ((JavascriptExecutor) driver).executeAsyncScript(script);
    assertThat(((List<?>) got).stream().map(String::valueOf).toList()).containsExactly("　已达成", "　未达成（差 3%）", "　未达成（差 2天）", "　已达成", "", "");
  }

  @Test
  void aSelfEvaluationsProjectPageShowsWhatWasAchievedAndScored() throws Exception {
    open("#/search?q=" + enc("12345政府服务热线外包服务项目") + "&type=project");
    cards().get(0).findElement(By.cssSelector("a")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project-name")));
    List<WebElement> achieved = waiting().until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#indicators .evaluation"));
      return found.isEmpty() ? null : found;
    });
    assertThat(achieved).anySatisfy(e -> assertThat(e.getText()).startsWith("完成值：").contains("完成率：").contains("得分："));
    screenshot("project-self-evaluation");
  }

  @Test
  void benchmarkChartsRenderWithDataAndListTheLaxTarget() throws Exception {
    open("#/benchmark?concept=satisfaction");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram canvas")));
    Long bars = (Long) js("return echarts.getInstanceByDom(document.getElementById('histogram')).getOption().series[0].data.length");
    assertThat(bars).isPositive();
    // Equal values of a region are one dot carrying their count: every value is counted, none hidden.
    List<?> dots = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " const data = echarts.getInstanceByDom(document.getElementById('by-region')).getOption().series[0].data;"
        + " fetch('/api/benchmark?concept=satisfaction').then(r => r.json()).then(b => done([data.length,"
        + "   data.reduce((n, d) => n + d[2], 0), b.count, Math.max(...data.map(d => d[2]))]));");
    long points = ((Number) dots.get(0)).longValue();
    assertThat(((Number) dots.get(1)).longValue()).as("values counted in the dots").isEqualTo(((Number) dots.get(2)).longValue());
    assertThat(points).as("dots").isPositive().isLessThan(((Number) dots.get(2)).longValue());
    assertThat(((Number) dots.get(3)).longValue()).as("the most values one dot carries").isGreaterThan(1);
    assertThat(driver.findElement(By.id("outliers")).getText()).contains("系统内部使用人员满意度").contains("偏松");
    screenshot("benchmark");
  }

  @Test
  void aBenchmarkWithoutNumbersListsItsMembersOpen() {
    open("#/benchmark?concept=connection");
    WebElement members = waiting().until(d -> d.findElements(By.cssSelector("details[open] li")).stream().findFirst().orElse(null));
    assertThat(members.getText()).contains("接通");
    assertThat(driver.findElement(By.cssSelector("details[open] summary")).getText()).startsWith("同类指标");
    assertThat(driver.findElements(By.cssSelector("details[open] li"))).anySatisfy(li -> assertThat(li.getText()).contains("完成值"));
  }

  @Test
  void compareShowsSidesChartsAndSharedConcepts() throws Exception {
    // Part of a name is enough when one district contains it.
    open("#/compare?by=district&values=" + enc("海珠,黄埔区"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mix-chart canvas")));
    Long series = (Long) js("return echarts.getInstanceByDom(document.getElementById('mix-chart')).getOption().series.length");
    assertThat(series).isEqualTo(2);
    // Districts of different size: the mix is shares of each side's indicators (each side sums to 100%).
    List<?> sums = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('mix-chart')).getOption().series"
        + ".map(s => Math.round(s.data.reduce((n, d) => n + d.value, 0)))");
    assertThat(sums).allSatisfy(sum -> assertThat(((Number) sum).longValue()).isBetween(99L, 101L));
    // The pickers offer what there is, with counts.
    waiting().until(d -> !d.findElements(By.cssSelector("#compare-options option")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#compare-options option")).stream().map(o -> o.getAttribute("value")).toList())
        .contains("海珠区", "黄埔区");
    assertThat(driver.findElements(By.cssSelector("#compare-options option")).get(0).getAttribute("textContent")).contains("个指标");
    assertThat(driver.findElement(By.id("sides")).getText()).contains("海珠区").contains("黄埔区").contains("1460");
    assertThat(driver.findElement(By.id("shared")).getText()).contains("满意度");
    screenshot("compare");
  }

  @Test
  void aPastedDraftShowsFindingsAndRecommendations() throws Exception {
    open("#/draft");
    String table = Files.readString(Path.of("data/000-guangzhou-12345-hotline-centre.txt"), StandardCharsets.UTF_8);
    WebElement area = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-text")));
    js("arguments[0].value = arguments[1]", area, table);
    driver.findElement(By.id("draft-check")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".draft-project")).isEmpty());
    assertThat(driver.findElements(By.cssSelector(".draft-project"))).hasSize(7);
    assertThat(driver.findElement(By.id("draft-result")).getText()).contains("年度指标值为“无”").contains("建议");
    waiting().until(d -> d.findElements(By.cssSelector(".recommend h4")).size() >= 1);
    // Every group of the first project's recommendations is shown, not only the first eight outputs,
    // and nothing offered to copy is a placeholder.
    WebElement first = driver.findElements(By.cssSelector(".recommend")).get(0);
    List<String> groups = first.findElements(By.cssSelector(".recommend-group h5")).stream().map(WebElement::getText).toList();
    assertThat(groups).anyMatch(g -> g.startsWith("产出指标")).anyMatch(g -> g.startsWith("满意度指标"));
    assertThat(first.getText()).doesNotContain("请填写");
    screenshot("draft");

    js("arguments[0].value = '这只是一段说明文字，没有表格。'", driver.findElement(By.id("draft-text")));
    driver.findElement(By.id("draft-check")).click();
    waiting().until(d -> d.findElement(By.id("draft-result")).getText().contains("出错了"));
  }

  @Test
  void exportsDownloadAndReadBack() throws Exception {
    open("#/search?q=" + enc("满意度"));
    cards();
    String csvUrl = driver.findElement(By.id("export-csv")).getAttribute("href");
    String xlsxUrl = driver.findElement(By.id("export-xlsx")).getAttribute("href");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(csvUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"城市\"").contains("\"三级指标\"").contains("满意");
    assertThat(text.split("\r\n").length).isGreaterThan(10);
    HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(xlsxUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("三级指标");
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(text.split("\r\n").length - 1);
    }
  }

  @Test
  void documentTextIsShownAsTextAndNeverRuns() throws Exception {
    open("#/search?q=" + enc("注入检验"));
    List<WebElement> cards = cards();
    String all = driver.findElement(By.id("results")).getText();
    assertThat(all).contains("<img src=x onerror=");
    assertThat(driver.findElements(By.cssSelector("#results img"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#results script"))).isEmpty();
    open("#/search?q=" + enc("测试项目") + "&type=project");
    cards();
    assertThat(driver.findElement(By.id("results")).getText()).contains("<script>");
    cards.size();
    assertThat(js("return window.__xss === undefined")).isEqualTo(true);
  }

  @Test
  void aServerThatCannotBeReachedIsSaidInChineseWithARetryAndNoStaleFacets() {
    open("#/search?q=" + enc("满意度"));
    cards();
    assertThat(driver.findElements(By.cssSelector("#facets button.facet"))).isNotEmpty();
    // The connection fails as it does when the server has stopped.
    js("window.__fetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
    WebElement retry;
    try {
      driver.findElement(By.id("q")).sendKeys("度");
      retry = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#status button.retry")));
      assertThat(driver.findElement(By.id("status")).getText()).contains("无法连接服务器").doesNotContain("Failed to fetch");
      assertThat(driver.findElements(By.cssSelector("#facets button.facet"))).isEmpty();
      assertThat(driver.findElements(By.cssSelector("#results li"))).isEmpty();
    } finally {
      js("window.fetch = window.__fetch;"); // the next tests use the same page
    }
    retry.click();
    cards();
    assertThat(driver.findElements(By.cssSelector("#facets button.facet"))).isNotEmpty();
  }

  @Test
  void errorsShowAsMessagesNotBlankPages() {
    open("#/project/no-such-project");
    waiting().until(d -> d.findElement(By.id("view")).getText().contains("出错了"));
    assertThat(driver.findElement(By.id("view")).getText()).contains("没有这个项目");
  }

  @Test
  void usableOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("#/search?q=" + enc("满意度"));
    cards();
    Long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0L);
    screenshot("search-phone");
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
