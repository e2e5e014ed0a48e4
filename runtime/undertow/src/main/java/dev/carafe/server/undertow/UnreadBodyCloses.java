package dev.carafe.server.undertow;

import io.undertow.io.BlockingReceiverImpl;
import io.undertow.io.BlockingSenderImpl;
import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.io.UndertowInputStream;
import io.undertow.io.UndertowOutputStream;
import io.undertow.server.BlockingHttpExchange;
import io.undertow.server.Connectors;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Undertow's blocking streams of an exchange, but for one thing: Undertow reads whatever of the
 * request body the application left unread before it ends the exchange, so that a 413 answered to
 * a 1 GB upload would wait for the gigabyte. Here the response is finished and the connection
 * closed instead (after {@code Connection: close} when the response has not started), as Jetty
 * and Tomcat do.
 */
final class UnreadBodyCloses implements BlockingHttpExchange {
  private final HttpServerExchange exchange;
  private InputStream input;
  private OutputStream output;
  private Sender sender;
  private Receiver receiver;

  UnreadBodyCloses(HttpServerExchange exchange) {
    this.exchange = exchange;
  }

  /** Puts {@code exchange} in blocking mode with these streams. */
  static void startBlocking(HttpServerExchange exchange) {
    exchange.startBlocking(new UnreadBodyCloses(exchange));
  }

  @Override
  public InputStream getInputStream() {
    if (input == null) {
      input = new UndertowInputStream(exchange);
    }
    return input;
  }

  @Override
  public OutputStream getOutputStream() {
    if (output == null) {
      if (!exchange.isRequestComplete() && !exchange.isResponseStarted()) {
        // Decided before the headers go out: a body may still be unread when the response ends.
        exchange.setPersistent(false);
      }
      output = new UndertowOutputStream(exchange);
    }
    return output;
  }

  @Override
  public Sender getSender() {
    if (sender == null) {
      sender = new BlockingSenderImpl(exchange, getOutputStream());
    }
    return sender;
  }

  @Override
  public Receiver getReceiver() {
    if (receiver == null) {
      receiver = new BlockingReceiverImpl(exchange, getInputStream());
    }
    return receiver;
  }

  @Override
  public void close() throws IOException {
    if (exchange.isRequestComplete()) {
      try {
        getInputStream().close();
      } finally {
        getOutputStream().close();
      }
      return;
    }
    // The rest of the body is the client's to keep: answer, then Undertow hangs up, as it does
    // after any response that is not kept alive, without reading it.
    exchange.setPersistent(false);
    Connectors.terminateRequest(exchange);
    getOutputStream().close();
  }
}
