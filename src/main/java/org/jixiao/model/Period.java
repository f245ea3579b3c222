package org.jixiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The period a target value is set for. */
public enum Period {
  /** 年度指标值. */
  ANNUAL("年度"),
  /** 实施周期指标值 (the whole multi-year implementation period). */
  CYCLE("实施周期");

  private final String label;

  Period(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
