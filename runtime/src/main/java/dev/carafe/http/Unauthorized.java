package dev.carafe.http;

/**
 * 401 Unauthorized: the client must authenticate first; add a {@code WWW-Authenticate} header in an error handler for the scheme you use.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Unauthorized extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";

  /** The error with the default description. */
  public Unauthorized() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Unauthorized(String description) {
    super(401, "Unauthorized", description);
  }
}
