package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.output;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same or near-same indicator names within one project. */
class DuplicatesTest {

  @Test
  void nearNames() {
    assertThat(Duplicates.near("电子证照用证数量", "电子证照用证数量")).isTrue();
    assertThat(Duplicates.near("项目验收合格率", "项目验收的合格率")).isTrue();
    assertThat(Duplicates.near("服务对象满意度", "服务对象满意率")).isTrue();
    assertThat(Duplicates.near("系统并发数", "系统 并发数。")).isTrue();
    assertThat(Duplicates.near("ＩＶＲ互损率", "IVR互损率")).isTrue();
    assertThat(Duplicates.near("设备验收合格率", "采购设备验收合格率")).isTrue();
    assertThat(Duplicates.near("数据库边界防火墙数量", "出口防火墙数据库边界防火墙数量")).isFalse();
    assertThat(Duplicates.near("电子证照用证数量", "电子证照审核签发数量")).isFalse();
    assertThat(Duplicates.near("数量", "用证数量")).isFalse();
  }

  @Test
  void laterOccurrenceIsReported() {
    Map<Integer, Finding> found = Duplicates.find(List.of(
        output("电子证照用证数量", "186个"), output("电子证照审核签发数量", "14个"), output("电子证照用证数量", "220个")));
    assertThat(found).containsOnlyKeys(2);
    assertThat(found.get(2).rule()).isEqualTo("duplicate-indicator");
    assertThat(found.get(2).message()).contains("电子证照用证数量").contains("186个").contains("220个");
  }
}
