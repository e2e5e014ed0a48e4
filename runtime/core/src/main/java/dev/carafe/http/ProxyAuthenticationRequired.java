package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 407 Proxy Authentication Required: the client must authenticate with a proxy first.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ProxyAuthenticationRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public ProxyAuthenticationRequired() {
    this(HttpStatus.PROXY_AUTHENTICATION_REQUIRED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ProxyAuthenticationRequired(String description) {
    super(HttpStatus.PROXY_AUTHENTICATION_REQUIRED, description);
  }
}
