package org.jixiao.api;

import io.javalin.http.Context;
import org.jixiao.search.InvalidRequestException;

/** Query parameters read with errors users can act on, rather than framework defaults. */
final class Params {

  private Params() {}

  static int integer(Context ctx, String name, int defaultValue) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("参数 " + name + " 须为整数 / " + name + " must be an integer");
    }
  }
}
