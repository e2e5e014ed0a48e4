package dev.carafe.http;

/**
 * 501 Not Implemented: the application does not support what was asked.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotImplemented extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server does not support the action requested by the browser.";

  /** The error with the default description. */
  public NotImplemented() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotImplemented(String description) {
    super(501, "Not Implemented", description);
  }
}
