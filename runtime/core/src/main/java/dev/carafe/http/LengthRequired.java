package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 411 Length Required: the request needs a {@code Content-Length} header.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class LengthRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public LengthRequired() {
    this(HttpStatus.LENGTH_REQUIRED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public LengthRequired(String description) {
    super(HttpStatus.LENGTH_REQUIRED, description);
  }
}
