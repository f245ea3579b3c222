package org.jixiao.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The token that guards writes. Compared in constant time (MessageDigest.isEqual) so response times
 * say nothing about how much of a guess was right. Without a configured token, writes are off.
 */
final class AdminToken {

  private final byte[] expected;

  private AdminToken(byte[] expected) {
    this.expected = expected;
  }

  static AdminToken of(String token) {
    return new AdminToken(token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** A refused write: 403 when writes are off, 401 for a missing or wrong token. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    HttpStatus status() {
      return status;
    }
  }

  /** Accepts {@code Authorization: Bearer TOKEN} or {@code X-Admin-Token: TOKEN}. */
  void check(Context ctx) {
    if (expected == null) {
      throw new Refused(HttpStatus.FORBIDDEN,
          "上传与删除未开启（启动时用 --admin-token 或环境变量 JIXIAO_ADMIN_TOKEN 设置口令）/ uploads are off: start with --admin-token or JIXIAO_ADMIN_TOKEN");
    }
    String given = ctx.header("X-Admin-Token");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7);
    }
    if (given == null || !MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
      throw new Refused(HttpStatus.UNAUTHORIZED, "口令缺失或错误 / missing or wrong admin token");
    }
  }
}
