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
}
