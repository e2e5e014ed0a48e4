package dev.carafe.server.undertow;

import dev.carafe.gateway.HttpStatus;
import io.undertow.io.UndertowOutputStream;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.xnio.IoUtils;

/**
 * The server's own answer when the gateway failed: a 500 page while nothing has reached the
 * client yet, else a closed connection, so that a half-sent body is never taken for a whole one.
 */
final class ServerErrorPage {
  /** The application's default 500 page (Werkzeug's), with no details of the failure. */
  private static final byte[] PAGE =
      HttpStatus.INTERNAL_SERVER_ERROR.htmlPage().getBytes(StandardCharsets.UTF_8);

  private ServerErrorPage() {}

  /** Answers 500 if the response is not committed, else aborts the exchange. */
  static void answerOrAbort(HttpServerExchange exchange) {
    if (exchange.isResponseStarted()) {
      abort(exchange);
      return;
    }
    if (!exchange.isBlocking()) {
      // On the I/O thread, for a gateway that never blocks: the asynchronous sender.
      exchange.getResponseHeaders().clear();
      exchange.setStatusCode(500);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
      exchange.setResponseContentLength(PAGE.length);
      exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(PAGE));
      return;
    }
    OutputStream out = exchange.getOutputStream();
    if (out instanceof UndertowOutputStream) {
      // Drop what a failed stream writer left in the buffer: it must not precede the page.
      ((UndertowOutputStream) out).resetBuffer();
    }
    exchange.getResponseHeaders().clear();
    exchange.setStatusCode(500);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
    exchange.setResponseContentLength(PAGE.length);
    try {
      out.write(PAGE);
      out.close();
    } catch (IOException | RuntimeException e) {
      abort(exchange);
    }
  }

  /** Closes the connection: the client sees a broken response, not a short one. */
  static void abort(HttpServerExchange exchange) {
    IoUtils.safeClose(exchange.getConnection());
  }
}
