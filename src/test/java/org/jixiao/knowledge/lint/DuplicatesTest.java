package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import org.jixiao.model.Indicator;
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

  /**
   * The keyed search finds, for every indicator, the same first earlier partner as comparing every
   * pair with {@link Duplicates#near}: names drawn from a few characters so that equal, suffixed,
   * contained and nearly contained names all occur.
   */
  @Test
  void keyedSearchAgreesWithEveryPair() {
    Random random = new Random(22);
    String alphabet = "数量率度合格服务对象 的、";
    for (int round = 0; round < 200; round++) {
      List<Indicator> indicators = new ArrayList<>();
      int size = 1 + random.nextInt(30);
      for (int i = 0; i < size; i++) {
        StringBuilder name = new StringBuilder();
        if (i > 0 && random.nextBoolean()) {
          // a variant of an earlier name: characters added or dropped at either end
          name.append(indicators.get(random.nextInt(i)).name());
          int edits = 1 + random.nextInt(3);
          for (int e = 0; e < edits && name.length() > 0; e++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
              case 0 -> name.insert(0, c);
              case 1 -> name.append(c);
              case 2 -> name.deleteCharAt(0);
              default -> name.deleteCharAt(name.length() - 1);
            }
          }
        } else {
          int length = 1 + random.nextInt(8);
          for (int c = 0; c < length; c++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        indicators.add(output(name.toString(), "1个"));
      }
      Map<Integer, String> expected = new LinkedHashMap<>();
      for (int j = 1; j < indicators.size(); j++) {
        for (int i = 0; i < j; i++) {
          if (Duplicates.near(indicators.get(i).name(), indicators.get(j).name())) {
            expected.put(j, indicators.get(i).name());
            break;
          }
        }
      }
      Map<Integer, Finding> found = Duplicates.find(indicators);
      assertThat(found.keySet()).as("round %d", round).containsExactlyElementsOf(expected.keySet());
      expected.forEach((j, earlier) -> assertThat(found.get(j).message()).contains("的“" + earlier + "”"));
    }
  }
}
