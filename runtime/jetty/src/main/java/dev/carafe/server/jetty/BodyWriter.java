package dev.carafe.server.jetty;

import dev.carafe.gateway.Body;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Writes a {@link Body} to a Jetty response, each kind its fastest way: the last write alone for
 * an empty body, one write for bytes (neither waited for), a buffered output stream for a stream, and a file region in
 * pieces mapped from the file, which the connection writes without copying them into the Java
 * heap.
 */
final class BodyWriter {
  /** A region up to this size is read in one go: mapping it would cost more than the copy. */
  private static final int MAP_THRESHOLD = 64 * 1024;
  /** The largest piece of a file mapped and written at once. */
  private static final long PIECE = 4L << 20;

  private BodyWriter() {}

  /**
   * Writes {@code body}, blocking until it is sent, after the gateway started the response; the
   * way for a stream or a file region, which may have to wait on the client.
   *
   * @throws IOException when the client went away or the file cannot be read; the response may
   *     then be partly sent
   */
  static void send(Request request, Response response, Body body) throws IOException {
    if (body instanceof Body.Stream) {
      // Buffered as Jetty buffers a servlet's output: a writer's small writes go out together,
      // and a writer that fails before the buffer fills leaves the response uncommitted.
      OutputStream out = Response.asBufferedOutputStream(request, response);
      ((Body.Stream) body).writer().writeTo(out);
      // Not closed when the writer fails: closing would end the response as if it were whole.
      out.close();
    } else if (body instanceof Body.FileRegion) {
      sendFile(request, response, (Body.FileRegion) body);
    } else {
      try (Blocker.Callback written = Blocker.callback()) {
        sendAsync(request, response, body, written);
        written.block();
      }
    }
  }

  /**
   * Writes an empty or bytes body in one write without waiting for it: {@code callback}
   * completes the exchange once the bytes are written, or fails it.
   */
  static void sendAsync(Request request, Response response, Body body, Callback callback) {
    if (body instanceof Body.Bytes) {
      Body.Bytes bytes = (Body.Bytes) body;
      declareLength(response, bytes.length());
      response.write(true, ByteBuffer.wrap(bytes.data(), bytes.offset(), bytes.length()), callback);
    } else {
      declareEmpty(request, response);
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    }
  }

  private static void declareEmpty(Request request, Response response) {
    int status = response.getStatus();
    // 1xx, 204 and 304 must not carry a length; a HEAD answer's length is the GET body's, which
    // only the gateway knows.
    boolean lengthless = status < 200 || status == 204 || status == 304
        || HttpMethod.HEAD.is(request.getMethod());
    if (!lengthless) {
      declareLength(response, 0);
    }
  }

  /**
   * Sends exactly {@code length} bytes of the region: a file that grows while it is sent does not
   * send more than the {@code Content-Length}, and one that shrinks, or a region past the end, is
   * an {@link IOException} (the caller then aborts the connection, or answers 500 when nothing
   * was sent), never a wait for bytes that will not come. A file deleted or replaced by a rename
   * is sent from the file as opened.
   */
  private static void sendFile(Request request, Response response, Body.FileRegion region)
      throws IOException {
    try (FileChannel file = FileChannel.open(region.path())) {
      long end = region.offset() + region.length();
      if (end > file.size()) {
        throw new IOException("The file region [" + region.offset() + ", " + end + ") of "
            + region.path() + " runs past its end at " + file.size());
      }
      declareLength(response, region.length());
      if (HttpMethod.HEAD.is(request.getMethod()) || region.length() == 0) {
        write(response, true, BufferUtil.EMPTY_BUFFER);
        return;
      }
      long sent = 0;
      while (sent < region.length()) {
        long at = region.offset() + sent;
        int piece = (int) Math.min(PIECE, region.length() - sent);
        if (file.size() < at + piece) {
          throw new IOException("The file " + region.path() + " shrank to " + file.size()
              + " bytes while " + region.length() + " from " + region.offset() + " were sent; "
              + sent + " were sent");
        }
        sent += piece;
        write(response, sent == region.length(), piece(file, at, piece, region));
      }
    }
  }

  /**
   * The bytes {@code [at, at + length)} of the file: mapped, so that the socket write takes them
   * from the page cache without a copy through the heap; or, for a small region, read.
   */
  private static ByteBuffer piece(FileChannel file, long at, int length, Body.FileRegion region)
      throws IOException {
    if (length > MAP_THRESHOLD) {
      return file.map(FileChannel.MapMode.READ_ONLY, at, length);
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("The file " + region.path() + " shrank to " + file.size()
            + " bytes while it was read");
      }
    }
    return buffer.flip();
  }

  /** Writes one buffer and waits until the connection took it, or failed. */
  private static void write(Response response, boolean last, ByteBuffer buffer)
      throws IOException {
    try (Blocker.Callback written = Blocker.callback()) {
      response.write(last, buffer, written);
      written.block();
    }
  }

  private static void declareLength(Response response, long length) {
    HttpFields.Mutable headers = response.getHeaders();
    if (!headers.contains(HttpHeader.CONTENT_LENGTH)
        && !headers.contains(HttpHeader.TRANSFER_ENCODING)) {
      headers.put(HttpHeader.CONTENT_LENGTH, length);
    }
  }
}
