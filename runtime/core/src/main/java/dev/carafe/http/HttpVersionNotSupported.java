package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 505 HTTP Version Not Supported: the request's HTTP version is not supported.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class HttpVersionNotSupported extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public HttpVersionNotSupported() {
    this(HttpStatus.HTTP_VERSION_NOT_SUPPORTED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public HttpVersionNotSupported(String description) {
    super(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, description);
  }
}
