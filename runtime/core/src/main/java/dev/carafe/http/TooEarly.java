package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 425 Too Early: the request might be a replay of early data.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class TooEarly extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public TooEarly() {
    this(HttpStatus.TOO_EARLY.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public TooEarly(String description) {
    super(HttpStatus.TOO_EARLY, description);
  }
}
