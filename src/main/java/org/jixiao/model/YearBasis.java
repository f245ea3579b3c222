package org.jixiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a document's year was found, from most to least certain. */
public enum YearBasis {
  /** Written in the title or header, e.g. {@code 中山市2022年度…自评表} or {@code (2020年度)}. */
  STATED("stated"),
  /** Projects carry a budget-year marker such as {@code …运维项目(2023)}. */
  PROJECT_MARKER("project-marker"),
  /** The year most often mentioned in names and goals ({@code 预计2022年完成…}). */
  TEXT_MENTIONS("text-mentions"),
  /** Nothing in the text gives a year. */
  UNKNOWN("unknown");

  private final String code;

  YearBasis(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
