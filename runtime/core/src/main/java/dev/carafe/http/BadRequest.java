package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 400 Bad Request: the request is malformed or a parameter is missing or invalid.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class BadRequest extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public BadRequest() {
    this(HttpStatus.BAD_REQUEST.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public BadRequest(String description) {
    super(HttpStatus.BAD_REQUEST, description);
  }
}
