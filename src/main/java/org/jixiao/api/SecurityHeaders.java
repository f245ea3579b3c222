package org.jixiao.api;

import io.javalin.http.Context;

/**
 * Headers sent with every response. The content security policy allows scripts and styles only from
 * this server and no inline scripts, so text from a document can never run as code even if it slipped
 * through escaping.
 */
final class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
