package dev.carafe.http;

/**
 * 408 Request Timeout: the client took too long to send the request.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestTimeout extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server closed the network connection because the browser didn't finish the request within the specified time.";

  /** The error with the default description. */
  public RequestTimeout() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestTimeout(String description) {
    super(408, "Request Timeout", description);
  }
}
