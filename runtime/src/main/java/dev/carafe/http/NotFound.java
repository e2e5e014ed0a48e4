package dev.carafe.http;

/**
 * 404 Not Found: the resource does not exist; also what the application answers for a path no rule matches.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotFound extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.";

  /** The error with the default description. */
  public NotFound() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotFound(String description) {
    super(404, "Not Found", description);
  }
}
