package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GluedHeadingsTest {

  @Test
  void aGluedHeaderIsARunOfHeadingsEachACellWithItsNoteInBrackets() {
    String header = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分";
    assertThat(GluedHeadings.runEnd(header, 0, false)).isEqualTo(header.length());
    List<Cell> out = new ArrayList<>();
    GluedHeadings.add(header, header, 0, header.length(), 1, out);
    assertThat(out).extracting(Cell::text).containsExactly("一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
    assertThat(GluedHeadings.roleAt(header, 12)).isEqualTo(ColumnRole.TARGET);
  }

  @Test
  void headingWordsWithoutAnAnchorInsideATextAreNoHeader() {
    // 分值得分 inside a row's text is no header; alone on its line it is the rest of one.
    assertThat(GluedHeadings.runEnd("资金到位率分值得分100%", 5, false)).isEqualTo(-1);
    assertThat(GluedHeadings.runEnd("分值得分偏差原因分析", 0, false)).isEqualTo("分值得分偏差原因分析".length());
    // One known heading ends a header after others: only where it ends the text.
    assertThat(GluedHeadings.runEnd("指标值", 0, true)).isEqualTo(3);
    assertThat(GluedHeadings.runEnd("指标值100%", 0, true)).isEqualTo(-1);
    assertThat(GluedHeadings.roleAt("资金到位率", 0)).isNull();
  }
}
