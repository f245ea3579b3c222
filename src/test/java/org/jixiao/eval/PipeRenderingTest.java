package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipeRenderingTest {

  private static final String TABLE = "SOURCE: https://example.org/t.html\n\n绩效目标表 | ||\n"
      + "一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 培训人数 | ≥100人 |\n| | 质量指标 | 合格率 | 100% |\n"
      + "效益指标 | 社会效益指标 | 就业率 | ≥60% |\n满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% |\n注:本表为示例";

  @Test
  void aPipeTableIsWrittenAgainOneCellPerLineOrWithSpacesItsEmptyCellsDroppedAndTheRestAsItIs() {
    assertThat(PipeRendering.isPipeTable(TABLE)).isTrue();
    assertThat(PipeRendering.isPipeTable("项目名称 | 培训\n一级指标 | 三级指标")).isFalse();
    String lines = PipeRendering.render(TABLE, PipeRendering.Mode.LINES);
    assertThat(lines).startsWith("SOURCE: https://example.org/t.html\n\n绩效目标表\n一级指标\n二级指标\n")
        .contains("\n质量指标\n合格率\n100%\n").endsWith("\n注:本表为示例");
    String spaces = PipeRendering.render(TABLE, PipeRendering.Mode.SPACES);
    assertThat(spaces).contains("\n产出指标 数量指标 培训人数 ≥100人\n质量指标 合格率 100%\n").doesNotContain("|");
    String flat = PipeRendering.render(TABLE, PipeRendering.Mode.FLAT);
    assertThat(flat.split("\n")).containsExactly("SOURCE: https://example.org/t.html",
        "绩效目标表 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 培训人数 ≥100人 质量指标 合格率 100% 效益指标 社会效益指标 就业率 ≥60%"
            + " 满意度指标 服务对象满意度指标 学员满意度 ≥90% 注:本表为示例");
    assertThat(PipeRendering.render(TABLE, PipeRendering.Mode.GLUED)).contains("\n产出指标数量指标培训人数≥100人\n质量指标合格率100%\n");
  }

  @Test
  void pagedThePipesBreakEverySixRowsUnderAPageNumberAndTheTablesOwnHeaderAgain() {
    StringBuilder b = new StringBuilder("SOURCE: x\n说明文字一级指标 | 二级指标 | 三级指标 | 指标值 |\n");
    for (int i = 1; i <= 8; i++) {
      b.append("产出指标 | 数量指标 | 指标").append(i).append(" | ").append(i).append("个 |\n");
    }
    b.append("序号 | 学校 | 人数 |\n");
    for (int i = 1; i <= 7; i++) {
      b.append(i).append(" | 学校").append(i).append(" | ").append(i).append(" |\n");
    }
    String paged = PipeRendering.render(b.toString().strip(), PipeRendering.Mode.PAGED);
    // The first page ends after six rows; the header comes again without the text the page printed before it.
    assertThat(paged).contains("指标6 | 6个 |\n— 1 —\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 指标7");
    // A second table repeats its own header on its pages.
    assertThat(paged).contains("6 | 学校6 | 6 |\n— 2 —\n序号 | 学校 | 人数 |\n7 | 学校7");
    assertThat(paged.lines().filter(l -> l.startsWith("— ")).count()).isEqualTo(2);
  }

  /** A title row and two rows with cells longer than a printed column. */
  private static final String LONG_CELLS = "SOURCE: x\n项目支出绩效目标表 |\n"
      + "产出指标 | 数量指标 | 资金是否全部纳入医保统筹管理 | 100% |\n"
      + "效益指标 | 社会效益指标 | 受益人数 | 增加就业机会,提高农民收入。 |\n";

  /** {@code text} rendered in {@code mode}, line by line. */
  private static String[] rendered(String text, PipeRendering.Mode mode) {
    return PipeRendering.render(text, mode).split("\n");
  }

  @Test
  void wrappedEachLongCellBreaksAtTheColumnsWidthItsRestOnTheLinesBelowBesideTheRowsOtherRests() {
    assertThat(rendered(LONG_CELLS, PipeRendering.Mode.WRAPPED)).containsExactly("SOURCE: x",
        // a row of one cell spans the page and stays whole
        "项目支出绩效目标表",
        "产出指标 数量指标 资金是否全部纳入医保 100%", "统筹管理",
        "效益指标 社会效益指标 受益人数 增加就业机会,提高农", "民收入。");
  }

  @Test
  void middleEachRowsCellsAreCentredInItsHeight() {
    assertThat(rendered("SOURCE: x\n"
        + "产出指标 | 数量指标 | 实施未成林抚育提升及退化林改造总面积(亩) | 50000 |\n"
        + "效益指标 | 社会效益指标 | 提升疫情防控期间民办幼儿园扶持力度 | 显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展 |\n",
        PipeRendering.Mode.MIDDLE)).containsExactly("SOURCE: x",
        // three lines: the short cells on the middle one
        "实施未成林抚育提升及", "产出指标 数量指标 退化林改造总面积(亩 50000", ")",
        // four: the middle line is the upper of two; the name of two lines starts on it too
        "显著提升了疫情期间对", "效益指标 社会效益指标 提升疫情防控期间民办 民办幼儿园的扶持力度", "幼儿园扶持力度 ,大力支持了民办幼儿", "园的发展");
  }

  @Test
  void runAsWrappedThenThePageInOneLine() {
    assertThat(rendered(LONG_CELLS, PipeRendering.Mode.RUN)).containsExactly("SOURCE: x",
        "项目支出绩效目标表 产出指标 数量指标 资金是否全部纳入医保 100% 统筹管理 效益指标 社会效益指标 受益人数 增加就业机会,提高农 民收入。");
  }

  @Test
  void stackedEachCellOnLinesOfItsOwnALongOneBrokenAtTheColumnsWidth() {
    assertThat(rendered(LONG_CELLS, PipeRendering.Mode.STACKED)).containsExactly("SOURCE: x",
        "项目支出绩效目标表",
        "产出指标", "数量指标", "资金是否全部纳入医保", "统筹管理", "100%",
        "效益指标", "社会效益指标", "受益人数", "增加就业机会,提高农", "民收入。");
  }

  @Test
  void narrowTheCategoryWordsWrapAtThreeCharactersAndTheOtherCellsAsWrapped() {
    assertThat(rendered("SOURCE: x\n项目支出绩效目标表 |\n"
        + "产出指标 | 数量指标 | 资金是否全部纳入医保统筹管理 | 100% |\n"
        + "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% |\n", PipeRendering.Mode.NARROW)).containsExactly("SOURCE: x",
        "项目支出绩效目标表",
        "产出指 数量指 资金是否全部纳入医保 100%", "标 标 统筹管理",
        "满意度 服务对 受益群众满意度 ≥90%", "指标 象满意", "度指标");
  }

  @Test
  void asHtmlThePipeRowsAreATableWithTheirEmptyCellsAndTheRestParagraphs() {
    String html = PipeRendering.render(TABLE, PipeRendering.Mode.HTML);
    assertThat(html).contains("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>")
        // The rows close each cell with a pipe and the first opens with none: a leading pipe closes an empty cell.
        .contains("<tr><td></td><td></td><td>质量指标</td><td>合格率</td><td>100%</td></tr>")
        .contains("<p>注:本表为示例</p>").doesNotContain("|");
    // One cell per line beside a lone pipe is text, a paragraph per cell.
    assertThat(PipeRendering.render("SOURCE: x\n满意度指标 |\n| 学员满意度\n", PipeRendering.Mode.HTML))
        .contains("<p>满意度指标</p>\n<p>学员满意度</p>");
  }
}
