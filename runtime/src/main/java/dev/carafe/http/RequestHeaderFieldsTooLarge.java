package dev.carafe.http;

/**
 * 431 Request Header Fields Too Large: the request headers are too large.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestHeaderFieldsTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "One or more header fields exceeds the maximum size.";

  /** The error with the default description. */
  public RequestHeaderFieldsTooLarge() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestHeaderFieldsTooLarge(String description) {
    super(431, "Request Header Fields Too Large", description);
  }
}
