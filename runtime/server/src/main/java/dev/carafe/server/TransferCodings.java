package dev.carafe.server;

import dev.carafe.gateway.HttpStatus;

/**
 * Whether a request's {@code Transfer-Encoding} frames its body the one way a server adapter can
 * read it, {@code chunked} alone (RFC 9112 section 6.1), checked the same on every server before
 * the body is read. The answer for anything else: 400 when the body's end cannot be known (the last
 * coding is not {@code chunked}, {@code chunked} twice, a {@code Content-Length} beside it, an
 * HTTP/1.0 request, which RFC 9112 says to treat as faulty framing), for that is where request
 * smuggling starts; 501 for a coding before {@code chunked} that the server would hand on undone.
 */
public final class TransferCodings {
  private TransferCodings() {}

  /**
   * The refusal of a request whose {@code Transfer-Encoding} fields have {@code values}, in order,
   * or {@code null} when its body is plainly chunked.
   *
   * @param http10 whether the request is HTTP/1.0
   * @param contentLength whether the request also has a {@code Content-Length}
   */
  public static HttpStatus refusal(Iterable<String> values, boolean http10,
      boolean contentLength) {
    int chunked = 0;
    boolean others = false;
    String last = "";
    for (String value : values) {
      for (String coding : value.split(",", -1)) {
        String name = coding.trim();
        if (name.isEmpty()) {
          continue; // RFC 9110 section 5.6.1: empty list elements do not count
        }
        last = name;
        if (name.equalsIgnoreCase("chunked")) {
          chunked++;
        } else {
          others = true;
        }
      }
    }
    if (!last.equalsIgnoreCase("chunked") || chunked > 1 || http10 || contentLength) {
      return HttpStatus.BAD_REQUEST;
    }
    return others ? HttpStatus.NOT_IMPLEMENTED : null;
  }
}
