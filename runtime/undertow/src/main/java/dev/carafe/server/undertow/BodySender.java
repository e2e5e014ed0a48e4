package dev.carafe.server.undertow;

import dev.carafe.gateway.Body;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.channels.Channels;
import org.xnio.channels.StreamSinkChannel;

/**
 * Sends a {@link Body} on a blocking exchange, each kind its fastest way: no write for an empty
 * body, one buffer write for bytes, the output stream for a stream, and the operating system's
 * file transfer for a file region.
 */
final class BodySender {
  private BodySender() {}

  /**
   * Sends {@code body} after the gateway started the response.
   *
   * @throws IOException when the client went away or the file cannot be read; the response may
   *     then be partly sent
   */
  static void send(HttpServerExchange exchange, Body body) throws IOException {
    if (body instanceof Body.Bytes) {
      sendBytes(exchange, (Body.Bytes) body);
    } else if (body instanceof Body.Stream) {
      sendStream(exchange, (Body.Stream) body);
    } else if (body instanceof Body.FileRegion) {
      sendFile(exchange, (Body.FileRegion) body);
    } else {
      sendEmpty(exchange);
    }
  }

  /**
   * Sends an empty or bytes body from the I/O thread without blocking: the asynchronous sender
   * ends the exchange once the bytes are written.
   */
  static void sendAsync(HttpServerExchange exchange, Body body) {
    if (body instanceof Body.Bytes) {
      Body.Bytes bytes = (Body.Bytes) body;
      declareLength(exchange, bytes.length());
      exchange.getResponseSender().send(ByteBuffer.wrap(bytes.data(), bytes.offset(), bytes.length()));
    } else {
      sendEmpty(exchange);
    }
  }

  private static void sendEmpty(HttpServerExchange exchange) {
    int status = exchange.getStatusCode();
    // 1xx, 204 and 304 must not carry a length; a HEAD answer's length is the GET body's, which
    // only the gateway knows.
    boolean lengthless = status < 200 || status == 204 || status == 304
        || exchange.getRequestMethod().equalToString("HEAD");
    if (!lengthless && !framed(exchange.getResponseHeaders())) {
      exchange.setResponseContentLength(0);
    }
  }

  private static void sendBytes(HttpServerExchange exchange, Body.Bytes bytes) throws IOException {
    declareLength(exchange, bytes.length());
    SendResult result = new SendResult();
    exchange.getResponseSender()
        .send(ByteBuffer.wrap(bytes.data(), bytes.offset(), bytes.length()), result);
    result.rethrow();
  }

  private static void sendStream(HttpServerExchange exchange, Body.Stream stream)
      throws IOException {
    OutputStream out = exchange.getOutputStream();
    stream.writer().writeTo(out);
    // Not closed when the writer fails: closing would end the response as if it were whole.
    out.close();
  }

  /**
   * Transfers the region with the operating system's file transfer ({@code sendfile} on a plain
   * connection, a copy through Undertow's buffers under TLS), exactly {@code length} bytes: a
   * file that grows while it is sent does not send more than the {@code Content-Length}, and one
   * that shrinks, or a region past the end, is an {@link IOException} (the caller then closes
   * the connection, or answers 500 when nothing was sent), never a loop waiting for bytes that
   * will not come. A file deleted or replaced by a rename is sent from the file as opened.
   */
  private static void sendFile(HttpServerExchange exchange, Body.FileRegion region)
      throws IOException {
    try (FileChannel file = FileChannel.open(region.path())) {
      long end = region.offset() + region.length();
      if (end > file.size()) {
        throw new IOException("The file region [" + region.offset() + ", " + end + ") of "
            + region.path() + " runs past its end at " + file.size());
      }
      declareLength(exchange, region.length());
      if (exchange.getRequestMethod().equalToString("HEAD") || region.length() == 0) {
        exchange.getOutputStream().close();
        return;
      }
      StreamSinkChannel channel = exchange.getResponseChannel();
      transfer(file, region, channel);
      channel.shutdownWrites();
      Channels.flushBlocking(channel);
    }
  }

  /** Sends the region's bytes, the file's transfer writing straight into the connection. */
  private static void transfer(FileChannel file, Body.FileRegion region, StreamSinkChannel channel)
      throws IOException {
    long sent = 0;
    long length = region.length();
    while (sent < length) {
      // Some of Undertow's conduits read from the channel's position rather than the one passed.
      file.position(region.offset() + sent);
      long n = channel.transferFrom(file, region.offset() + sent, length - sent);
      if (n > 0) {
        sent += n;
      } else if (file.size() <= region.offset() + sent) {
        throw new IOException("The file " + region.path() + " shrank to " + file.size()
            + " bytes while " + length + " from " + region.offset() + " were sent; " + sent
            + " were sent");
      } else {
        channel.awaitWritable();
      }
    }
  }

  private static void declareLength(HttpServerExchange exchange, long length) {
    if (!framed(exchange.getResponseHeaders())) {
      exchange.setResponseContentLength(length);
    }
  }

  /** Whether the gateway already framed the body itself, with a length or a transfer coding. */
  private static boolean framed(HeaderMap headers) {
    return headers.contains(Headers.CONTENT_LENGTH) || headers.contains(Headers.TRANSFER_ENCODING);
  }

  /**
   * The outcome of a blocking sender call. The blocking sender reports a failure to its callback
   * rather than throwing, and calls {@code onComplete} even after {@code onException}, so the
   * failure is kept here and thrown once the call returns.
   */
  private static final class SendResult implements IoCallback {
    private IOException failure;

    @Override
    public void onComplete(HttpServerExchange exchange, Sender sender) {
      // The exchange ends when the dispatched task returns.
    }

    @Override
    public void onException(HttpServerExchange exchange, Sender sender, IOException exception) {
      if (failure == null) {
        failure = exception;
      }
    }

    void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
