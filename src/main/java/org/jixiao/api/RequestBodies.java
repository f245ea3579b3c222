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

  /** The body, or a 413 as soon as it passes {@link #MAX_BYTES}, whatever its transfer encoding. */
  static byte[] capped(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new HttpResponseException(400, "请求体读取失败 / the request body could not be read");
    }
  }

  private static HttpResponseException tooLarge() {
    return new HttpResponseException(413, "请求体过大 / request body too large");
  }
}
