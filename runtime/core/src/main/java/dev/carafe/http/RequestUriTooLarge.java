package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 414 Request-URI Too Long: the URL is longer than the application accepts.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestUriTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public RequestUriTooLarge() {
    this(HttpStatus.REQUEST_URI_TOO_LARGE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestUriTooLarge(String description) {
    super(HttpStatus.REQUEST_URI_TOO_LARGE, description);
  }
}
