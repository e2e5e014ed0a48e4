package dev.carafe.http;

/**
 * 502 Bad Gateway: an upstream server answered badly.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class BadGateway extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The proxy server received an invalid response from an upstream server.";

  /** The error with the default description. */
  public BadGateway() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public BadGateway(String description) {
    super(502, "Bad Gateway", description);
  }
}
