package dev.carafe.server.undertow;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * Serves one blocking exchange through the gateway: builds the environ, calls the gateway, holds
 * it to the contract and sends the body. A failure is logged and answered 500 (or the connection
 * closed, once the response is on its way); the server goes on serving.
 */
final class GatewayHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(GatewayHandler.class.getName());

  private final Gateway gateway;
  private final Executor requestThreads;

  /**
   * @param requestThreads the thread-per-request executor requests run on, or {@code null} for
   *     the worker pool
   */
  GatewayHandler(Gateway gateway, Executor requestThreads) {
    this.gateway = gateway;
    this.requestThreads = requestThreads;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    Environ asked = exchange.removeAttachment(IoThreadDispatch.ASKED);
    serve(exchange, asked != null ? asked : ExchangeEnviron.of(exchange, requestThreads));
  }

  /** Serves {@code exchange}, whose environ is already made. */
  void serve(HttpServerExchange exchange, Environ environ) {
    ExchangeStartResponse startResponse = new ExchangeStartResponse(exchange);
    Body body;
    try {
      body = gateway.call(environ, startResponse);
    } catch (Exception | LinkageError | AssertionError e) {
      if (!exchange.getConnection().isOpen()) {
        // The client went away (reset mid-upload, say): Undertow ended the exchange, so the
        // application's answer could not start. Nothing to say to anyone, and no bug to trace.
        LOG.log(Level.WARNING, "The client went away during " + where(exchange) + ": " + e);
        return;
      }
      LOG.log(Level.ERROR, "Exception on " + where(exchange), e);
      ServerErrorPage.answerOrAbort(exchange);
      return;
    } finally {
      startResponse.close();
    }
    if (!startResponse.started() || body == null) {
      LOG.log(Level.ERROR, "Gateway contract broken on " + where(exchange) + ": the gateway "
          + (startResponse.started() ? "returned a null body" : "returned without calling"
          + " StartResponse") + "; it must call StartResponse once and return a Body");
      ServerErrorPage.answerOrAbort(exchange);
      return;
    }
    if (!exchange.isBlocking()) {
      // On the I/O thread: bytes go out through the asynchronous sender; a stream or a file is
      // written on a worker thread, where it may block.
      if (body instanceof Body.Stream || body instanceof Body.FileRegion) {
        Body later = body;
        exchange.dispatch(() -> {
          UnreadBodyCloses.startBlocking(exchange);
          sendBlocking(exchange, later);
        });
        return;
      }
      BodySender.sendAsync(exchange, body);
      return;
    }
    sendBlocking(exchange, body);
  }

  private static void sendBlocking(HttpServerExchange exchange, Body body) {
    try {
      BodySender.send(exchange, body);
    } catch (IOException e) {
      // Most often the client went away; nothing more can be said to it.
      LOG.log(Level.WARNING, "Could not send the response to " + where(exchange) + ": " + e);
      ServerErrorPage.answerOrAbort(exchange);
    } catch (Exception | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Exception on " + where(exchange), e);
      ServerErrorPage.answerOrAbort(exchange);
    }
  }

  /** The request as Flask names it in its log: {@code /path [METHOD]}. */
  private static String where(HttpServerExchange exchange) {
    return exchange.getRequestPath() + " [" + exchange.getRequestMethod() + "]";
  }
}
