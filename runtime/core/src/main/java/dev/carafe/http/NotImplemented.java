package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 501 Not Implemented: the application does not support what was asked.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotImplemented extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public NotImplemented() {
    this(HttpStatus.NOT_IMPLEMENTED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotImplemented(String description) {
    super(HttpStatus.NOT_IMPLEMENTED, description);
  }
}
