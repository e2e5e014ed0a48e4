package dev.carafe.http;

/**
 * 504 Gateway Timeout: an upstream server did not answer in time.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class GatewayTimeout extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The connection to an upstream server timed out.";

  /** The error with the default description. */
  public GatewayTimeout() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public GatewayTimeout(String description) {
    super(504, "Gateway Timeout", description);
  }
}
