package org.jixiao.knowledge.lint;

import org.jixiao.model.Indicator;
import org.jixiao.model.Project;

/**
 * Every lint rule with its stable id and severity, in one place so that the ids a client filters on
 * and the severities the score weighs cannot drift apart between the rule classes.
 *
 * <p>Ids are kebab-case and never renamed: the API and saved reports refer to them. A rule whose id
 * starts with {@code good-} is a positive signal: it is reported as info and raises the score instead
 * of lowering it (see {@link Scores}).
 */
public enum Rule {
  /** An indicator without a target value ({@code 无}, {@code /}, blank). */
  TARGET_MISSING("target-missing", Severity.ERROR),
  /** A name that asks for a number ({@code …率}, {@code …次数}) with a qualitative or text target. */
  QUALITATIVE_FOR_NUMBER("qualitative-for-number", Severity.WARNING),
  /** A rate whose numeric target is not a percentage. */
  RATE_NOT_PERCENT("rate-not-percent", Severity.WARNING),
  /**
   * A rate or satisfaction target above 100%. A warning, not an error: over-fulfilment rates
   * (完成率 120%) are sometimes meant, and the rules only say a rate is "rarely" above 100%.
   */
  RATE_OVER_100("rate-over-100", Severity.WARNING),
  /** A level 2 that belongs to another level 1. */
  LEVEL2_MISMATCH("level2-mismatch", Severity.ERROR),
  /** A complaint count filed as a satisfaction indicator. */
  COMPLAINT_AS_SATISFACTION("complaint-as-satisfaction", Severity.WARNING),
  /** Money spent or budget execution filed as an output or outcome. */
  INPUT_AS_RESULT("input-as-result", Severity.WARNING),
  /** A satisfaction target that is not a {@code ≥x%} figure. */
  SATISFACTION_NOT_THRESHOLD("satisfaction-not-threshold", Severity.WARNING),
  /** A numeric target clearly laxer than its peers' lower quartile. */
  TARGET_BELOW_PEERS("target-below-peers", Severity.WARNING),
  /** The same or nearly the same indicator twice in one project. */
  DUPLICATE_INDICATOR("duplicate-indicator", Severity.WARNING),
  /** Annual and implementation-period targets that say different things. */
  PERIODS_DISAGREE("periods-disagree", Severity.WARNING),
  /** A name in everyday words (满不满意, 多久) where the tables write their own (满意度, 时长). */
  EVERYDAY_WORDING("everyday-wording", Severity.INFO),
  /** A formula or definition is stated: the positive counterpart of 量化易评. */
  GOOD_FORMULA("good-formula", Severity.INFO),
  /** A project without output (产出) indicators. */
  PROJECT_NO_OUTPUT("project-no-output", Severity.WARNING),
  /** A project without outcome (效益) indicators. */
  PROJECT_NO_OUTCOME("project-no-outcome", Severity.WARNING),
  /** A project that serves people but has no satisfaction (满意度) indicator. */
  PROJECT_NO_SATISFACTION("project-no-satisfaction", Severity.INFO),
  /** Data problem: the 项目名称 cell repeats the 预算单位 (a slipped column in the source). */
  NAME_REPEATS_UNIT("name-repeats-unit", Severity.WARNING),
  /** Data problem: the 合计 row differs from the sum of the projects' budgets. */
  TOTAL_MISMATCH("total-mismatch", Severity.WARNING);

  private final String id;
  private final Severity severity;

  Rule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** True when {@code finding} was made by a positive rule ({@code good-…}). */
  public static boolean isPositive(Finding finding) {
    return finding.rule().startsWith("good-");
  }

  /** A finding of this rule at a source line (null when unknown). */
  public Finding at(Integer line, String message, String suggestion) {
    return new Finding(id, severity, message, suggestion, line);
  }

  /** A finding of this rule on an indicator, at the indicator's line. */
  public Finding on(Indicator indicator, String message, String suggestion) {
    return at(indicator.source() == null ? null : indicator.source().line(), message, suggestion);
  }

  /** A finding of this rule on a project, at the project's line. */
  public Finding on(Project project, String message, String suggestion) {
    return at(project.source() == null ? null : project.source().line(), message, suggestion);
  }
}
