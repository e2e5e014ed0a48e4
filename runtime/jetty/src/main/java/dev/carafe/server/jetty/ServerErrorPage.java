package dev.carafe.server.jetty;

import dev.carafe.gateway.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own answer when the gateway failed: a 500 page while nothing has reached the
 * client yet, else an aborted connection, so that a half-sent body is never taken for a whole one.
 */
final class ServerErrorPage {
  /** The application's default 500 page (Werkzeug's), with no details of the failure. */
  private static final byte[] PAGE =
      HttpStatus.INTERNAL_SERVER_ERROR.htmlPage().getBytes(StandardCharsets.UTF_8);

  private ServerErrorPage() {}

  /**
   * Answers 500 if the response is not committed, else fails {@code callback}, which makes Jetty
   * abort the connection. Either way the exchange is over when this returns or soon after.
   */
  static void answerOrAbort(Response response, Callback callback, Throwable failure) {
    if (response.isCommitted()) {
      callback.failed(failure);
      return;
    }
    // Drops the gateway's status and headers; what a failed stream writer buffered was never
    // handed to the response, so it cannot precede the page.
    response.reset();
    response.setStatus(500);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, PAGE.length);
    response.write(true, ByteBuffer.wrap(PAGE), callback);
  }
}
