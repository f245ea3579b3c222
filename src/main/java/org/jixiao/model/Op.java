package org.jixiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison a numeric target states. */
public enum Op {
  GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), RANGE("range");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  @JsonValue
  public String symbol() {
    return symbol;
  }
}
