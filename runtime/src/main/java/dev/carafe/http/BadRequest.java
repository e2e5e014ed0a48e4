package dev.carafe.http;

/**
 * 400 Bad Request: the request is malformed or a parameter is missing or invalid.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class BadRequest extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The browser (or proxy) sent a request that this server could not understand.";

  /** The error with the default description. */
  public BadRequest() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public BadRequest(String description) {
    super(400, "Bad Request", description);
  }
}
