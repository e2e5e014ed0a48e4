package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 429 Too Many Requests: the client sent too many requests; add {@code Retry-After} in an error handler if you know when it may retry.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class TooManyRequests extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public TooManyRequests() {
    this(HttpStatus.TOO_MANY_REQUESTS.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public TooManyRequests(String description) {
    super(HttpStatus.TOO_MANY_REQUESTS, description);
  }
}
