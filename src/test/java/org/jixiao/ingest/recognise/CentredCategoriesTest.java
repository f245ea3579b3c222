package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.TableRecogniserTest.indicators;
import static org.jixiao.ingest.recognise.TableRecogniserTest.read;

import java.util.List;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

class CentredCategoriesTest {

  private static List<String> categories(String text) throws Exception {
    return indicators(read(text)).stream().map(i -> i.name() + " " + i.level1() + "/" + i.level2()).toList();
  }

  /**
   * A PDF's text layer of a table whose merged category cells are centred: 产出指标 covers five rows and
   * stands beside the third, 数量指标 three beside the second, 质量指标 two beside the first of them.
   */
  private static final String CENTRED = """
      项目名称\t社区文化活动
      一级指标\t二级指标\t三级指标\t指标值
      \t\t开展文化活动场次\t≥12场
      \t数量指标\t参与活动人次\t≥600人次
      产出指标\t\t培训文艺骨干人数\t≥40人
      \t质量指标\t活动完成率\t≥95%
      \t\t社区覆盖率\t100%
      \t\t居民文化生活改善程度\t明显改善
      效益指标\t社会效益指标\t文化氛围提升程度\t有所提升
      \t\t文化志愿者参与程度\t逐步提高
      满意度指标\t服务对象满意度指标\t居民满意度\t≥90%
      """;

  private static final List<String> READ = List.of(
      "开展文化活动场次 产出指标/数量指标",
      "参与活动人次 产出指标/数量指标",
      "培训文艺骨干人数 产出指标/数量指标",
      "活动完成率 产出指标/质量指标",
      "社区覆盖率 产出指标/质量指标",
      "居民文化生活改善程度 效益指标/社会效益指标",
      "文化氛围提升程度 效益指标/社会效益指标",
      "文化志愿者参与程度 效益指标/社会效益指标",
      "居民满意度 满意度指标/服务对象满意度指标");

  @Test
  void rowsAboveACentredCategoryTakeItAndSoDoTheRowsBelowItsMiddle() throws Exception {
    // Read as merged cells at the top, the first rows would have no category and 社区覆盖率 would be 效益's.
    assertThat(categories(CENTRED)).containsExactlyElementsOf(READ);
  }

  @Test
  void oneCellPerLineTheCentredLabelsComeBetweenTheirRowsAndAreReadAlike() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (String line : CENTRED.split("\n")) {
      for (String cell : line.split("\t")) {
        if (!cell.isBlank()) {
          lines.append(cell).append('\n');
        }
      }
    }
    assertThat(categories(lines.toString())).containsExactlyElementsOf(READ);
  }

  @Test
  void categoriesAtTheTopOfTheirRowsStayWhereTheyAreThoughTheirSmallGroupsWouldFitCentredSpans() throws Exception {
    // Groups of one, two and three rows, each label on its first: a centred reading fits these positions too,
    // but the first row stands under its category, which a centred table's first row cannot.
    String text = """
        项目名称\t道路养护
        一级指标\t三级指标\t指标值
        成本指标\t养护成本\t≤50万元
        产出指标\t养护里程\t≥30公里
        \t养护合格率\t≥95%
        效益指标\t通行条件改善程度\t明显改善
        \t道路安全隐患减少\t有所减少
        \t群众出行便利程度\t明显提升
        满意度指标\t沿线群众满意度\t≥90%
        """;
    assertThat(indicators(read(text)).stream().map(Indicator::level1).toList()).containsExactly(
        "成本指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "满意度指标");
  }

  @Test
  void rowsThatLabelsDoNotFitExactlyKeepWhatTheReaderGaveThem() throws Exception {
    // The first rows have no category and one level-1 label follows, but not in the middle of any span that
    // ends with the table: nothing shows the labels were centred, so the rows are read as written.
    String text = """
        项目名称\t档案整理
        一级指标\t三级指标\t指标值
        \t整理档案卷数\t≥500卷
        \t数字化扫描页数\t≥2万页
        \t档案查阅服务人次\t≥300人次
        \t归档及时率\t100%
        \t档案完好率\t100%
        满意度指标\t查档群众满意度\t≥90%
        """;
    List<Indicator> read = indicators(read(text));
    assertThat(read).extracting(Indicator::name).contains("整理档案卷数", "查档群众满意度");
    assertThat(read.stream().filter(i -> i.name().equals("查档群众满意度")).findFirst().orElseThrow().level1()).isEqualTo("满意度指标");
    assertThat(read.stream().filter(i -> !i.name().equals("查档群众满意度")).map(Indicator::level1)).doesNotContain("满意度指标");
  }

  @Test
  void spansAroundTheirLabelsFromTheFirstRowToTheLast() {
    // Labels on rows 1 and 4 of 6: the first span is rows 0-2 (its middle 1) or 0-3 (its upper middle 1),
    // the second runs to row 5 around row 4.
    assertThat(CentredCategories.Spans.all(List.of(1, 4), 6, true, 100)).containsExactly(new int[] {2, 5}, new int[] {3, 5});
    // The lower middle of an even span: rows 0-1 with the label on row 1.
    assertThat(CentredCategories.Spans.all(List.of(1, 3), 4, false, 100)).containsExactly(new int[] {2, 3}, new int[] {1, 3});
    // No span of rows 0.. has its middle on row 4 and ends on row 5.
    assertThat(CentredCategories.Spans.all(List.of(4), 6, true, 100)).isEmpty();
    // Level-2 spans must end where a level-1 span ends.
    assertThat(CentredCategories.Spans.first(List.of(0, 2, 4), 6, new int[] {3, 5}, true, (g, from, to) -> true)).containsExactly(0, 3, 5);
  }
}
