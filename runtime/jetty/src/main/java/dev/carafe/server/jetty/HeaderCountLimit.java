package dev.carafe.server.jetty;

import dev.carafe.gateway.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 431 Request Header Fields Too Large, and closes the connection, when a request has more
 * header fields than allowed: Jetty limits their bytes only.
 */
final class HeaderCountLimit extends Handler.Wrapper {
  private static final byte[] PAGE = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.htmlPage()
      .getBytes(StandardCharsets.UTF_8);

  private final int maxHeaderCount;

  HeaderCountLimit(Handler next, int maxHeaderCount) {
    super(next);
    this.maxHeaderCount = maxHeaderCount;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (request.getHeaders().size() <= maxHeaderCount) {
      return super.handle(request, response, callback);
    }
    response.setStatus(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    response.write(true, ByteBuffer.wrap(PAGE), callback);
    return true;
  }
}
