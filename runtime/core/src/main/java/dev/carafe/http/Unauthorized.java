package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 401 Unauthorized: the client must authenticate first; add a {@code WWW-Authenticate} header in an error handler for the scheme you use.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Unauthorized extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public Unauthorized() {
    this(HttpStatus.UNAUTHORIZED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Unauthorized(String description) {
    super(HttpStatus.UNAUTHORIZED, description);
  }
}
