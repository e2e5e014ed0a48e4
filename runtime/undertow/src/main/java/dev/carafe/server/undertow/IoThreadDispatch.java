package dev.carafe.server.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * For an application whose handlers never block: a request without a body is answered right on
 * the I/O thread that read it, saving the hand-off to another thread; a request with a body still
 * goes to the blocking path, since reading the body could wait on the client.
 */
final class IoThreadDispatch implements HttpHandler {
  private final HttpHandler inline;
  private final HttpHandler blocking;

  /**
   * @param inline answers on the I/O thread
   * @param blocking answers on the request threads, in blocking mode
   */
  IoThreadDispatch(HttpHandler inline, HttpHandler blocking) {
    this.inline = inline;
    this.blocking = blocking;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean hasBody = exchange.getRequestContentLength() > 0
        || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    if (exchange.isInIoThread() && !hasBody) {
      inline.handleRequest(exchange);
    } else {
      blocking.handleRequest(exchange);
    }
  }
}
