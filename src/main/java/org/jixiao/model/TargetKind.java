package org.jixiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a target value turned out to be once parsed. */
public enum TargetKind {
  /** A number with an optional comparison and unit: {@code ≥95%}, {@code 6000-8000件/月}. */
  NUMERIC("numeric"),
  /** A short grade or direction: {@code 优}, {@code 提升}, {@code 是}, {@code 达标}. */
  QUALITATIVE("qualitative"),
  /** A sentence that states no number: {@code 同一事项无差别受理、同标准办理}. */
  TEXT("text"),
  /** No value at all: blank, {@code 无}, {@code /}. */
  EMPTY("empty");

  private final String code;

  TargetKind(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
