package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 406 Not Acceptable: no representation fits the request's {@code Accept} headers.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotAcceptable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public NotAcceptable() {
    this(HttpStatus.NOT_ACCEPTABLE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotAcceptable(String description) {
    super(HttpStatus.NOT_ACCEPTABLE, description);
  }
}
