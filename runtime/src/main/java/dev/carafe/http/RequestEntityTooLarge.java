package dev.carafe.http;

/**
 * 413 Request Entity Too Large: the request body is larger than the application accepts.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestEntityTooLarge extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The data value transmitted exceeds the capacity limit.";

  /** The error with the default description. */
  public RequestEntityTooLarge() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestEntityTooLarge(String description) {
    super(413, "Request Entity Too Large", description);
  }
}
