package dev.carafe.server.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.xnio.Options;

/**
 * Gives a request the read timeout while it is served, and its connection the idle timeout again
 * once it is done. XNIO's read timeout is the connection's, and it also runs while a kept-alive
 * connection waits: left at the read timeout, it would close idle connections early.
 */
final class ReadTimeout implements HttpHandler {
  private final HttpHandler next;
  private final int readMillis;
  private final int idleMillis;

  ReadTimeout(HttpHandler next, int readMillis, int idleMillis) {
    this.next = next;
    this.readMillis = readMillis;
    this.idleMillis = idleMillis;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    // A request without a body is read already (REQUEST_PARSE_TIMEOUT bounded its headers).
    if (readMillis != idleMillis && !exchange.isRequestComplete()) {
      exchange.getConnection().setOption(Options.READ_TIMEOUT, readMillis);
      exchange.addExchangeCompleteListener((done, nextListener) -> {
        try {
          done.getConnection().setOption(Options.READ_TIMEOUT, idleMillis);
        } catch (java.io.IOException | RuntimeException e) {
          // The connection is closing: no timeout left to set.
        }
        nextListener.proceed();
      });
    }
    next.handleRequest(exchange);
  }
}
