package org.jixiao.knowledge.lint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
