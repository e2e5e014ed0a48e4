package dev.carafe;

import dev.carafe.gateway.Environ;
import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole request body into memory within a limit. The limit holds for a chunked body too,
 * which announces no length: reading stops one byte past it. A body shorter than its
 * {@code Content-Length}, or one the connection broke off, is the client's fault: 400, not 500.
 */
final class BodyReader {
  private BodyReader() {}

  /**
   * The body.
   *
   * @throws RequestEntityTooLarge when it is, or announces to be, longer than {@code limit}
   * @throws BadRequest when {@code Content-Length} is not a number, or the body ends early
   */
  static byte[] read(Environ environ, long limit) {
    long declared = declaredLength(environ.headers().first("Content-Length"));
    if (declared > limit) {
      throw tooLarge(limit);
    }
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    byte[] body;
    try {
      InputStream input = environ.input();
      body = input.readNBytes(cap + 1);
    } catch (IOException e) {
      throw new BadRequest("The request body could not be read to its end; the connection was"
          + " broken off or timed out.");
    }
    if (body.length > cap) {
      throw tooLarge(limit);
    }
    if (declared >= 0 && body.length < declared) {
      throw new BadRequest("The request body ended after " + body.length + " of the " + declared
          + " bytes its Content-Length announced.");
    }
    return body;
  }

  /**
   * The body as a stream that stops with 413 one byte past {@code limit}, for parsers that read
   * as the body arrives.
   *
   * @throws RequestEntityTooLarge at once when the body announces more than {@code limit}
   */
  static InputStream stream(Environ environ, long limit) {
    if (declaredLength(environ.headers().first("Content-Length")) > limit) {
      throw tooLarge(limit);
    }
    InputStream input = environ.input();
    // Not buffered here: the multipart parser reads in large chunks through its own buffer.
    return new InputStream() {
      private long left = limit;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        // At most one byte past the limit, enough to tell that the body goes on.
        int n = input.read(buffer, offset,
            (int) Math.min(length, Math.min(left, Integer.MAX_VALUE - 1) + 1));
        if (n > 0 && (left -= n) < 0) {
          throw tooLarge(limit);
        }
        return n;
      }
    };
  }

  private static long declaredLength(String header) {
    if (header == null) {
      return -1;
    }
    try {
      long length = Long.parseLong(header.trim());
      if (length >= 0) {
        return length;
      }
    } catch (NumberFormatException e) {
      // Answered below.
    }
    throw new BadRequest("The Content-Length header must be a number of bytes, got '"
        + header + "'.");
  }

  private static RequestEntityTooLarge tooLarge(long limit) {
    return new RequestEntityTooLarge("The request body is larger than the " + limit
        + " bytes this application accepts.");
  }
}
