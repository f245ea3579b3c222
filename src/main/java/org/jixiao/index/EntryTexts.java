package org.jixiao.index;

import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Target;

/**
 * What text stands for an entry when it is embedded. Chosen by measurement on the judged queries
 * (README, "Semantic search"): the indicator's name alone ranks best; adding its category or target
 * pulls every indicator of a category together and drowns the name.
 */
public enum EntryTexts {
  /** The indicator's name only. */
  NAME,
  /** Level 2 (or level 1) category, then the name. */
  CATEGORY_NAME,
  /** The name, then a qualitative target (优, 提升 …), which sometimes says what is meant. */
  NAME_QUALITATIVE_TARGET,
  /** The name, then the project it measures. */
  NAME_IN_PROJECT;

  public static final EntryTexts DEFAULT = NAME;

  /** A project's goal is cut here: its opening says what the project is for; the rest is detail. */
  static final int GOAL_CHARS = 200;

  public String indicator(Project p, Indicator i) {
    return switch (this) {
      case NAME -> i.name();
      case CATEGORY_NAME -> {
        String category = i.level2() != null ? i.level2() : i.level1();
        yield category == null ? i.name() : category + "：" + i.name();
      }
      case NAME_QUALITATIVE_TARGET -> {
        Target t = i.target();
        yield t != null && t.qualitative() != null ? i.name() + "：" + t.qualitative() : i.name();
      }
      case NAME_IN_PROJECT -> i.name() + "（" + p.name() + "）";
    };
  }

  /** The project's name and the opening of its goal. */
  public String project(Project p) {
    String goal = p.goal() == null ? "" : p.goal().strip();
    if (goal.length() > GOAL_CHARS) {
      goal = goal.substring(0, GOAL_CHARS);
    }
    return goal.isEmpty() ? p.name() : p.name() + "：" + goal;
  }
}
