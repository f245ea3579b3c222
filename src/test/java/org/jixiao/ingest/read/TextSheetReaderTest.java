package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSheetReaderTest {

  @Test
  void tabsPipesAndSingleCellsKeepTheirLineNumbers() throws Exception {
    String text = "标题\n\n项目名称\t总计\t绩效指标\n| 一级指标 | 二级指标 |\n|---|---|\n| 产出指标 (40分) | 数量指标 |\n";
    Sheet sheet = new TextSheetReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    List<Row> rows = sheet.rows();
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4, 6, 7);
    assertThat(rows.get(0).cells()).containsExactly("标题");
    assertThat(rows.get(1).cells()).isEmpty();
    assertThat(rows.get(2).cells()).containsExactly("项目名称", "总计", "绩效指标");
    assertThat(rows.get(3).cells()).containsExactly("一级指标", "二级指标");
    assertThat(rows.get(4).cells()).containsExactly("产出指标 (40分)", "数量指标");
  }

  @Test
  void noBreakAndIdeographicSpacesSeparateCellsAsSpacesDo() throws Exception {
    // A page copied with &nbsp; between its pipes reads as the same page with plain spaces.
    String plain = "| 7、管护机制建设 (6分) | 已落实管护主体的,得6分。\n| 8、县级资金投入 (6分) | 安排了投入,得4分。\n";
    String nbsp = plain.replace(' ', '\u00A0');
    String ideographic = plain.replace(' ', '\u3000');
    List<Row> expected = TextSheetReader.rows(plain);
    assertThat(expected).filteredOn(r -> !r.isBlank()).hasSize(2);
    assertThat(TextSheetReader.rows(nbsp)).isEqualTo(expected);
    assertThat(TextSheetReader.rows(ideographic)).isEqualTo(expected);
  }

  @Test
  void emptyCellsAreKeptSoColumnsStayAligned() {
    assertThat(TextSheetReader.cells("合计\t620.57\t\t\t")).containsExactly("合计", "620.57", "", "", "");
    assertThat(TextSheetReader.cells("| | 质量指标 | |")).containsExactly("", "质量指标", "");
  }

  @Test
  void binaryContentIsRefusedWithAReason() {
    byte[] binary = new byte[2000];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? 1 : 0x41 + i % 3);
    }
    assertThat(new TextSheetReader().accepts(binary)).isFalse();
    assertThatThrownBy(() -> new TextSheetReader().read("x.bin", binary))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("不是文本");
  }

  @Test
  void whereRowsCloseEachCellWithAPipeALeadingPipeClosesAnEmptyCell() {
    String text = "一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 培训人数 | 100人 |\n| | 结业人数 | 90人 |\n"
        + "| 质量指标 | 合格率 | 100% |\n效益指标 | 社会效益 | 就业率 | 60% |\n| | 增收 | 5% |\n"
        + "满意度指标 | 服务对象满意度 | 学员满意度 | 90% |\n成本指标 | 经济成本 | 人均成本 | 3000元 |\n";
    List<Row> rows = TextSheetReader.rows(text);
    assertThat(rows.get(2).cells()).containsExactly("", "", "结业人数", "90人");
    assertThat(rows.get(3).cells()).containsExactly("", "质量指标", "合格率", "100%");
    // A markdown table opens every row with its border.
    List<Row> markdown = TextSheetReader.rows("| 一级指标 | 三级指标 | 指标值 |\n| 产出指标 | 培训人数 | 100人 |\n| | 结业人数 | 90人 |\n");
    assertThat(markdown.get(2).cells()).containsExactly("", "结业人数", "90人");
  }
}
