package dev.carafe.http;

/**
 * 414 Request-URI Too Long: the URL is longer than the application accepts.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestUriTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.";

  /** The error with the default description. */
  public RequestUriTooLarge() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestUriTooLarge(String description) {
    super(414, "Request-URI Too Long", description);
  }
}
