package dev.carafe.server;

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
  /** Worded like the application's 500 page (and Werkzeug's), with no details of the failure. */
  private static final byte[] PAGE = ("<!doctype html>\n<html lang=en>\n"
      + "<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n"
      + "<p>The server encountered an internal error and was unable to complete your request."
      + " Either the server is overloaded or there is an error in the application.</p>\n")
      .getBytes(StandardCharsets.UTF_8);

  private ServerErrorPage() {}

  /** Answers 500 on a blocking exchange if its response is not committed, else aborts it. */
  static void answerOrAbort(HttpServerExchange exchange) {
    if (exchange.isResponseStarted()) {
      abort(exchange);
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
