package dev.carafe.metrics;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Calls a gateway and reports once, when the response is complete, its status and size: for a
 * streamed body after its writer returns (or fails), with the bytes written; for the other bodies,
 * which the server sends as they are, when the gateway returns. A gateway that throws is reported
 * as 500 with no size, and its exception goes on; so does one that returned without starting its
 * response, which the server answers 500.
 */
final class Completion {
  private Completion() {}

  /** Told of a response once it is complete. */
  @FunctionalInterface
  interface Listener {
    /**
     * The response is complete.
     *
     * @param status the status sent, 500 when the gateway failed
     * @param bytes the body's size, -1 when unknown or none was sent
     */
    void completed(int status, long bytes);
  }

  /** {@code next}'s answer to the request, reporting to {@code listener} when it is complete. */
  static Body call(Gateway next, Environ environ, StartResponse startResponse, Listener listener) {
    Status status = new Status(startResponse);
    Body body;
    try {
      body = next.call(environ, status);
    } catch (RuntimeException | Error e) {
      listener.completed(500, -1);
      throw e;
    }
    if (body instanceof Body.Stream) {
      Body.StreamWriter writer = ((Body.Stream) body).writer();
      return Body.stream(out -> {
        Counting counted = new Counting(out);
        try {
          writer.writeTo(counted);
        } finally {
          listener.completed(status.sent(), counted.count);
        }
      });
    }
    listener.completed(status.sent(), body == null ? -1 : body.contentLength());
    return body;
  }

  /** Passes the response's start on and keeps its status. */
  private static final class Status implements StartResponse {
    private final StartResponse next;
    private int code;

    Status(StartResponse next) {
      this.next = next;
    }

    @Override
    public void start(int status, HeaderList headers) {
      next.start(status, headers);
      code = status;
    }

    /** The status sent; a response never started is the server's 500. */
    int sent() {
      return code == 0 ? 500 : code;
    }
  }

  /** Counts the bytes of a streamed body as they are written. */
  private static final class Counting extends FilterOutputStream {
    private long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
