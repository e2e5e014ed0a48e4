package dev.carafe.http;

/**
 * 505 HTTP Version Not Supported: the request's HTTP version is not supported.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class HttpVersionNotSupported extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server does not support the HTTP protocol version used in the request.";

  /** The error with the default description. */
  public HttpVersionNotSupported() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public HttpVersionNotSupported(String description) {
    super(505, "HTTP Version Not Supported", description);
  }
}
