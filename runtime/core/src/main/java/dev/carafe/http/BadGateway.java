package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 502 Bad Gateway: an upstream server answered badly.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class BadGateway extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public BadGateway() {
    this(HttpStatus.BAD_GATEWAY.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public BadGateway(String description) {
    super(HttpStatus.BAD_GATEWAY, description);
  }
}
