package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 418 I'm a Teapot: the server is a teapot (RFC 2324).
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ImATeapot extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public ImATeapot() {
    this(HttpStatus.IM_A_TEAPOT.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ImATeapot(String description) {
    super(HttpStatus.IM_A_TEAPOT, description);
  }
}
