package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.ingest.read.UnreadableFileException;
import org.junit.jupiter.api.Test;

class RowLimitTest {

  @Test
  void aFileOfMoreRowsThanAnyTableIsRefusedWithItsReasonNotReadInPart() {
    byte[] rows = "产出指标\t数量指标\t维护路灯数量\t≥500盏\n".repeat(Sheet.MAX_ROWS + 1).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingestor.standard().read("rows.txt", rows))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("行数过多")
        .hasMessageContaining("rows");
  }

  @Test
  void aLongTableUnderTheLimitIsRead() throws Exception {
    byte[] rows = ("一级指标\t二级指标\t三级指标\t指标值\n" + "产出指标\t数量指标\t维护路灯数量\t≥500盏\n".repeat(2_000))
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Ingestor.standard().read("rows.txt", rows).indicatorCount()).isEqualTo(2_000);
  }
}
