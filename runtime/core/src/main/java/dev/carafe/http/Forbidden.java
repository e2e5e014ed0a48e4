package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 403 Forbidden: the client is known but may not access the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Forbidden extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public Forbidden() {
    this(HttpStatus.FORBIDDEN.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Forbidden(String description) {
    super(HttpStatus.FORBIDDEN, description);
  }
}
