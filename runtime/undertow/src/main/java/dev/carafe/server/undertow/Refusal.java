package dev.carafe.server.undertow;

import dev.carafe.gateway.HttpStatus;
import io.undertow.server.Connectors;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Protocols;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The server's answer to a request it will not serve: a status page, then a closed connection. */
final class Refusal {
  private Refusal() {}

  /**
   * Answers {@code status} with its page and closes the connection after it. What is left of the
   * body is not read: the request ends here, so nothing the client sent after the headers can be
   * taken for a next request.
   */
  static void answer(HttpServerExchange exchange, HttpStatus status) {
    // Answered in the version the server speaks, whichever the client asked for (RFC 9110 6.2).
    exchange.setProtocol(Protocols.HTTP_1_1);
    exchange.setStatusCode(status.code());
    exchange.setPersistent(false);
    exchange.getResponseHeaders().clear();
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
    Connectors.terminateRequest(exchange);
    exchange.getResponseSender().send(ByteBuffer.wrap(
        status.htmlPage().getBytes(StandardCharsets.UTF_8)));
  }
}
