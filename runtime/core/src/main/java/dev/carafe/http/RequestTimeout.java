package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 408 Request Timeout: the client took too long to send the request.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestTimeout extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public RequestTimeout() {
    this(HttpStatus.REQUEST_TIMEOUT.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestTimeout(String description) {
    super(HttpStatus.REQUEST_TIMEOUT, description);
  }
}
