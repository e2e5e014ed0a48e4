package dev.carafe.server.undertow;

import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * Decides where a request runs: one without a body, for which the gateway says that it never
 * blocks ({@link Gateway#mayBlock}), is answered right on the I/O thread that read it, saving the
 * hand-off to another thread; any other goes to the blocking path, since the gateway or the
 * reading of the body could wait.
 */
final class IoThreadDispatch implements HttpHandler {
  /**
   * The environ made to ask the gateway, kept for the request thread: the same request, and its
   * input is empty either way, since a request with a body is never asked about.
   */
  static final AttachmentKey<Environ> ASKED = AttachmentKey.create(Environ.class);
  private static final System.Logger LOG = System.getLogger(GatewayHandler.class.getName());

  private final Gateway gateway;
  private final Executor requestThreads;
  private final GatewayHandler inline;
  private final HttpHandler blocking;

  /**
   * @param gateway the gateway asked, which {@code inline} and {@code blocking} serve
   * @param requestThreads the thread-per-request executor requests run on, or {@code null} for
   *     the worker pool
   * @param inline answers on the I/O thread
   * @param blocking answers on the request threads, in blocking mode
   */
  IoThreadDispatch(Gateway gateway, Executor requestThreads, GatewayHandler inline,
      HttpHandler blocking) {
    this.gateway = gateway;
    this.requestThreads = requestThreads;
    this.inline = inline;
    this.blocking = blocking;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean hasBody = exchange.getRequestContentLength() > 0
        || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    if (!exchange.isInIoThread() || hasBody) {
      blocking.handleRequest(exchange);
      return;
    }
    Environ environ = ExchangeEnviron.of(exchange, requestThreads);
    if (mayBlock(environ, exchange)) {
      exchange.putAttachment(ASKED, environ);
      blocking.handleRequest(exchange);
    } else {
      inline.serve(exchange, environ);
    }
  }

  /** The gateway's answer; one that fails to answer is taken to block, and logged. */
  private boolean mayBlock(Environ environ, HttpServerExchange exchange) {
    try {
      return gateway.mayBlock(environ);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Gateway.mayBlock failed on " + exchange.getRequestPath() + " ["
          + exchange.getRequestMethod() + "]; the request goes to a request thread", e);
      return true;
    }
  }
}
