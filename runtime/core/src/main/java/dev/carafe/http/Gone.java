package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 410 Gone: the resource existed and is gone for good.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Gone extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public Gone() {
    this(HttpStatus.GONE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Gone(String description) {
    super(HttpStatus.GONE, description);
  }
}
