package dev.carafe.http;

/**
 * 418 I'm a Teapot: the server is a teapot (RFC 2324).
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ImATeapot extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "This server is a teapot, not a coffee machine";

  /** The error with the default description. */
  public ImATeapot() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ImATeapot(String description) {
    super(418, "I'm a Teapot", description);
  }
}
