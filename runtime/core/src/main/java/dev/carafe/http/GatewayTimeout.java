package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 504 Gateway Timeout: an upstream server did not answer in time.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class GatewayTimeout extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public GatewayTimeout() {
    this(HttpStatus.GATEWAY_TIMEOUT.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public GatewayTimeout(String description) {
    super(HttpStatus.GATEWAY_TIMEOUT, description);
  }
}
