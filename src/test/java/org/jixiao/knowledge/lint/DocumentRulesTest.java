package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.document;
import static org.jixiao.knowledge.lint.Fixtures.project;
import static org.jixiao.knowledge.lint.Fixtures.rules;

import java.util.List;
import org.jixiao.model.DocumentKind;
import org.junit.jupiter.api.Test;

/** The 合计 row against the sum of the projects. */
class DocumentRulesTest {

  @Test
  void totalMismatch() {
    var a = project("甲", "目标", "60.00", List.of());
    var b = project("乙", "目标", "39.99", List.of());
    assertThat(DocumentRules.check(document(DocumentKind.TARGET_TABLE, "100.00", a, b))).isEmpty();
    var c = project("乙", "目标", "39.90", List.of());
    List<Finding> found = DocumentRules.check(document(DocumentKind.TARGET_TABLE, "100.00", a, c));
    assertThat(rules(found)).containsExactly("total-mismatch");
    assertThat(found.get(0).message()).contains("100").contains("99.9").contains("0.1");
    assertThat(found.get(0).line()).isNull();
  }

  @Test
  void notJudgedWithoutAllAmounts() {
    var a = project("甲", "目标", "60.00", List.of());
    var none = project("乙", "目标", null, List.of());
    assertThat(DocumentRules.check(document(DocumentKind.TARGET_TABLE, "100.00", a, none))).isEmpty();
    assertThat(DocumentRules.check(document(DocumentKind.TARGET_TABLE, null, a))).isEmpty();
  }
}
