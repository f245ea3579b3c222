package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.output;
import static org.jixiao.knowledge.lint.Fixtures.project;
import static org.jixiao.knowledge.lint.Fixtures.rules;

import java.util.List;
import org.jixiao.model.Project;
import org.junit.jupiter.api.Test;

/** Project-level rules on fixtures. */
class ProjectRulesTest {

  @Test
  void outputAndOutcomeRequired() {
    assertThat(rules(ProjectRules.check(project("设备购置", output("设备数量", "3台"))))).containsExactly("project-no-outcome");
    assertThat(rules(ProjectRules.check(project("设备购置", indicator("效益指标", null, "设备使用率", "≥95%")))))
        .containsExactly("project-no-output");
    assertThat(rules(ProjectRules.check(project("设备购置")))).containsExactly("project-no-output", "project-no-outcome");
    assertThat(ProjectRules.check(project("设备购置", output("设备数量", "3台"), indicator("效益指标", null, "设备使用率", "≥95%"))))
        .isEmpty();
  }

  @Test
  void publicFacingProjectWithoutSatisfaction() {
    Project hotline = project("热线运营", "为市民提供咨询服务。", List.of(),
        output("接听量", "≥10000通"), indicator("效益指标", null, "接通率", "≥90%"));
    List<Finding> found = ProjectRules.check(hotline);
    assertThat(rules(found)).containsExactly("project-no-satisfaction");
    assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(found.get(0).line()).isEqualTo(5);
    Project internal = project("机房运维", "保障机房设备运行。", List.of(),
        output("巡检次数", "12次"), indicator("效益指标", null, "设备可用率", "≥99%"));
    assertThat(ProjectRules.check(internal)).isEmpty();
    Project misfiled = project("热线运营", "为市民提供咨询服务。", List.of(),
        output("接听量", "≥10000通"), indicator("效益指标", null, "市民满意度", "≥90%"));
    assertThat(ProjectRules.check(misfiled).get(0).suggestion()).contains("把“市民满意度”移到");
  }

  @Test
  void nameRepeatsUnit() {
    Project slipped = project("某单位", "做好日常运行保障。", List.of(Project.FLAG_NAME_REPEATS_UNIT),
        output("设备数量", "3台"), indicator("效益指标", null, "设备使用率", "≥95%"));
    assertThat(rules(ProjectRules.check(slipped))).containsExactly("name-repeats-unit");
  }
}
