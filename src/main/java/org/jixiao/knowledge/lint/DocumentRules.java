package org.jixiao.knowledge.lint;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.model.Document;
import org.jixiao.model.Project;

/** Rules on a document as a whole: the 合计 row equals the sum of its projects. */
final class DocumentRules {

  /** Amounts are published to the cent of a 万元 (0.01 万元 = 100 元); rounding may differ by one. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private DocumentRules() {}

  /**
   * total-mismatch: the declared 合计 differs from the sum of the projects' 总计 by more than
   * {@link #TOLERANCE}. Only judged when every project has a budget: where some have none (a table
   * without a money column) a missing amount cannot be told from a wrong one.
   */
  static List<Finding> check(Document document) {
    BigDecimal declared = document.declaredTotal();
    List<Project> projects = document.projects();
    if (declared == null || projects.isEmpty()
        || projects.stream().anyMatch(p -> p.budget() == null || p.budget().total() == null)) {
      return List.of();
    }
    BigDecimal sum = projects.stream().map(p -> p.budget().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal difference = declared.subtract(sum);
    if (difference.abs().compareTo(TOLERANCE) <= 0) {
      return List.of();
    }
    return List.of(Rule.TOTAL_MISMATCH.at(null,
        "合计行" + plain(declared) + "万元与" + projects.size() + "个项目预算之和" + plain(sum) + "万元相差"
            + plain(difference.abs()) + "万元（数据问题）",
        "核对合计行和各项目金额（注意单位是万元还是元），使合计等于各项目总计之和"));
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
