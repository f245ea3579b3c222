package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingPipeRowsTest {

  @Test
  void cellsThatBeginWithAPipeAndRunOnAreJoinedIntoRowsThatALonePipeEnds() {
    String text = """
        SOURCE: http://example.org/rule.html

        评价
        内容
        | 评价指标
        (分值)
        | 指标说明
        | 评分标准
        |
        (一)
        项
        目
        组
        织
        (8分)
        | 1.组织管理
        (6分)
        | 项目单位对项目的管理情况。
        | 组织管理到位的得6分。
        |
        2.项目档案
        (2分)
        | | | 以档案为依据。
        |
        3.项目验收
        | 按期验收的情况。
        | 按期验收的得4分。
        |
        4.资金到位
        | 资金到位的情况。
        | 到位的得2分。
        |
        """;
    List<Row> rows = TextSheetReader.rows(text);
    assertThat(rows.get(0).cells()).containsExactly("SOURCE: http://example.org/rule.html");
    assertThat(rows.get(1).cells()).containsExactly("评价内容", "评价指标(分值)", "指标说明", "评分标准");
    assertThat(rows.get(2).cells()).containsExactly("(一)项目组织(8分)", "1.组织管理(6分)", "项目单位对项目的管理情况。", "组织管理到位的得6分。");
    assertThat(rows.get(2).line()).isEqualTo(10);
    assertThat(rows.get(3).cells()).containsExactly("2.项目档案(2分)", "", "", "以档案为依据。");
    assertThat(rows).hasSize(6);
  }

  @Test
  void whereRowsCloseWithARunOfPipesALonePipeSeparatesCells() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      text.append("|   项目完成指标\n        | \n     数量指标\n        | \n     受益人数").append(i)
          .append("\n        | \n     ≥100人\n        | \n     120人\n        | \n  ||||\n");
    }
    List<Row> rows = TextSheetReader.rows(text.toString());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).cells()).containsExactly("项目完成指标", "数量指标", "受益人数1", "≥100人", "120人");
  }

  @Test
  void ordinaryMarkdownAndCellPerLineExportsAreLeftAlone() {
    String markdown = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n".repeat(12) + "|\n|\n|\n";
    assertThat(TextSheetReader.rows(markdown).get(0).cells()).containsExactly("一级指标", "二级指标", "三级指标", "指标值");
    assertThat(TextSheetReader.rows(markdown).get(12).cells()).containsExactly("");
  }
}
