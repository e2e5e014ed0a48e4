package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 413 Request Entity Too Large: the request body is larger than the application accepts.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestEntityTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public RequestEntityTooLarge() {
    this(HttpStatus.REQUEST_ENTITY_TOO_LARGE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestEntityTooLarge(String description) {
    super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, description);
  }
}
