package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 431 Request Header Fields Too Large: the request headers are too large.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestHeaderFieldsTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public RequestHeaderFieldsTooLarge() {
    this(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestHeaderFieldsTooLarge(String description) {
    super(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, description);
  }
}
