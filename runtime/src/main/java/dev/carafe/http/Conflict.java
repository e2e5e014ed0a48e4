package dev.carafe.http;

/**
 * 409 Conflict: the request conflicts with the current state of the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Conflict extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "A conflict happened while processing the request. The resource might have been modified while the request was being processed.";

  /** The error with the default description. */
  public Conflict() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Conflict(String description) {
    super(409, "Conflict", description);
  }
}
