package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 409 Conflict: the request conflicts with the current state of the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Conflict extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public Conflict() {
    this(HttpStatus.CONFLICT.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Conflict(String description) {
    super(HttpStatus.CONFLICT, description);
  }
}
