package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.output;
import static org.jixiao.knowledge.lint.Fixtures.rules;

import java.util.List;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/** A name in everyday words, where the tables write their own. */
class WordingRulesTest {

  private static List<Finding> check(Indicator indicator) {
    return new IndicatorRules(Peers.NONE).check(indicator);
  }

  @Test
  void everydayWordsInANameAreNamedWithTheTablesWords() {
    List<Finding> found = check(indicator("满意度指标", "服务对象满意度指标", "老百姓对热线满不满意", "≥90%"));
    assertThat(rules(found)).containsExactly("everyday-wording");
    Finding f = found.get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("“老百姓”→“群众”").contains("“满不满意”→“满意度”");
    assertThat(f.suggestion()).contains("群众对热线满意度");
  }

  @Test
  void namesAsTheTablesWriteThemAreNotFlagged() {
    assertThat(rules(check(output("设备维修及时率", "≥95%")))).doesNotContain("everyday-wording");
    assertThat(rules(check(indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")))).doesNotContain("everyday-wording");
  }
}
