package dev.carafe.server.undertow;

import dev.carafe.gateway.HttpStatus;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.util.AttachmentKey;
import java.io.IOException;

/**
 * Reads a request body up to a size on the I/O thread, before a worker takes the request
 * (Undertow's {@link RequestBufferingHandler}), so that a client that sends its body slowly holds
 * no worker. A body that breaks off or is malformed (a bad chunk) while it is read here is
 * answered 400 and the connection closed: Undertow's handler would answer 500, or end the
 * exchange with an empty 200.
 */
final class BodyBuffering implements HttpHandler {
  /** Set once the request is past the buffering, to the handlers that serve it. */
  private static final AttachmentKey<Boolean> BUFFERED = AttachmentKey.create(Boolean.class);

  private final HttpHandler next;
  private final HttpHandler buffering;

  /**
   * @param next the handler that serves the request once its body, or as much as fits, is read
   * @param maxBuffers how many of Undertow's buffers the body may fill
   */
  BodyBuffering(HttpHandler next, int maxBuffers) {
    this.next = next;
    this.buffering = new RequestBufferingHandler(exchange -> {
      exchange.putAttachment(BUFFERED, true);
      next.handleRequest(exchange);
    }, maxBuffers);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isRequestComplete()) {
      // No body (a GET, say): nothing to read, nothing to listen for.
      next.handleRequest(exchange);
      return;
    }
    // Undertow's handler ends the exchange when a body read on a later event fails.
    exchange.addDefaultResponseListener(ended -> {
      if (ended.getAttachment(BUFFERED) != null || ended.isResponseStarted()) {
        return false;
      }
      Refusal.answer(ended, HttpStatus.BAD_REQUEST);
      return true;
    });
    try {
      buffering.handleRequest(exchange);
    } catch (IOException e) {
      if (exchange.getAttachment(BUFFERED) != null || exchange.isResponseStarted()) {
        throw e;
      }
      Refusal.answer(exchange, HttpStatus.BAD_REQUEST);
    }
  }
}
