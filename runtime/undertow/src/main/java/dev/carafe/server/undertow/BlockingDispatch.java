package dev.carafe.server.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.Executor;

/**
 * Leaves Undertow's I/O thread before the gateway runs, because a gateway may block (read the
 * body, call a database): the exchange is dispatched to the request threads and put in blocking
 * mode there, as Undertow's own {@code BlockingHandler} does on its worker pool. On virtual
 * threads, a wait for the client parks the thread ({@link ParkingWaits}).
 */
final class BlockingDispatch implements HttpHandler {
  private final Executor executor;
  private final HttpHandler next;

  /**
   * @param executor the request threads, or {@code null} for Undertow's worker pool
   * @param next the handler to run there, in blocking mode
   */
  BlockingDispatch(Executor executor, HttpHandler next) {
    this.executor = executor;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      if (executor == null) {
        exchange.dispatch(this);
      } else {
        exchange.dispatch(executor, this);
      }
      return;
    }
    if (executor != null) {
      ParkingWaits.install(exchange);
    }
    UnreadBodyCloses.startBlocking(exchange);
    next.handleRequest(exchange);
  }
}
