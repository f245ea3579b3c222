package org.jixiao.knowledge.lint;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.vocabulary.Categories;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * Rules on a project as a whole: output and outcome indicators present (every project has both), a
 * satisfaction indicator where the project serves people, and the data problems the reader flagged.
 */
final class ProjectRules {

  private ProjectRules() {}

  static List<Finding> check(Project project) {
    List<Finding> found = new ArrayList<>();
    String name = project.name();
    if (!has(project, Categories.OUTPUT)) {
      found.add(Rule.PROJECT_NO_OUTPUT.on(project,
          "项目“" + name + "”没有产出指标",
          "补充产出指标：数量（如“完成巡检≥12次”）、质量（如“验收合格率100%”）、时效（如“按期完成率≥95%”）"));
    }
    if (!has(project, Categories.OUTCOME)) {
      found.add(Rule.PROJECT_NO_OUTCOME.on(project,
          "项目“" + name + "”没有效益指标",
          "补充效益指标，写明项目带来的社会、经济、生态效益或可持续影响，如“系统可用率≥99.9%”“群众办事平均等待时长≤15分钟”"));
    }
    String publicWord = IndicatorWords.publicWord(project.name(), project.goal());
    if (publicWord != null && !has(project, Categories.SATISFACTION)) {
      List<String> misfiled = project.indicators().stream()
          .filter(i -> IndicatorWords.isSatisfactionName(i.name())).map(Indicator::name).toList();
      found.add(Rule.PROJECT_NO_SATISFACTION.on(project,
          "项目“" + name + "”面向服务对象（名称或目标提到“" + publicWord + "”），但没有满意度指标"
              + (misfiled.isEmpty() ? "" : "（“" + String.join("”“", misfiled) + "”填在了其他一级指标下）"),
          misfiled.isEmpty()
              ? "补充满意度指标，如“服务对象满意度≥90%”（满意度=满意及基本满意的受访人数/受访总人数×100%），注明调查对象和方式"
              : "把“" + misfiled.get(0) + "”移到“满意度指标—服务对象满意度指标”下，并写成“≥90%”这样的下限"));
    }
    if (project.flags().contains(Project.FLAG_NAME_REPEATS_UNIT)) {
      found.add(Rule.NAME_REPEATS_UNIT.on(project,
          "项目名称“" + name + "”与预算单位相同，原表可能错列（数据问题）",
          "核对原表，在项目名称列填写真实的项目名称，预算单位“" + project.unit() + "”只填在单位列"));
    }
    return found;
  }

  private static boolean has(Project project, String level1) {
    return project.indicators().stream().anyMatch(i -> level1.equals(i.level1()));
  }
}
