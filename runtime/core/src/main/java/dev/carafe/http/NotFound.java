package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 404 Not Found: the resource does not exist; also what the application answers for a path no rule matches.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotFound extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public NotFound() {
    this(HttpStatus.NOT_FOUND.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotFound(String description) {
    super(HttpStatus.NOT_FOUND, description);
  }
}
