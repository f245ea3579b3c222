package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.document;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.output;
import static org.jixiao.knowledge.lint.Fixtures.project;
import static org.jixiao.knowledge.lint.Fixtures.withFormula;

import java.util.List;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.DocumentKind;
import org.junit.jupiter.api.Test;

/** The 0–100 scores. */
class ScoresTest {

  private static ProjectLint lintOne(org.jixiao.model.Project p) {
    return new Linter(Peers.NONE).lint(document(DocumentKind.TARGET_TABLE, null, p)).projects().get(0);
  }

  @Test
  void indicatorScores() {
    ProjectLint p = lintOne(project("物业管理",
        withFormula(output("物业巡检完成率", "≥95%"), "物业巡检完成率=实际数/计划数*100%"),
        output("接通率", "无"),
        output("设备维修及时率", "≥95%"),
        indicator("效益指标", "数量指标", "可用率", "无")));
    assertThat(p.indicators()).extracting(IndicatorLint::score).containsExactly(100, 60, 100, 20);
  }

  @Test
  void arithmetic() {
    Finding error = Rule.TARGET_MISSING.at(1, "m", "s");
    Finding warning = Rule.RATE_OVER_100.at(1, "m", "s");
    Finding info = Rule.PROJECT_NO_SATISFACTION.at(1, "m", "s");
    Finding good = Rule.GOOD_FORMULA.at(1, "m", "s");
    assertThat(Scores.indicator(List.of())).isEqualTo(100);
    assertThat(Scores.indicator(List.of(good))).isEqualTo(100);
    assertThat(Scores.indicator(List.of(error))).isEqualTo(60);
    assertThat(Scores.indicator(List.of(error, good))).isEqualTo(65);
    assertThat(Scores.indicator(List.of(warning, good, good))).isEqualTo(90);
    assertThat(Scores.indicator(List.of(info))).isEqualTo(95);
    assertThat(Scores.indicator(List.of(error, error, error))).isZero();
  }

  @Test
  void projectScore() {
    ProjectLint p = lintOne(project("热线运营", "为市民提供咨询服务。", List.of(),
        output("接通率", "无"), output("话务量", "≥10000通"), indicator("效益指标", null, "一次性解答率", "≥85")));
    // Indicators 60, 100, 85: mean 81.67 → 82, minus 5 for the info finding (no 满意度指标).
    assertThat(p.indicators()).extracting(IndicatorLint::score).containsExactly(60, 100, 85);
    assertThat(p.findings()).extracting(Finding::rule).containsExactly("project-no-satisfaction");
    assertThat(p.score()).isEqualTo(77);
    assertThat(lintOne(project("空项目")).score()).isZero();
  }
}
