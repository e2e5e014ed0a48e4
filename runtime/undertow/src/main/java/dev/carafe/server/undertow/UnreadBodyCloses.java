package dev.carafe.server.undertow;

import io.undertow.io.BlockingReceiverImpl;
import io.undertow.io.BlockingSenderImpl;
import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.io.UndertowInputStream;
import io.undertow.io.UndertowOutputStream;
import io.undertow.server.BlockingHttpExchange;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.xnio.IoUtils;

/**
 * Undertow's blocking streams of an exchange, but for one thing: Undertow reads whatever of the
 * request body the application left unread before it ends the exchange, so that a 413 answered to
 * a 1 GB upload would wait for the gigabyte. Here the response is finished, what has arrived of
 * the body discarded, and the connection closed instead, as Jetty and Tomcat do.
 */
final class UnreadBodyCloses implements BlockingHttpExchange {
  /** Jetty's maxUnconsumedRequestContentReads. */
  private static final int MAX_DISCARD_READS = 16;

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

  /**
   * Reads what has arrived of the body without waiting, as Jetty does before it closes (16 reads
   * at most); the bytes a body buffer handed back to the exchange must be taken before the
   * connection closes and frees them, or Undertow's end of the exchange reads freed memory.
   */
  private void discardArrived() throws IOException {
    InputStream in = getInputStream();
    byte[] discarded = new byte[8192];
    for (int reads = 0; reads < MAX_DISCARD_READS && in.available() > 0; reads++) {
      if (in.read(discarded, 0, Math.min(discarded.length, in.available())) < 0) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!exchange.isRequestComplete()) {
      // Often the whole body is here already (the body buffer read it): taking it lets the
      // connection be kept alive.
      discardArrived();
    }
    if (exchange.isRequestComplete()) {
      try {
        getInputStream().close();
      } finally {
        getOutputStream().close();
      }
      return;
    }
    // The rest of the body is the client's to keep: answer in full, then hang up without reading
    // it (Undertow would read it all before it let the exchange end). The response cannot say
    // "Connection: close": it may have been sent before the body was found unread.
    try {
      getOutputStream().close();
    } finally {
      IoUtils.safeClose(exchange.getConnection());
    }
  }
}
