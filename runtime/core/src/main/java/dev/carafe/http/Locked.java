package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 423 Locked: the resource is locked.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Locked extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public Locked() {
    this(HttpStatus.LOCKED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Locked(String description) {
    super(HttpStatus.LOCKED, description);
  }
}
