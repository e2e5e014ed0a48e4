package dev.carafe.http;

/**
 * 403 Forbidden: the client is known but may not access the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Forbidden extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

  /** The error with the default description. */
  public Forbidden() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Forbidden(String description) {
    super(403, "Forbidden", description);
  }
}
