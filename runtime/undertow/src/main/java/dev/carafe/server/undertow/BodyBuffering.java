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
 *
 * <p>A body announced larger than the buffer goes to a worker at once: reading its first part here
 * would spare no worker (the client can send that part quickly and trickle the rest), and would
 * keep a client that announced more than the application takes waiting for the 413 it can be
 * given before a byte of the body is read.
 */
final class BodyBuffering implements HttpHandler {
  /** Set once the request is past the buffering, to the handlers that serve it. */
  private static final AttachmentKey<Boolean> BUFFERED = AttachmentKey.create(Boolean.class);

  private final HttpHandler next;
  private final HttpHandler buffering;
  private final long maxBytes;

  /**
   * @param next the handler that serves the request once its body, or as much as fits, is read
   * @param maxBuffers how many of Undertow's buffers the body may fill
   * @param bufferSize the size of one of Undertow's buffers, in bytes
   */
  BodyBuffering(HttpHandler next, int maxBuffers, int bufferSize) {
    this.next = next;
    this.maxBytes = (long) maxBuffers * bufferSize;
    this.buffering = new RequestBufferingHandler(exchange -> {
      exchange.putAttachment(BUFFERED, true);
      next.handleRequest(exchange);
    }, maxBuffers);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isRequestComplete() || exchange.getRequestContentLength() > maxBytes) {
      // No body (a GET, say), or one announced too large to buffer: straight on.
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
