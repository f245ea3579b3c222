package org.jixiao.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies read with their limit enforced while they stream in. Javalin refuses a body whose
 * Content-Length is over its limit, but a chunked body has none and would be read whole into memory
 * (three 2 GB bodies: three OutOfMemoryErrors); here at most one byte past the limit is ever read.
 */
final class RequestBodies {

  /** The same limit Javalin applies to bodies that state their length. */
  static final int MAX_BYTES = 1_000_000;

  private RequestBodies() {}

  private static final String READ = "jixiao.body";

  /**
   * The body, or a 413 as soon as it passes {@link #MAX_BYTES}, whatever its transfer encoding. Read
   * once per request: the admission gate reads it before taking a permit, so that a client that
   * sends slowly holds a connection, not a permit.
   */
  static byte[] capped(Context ctx) {
    byte[] read = ctx.attribute(READ);
    if (read != null) {
      return read;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw tooLarge();
      }
      ctx.attribute(READ, body);
      return body;
    } catch (IOException e) {
      throw new HttpResponseException(400, "请求体读取失败 / the request body could not be read");
    }
  }

  private static HttpResponseException tooLarge() {
    return new HttpResponseException(413, "请求体过大 / request body too large");
  }
}
