package dev.carafe;

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
