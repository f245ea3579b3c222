package org.jixiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of table a document is: targets set before the year, or a self-evaluation after it. */
public enum DocumentKind {
  /** 项目支出绩效目标表 / 绩效目标申报表: targets only. */
  TARGET_TABLE("target-table"),
  /** 绩效自评表: targets with actual values, weights and scores. */
  SELF_EVALUATION("self-evaluation");

  private final String code;

  DocumentKind(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
